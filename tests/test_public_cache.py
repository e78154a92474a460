"""Anonymous readers' pages are public for shared caches, set no cookie and vary on no cookie;
everything personal stays private; text is compressed unless a secret is in it (BREACH)."""

import gzip
import json

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail_factories import DocumentFactory

from operations.caching import PublicCacheMiddleware
from tests.factories.engagement import (
    NewsletterPageFactory,
    contact_page,
    event_page,
    news_page,
)
from tests.factories.magazine import (
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)
from tests.servers import production_static  # noqa: F401

pytestmark = pytest.mark.django_db

PUBLIC = "public, max-age=60, s-maxage=3600"


@pytest.fixture
def pages(home_page):
    news = news_page(home_page, title="Nieuws over de werkplaats")
    news.tags.add("wijkteams")
    news.save_revision().publish()
    index = MagazineIndexPageFactory(parent=home_page)
    issue = MagazineIssuePageFactory(parent=index)
    event = event_page(home_page, registration_enabled=True, capacity=20)
    return {
        "home": home_page.url,
        "news listing": news.get_parent().url,
        "news item": news.url,
        "feed": news.get_parent().url + "rss/",
        "tag page": news.get_parent().get_parent().url + "onderwerp/wijkteams/",
        "event with registration form": event.url,
        "contact form": contact_page(home_page).url,
        "newsletter form": NewsletterPageFactory(parent=home_page).url,
        "magazine article": MagazineArticlePageFactory(parent=issue).url,
        "sitemap": "/sitemap.xml",
    }


def assert_public(response):
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert not response.cookies
    assert "cookie" not in response.get("Vary", "").lower()
    assert b"csrfmiddlewaretoken" not in response.content


def test_every_public_page_type_is_public_without_cookies(client, pages):
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert_public(response)
    assert client.head(pages["news item"])["Cache-Control"] == PUBLIC


def test_forms_on_cached_pages_keep_their_protections(client, pages):
    """Honeypot and signed start time in the cached page; a post from another site is refused."""
    for name in ("news item", "event with registration form", "contact form", "newsletter form"):
        html = client.get(pages[name]).content.decode()
        assert 'name="website"' in html, name  # the honeypot
        assert 'name="started"' in html, name  # the fill time
    forged = Client(enforce_csrf_checks=True).post(
        pages["news item"], {"form": "comment"}, HTTP_ORIGIN="https://evil.example"
    )
    assert forged.status_code == 403
    assert not forged.has_header("Cache-Control") or "public" not in forged["Cache-Control"]


def test_search_results_errors_and_posts_stay_private(client, pages):
    search = client.get("/nl/zoeken/?q=werkplaats")
    assert "public" not in search["Cache-Control"]
    assert "no-store" in search["Cache-Control"]
    missing = client.get("/nl/bestaat-niet/")
    assert missing.status_code == 404
    assert "public" not in missing.get("Cache-Control", "")
    posted = client.post(pages["newsletter form"], {}, HTTP_ORIGIN="http://testserver")
    assert "public" not in posted.get("Cache-Control", "")


def test_documents_are_never_public(client):
    """A document's collection may be made private at any time: every download is checked."""
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")


def test_logged_in_editor_and_admin_are_never_public(admin_client, pages):
    assert "public" not in admin_client.get(pages["news item"]).get("Cache-Control", "")
    assert "public" not in admin_client.get(reverse("wagtailadmin_home")).get("Cache-Control", "")


def test_reader_with_a_session_or_csrf_cookie_gets_no_public_page(client, pages):
    client.cookies["sessionid"] = "anything"
    assert "public" not in client.get(pages["home"]).get("Cache-Control", "")
    other = Client()
    other.cookies["csrftoken"] = "x" * 32
    assert "public" not in other.get(pages["home"]).get("Cache-Control", "")


def run_middleware(view, **attributes):
    """PublicCacheMiddleware around a view, with the anonymous session Django would give."""
    request = RequestFactory().get("/nl/iets/")
    request.session = type("Session", (), {"modified": False, "accessed": True})()
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    for name, value in attributes.items():
        setattr(request, name, value)
    return request, PublicCacheMiddleware(view)(request)


@pytest.mark.parametrize(
    "view",
    [
        lambda request: HttpResponse(headers={"Cache-Control": "private"}),
        lambda request: HttpResponse(headers={"Cache-Control": "no-store"}),
        lambda request: HttpResponse(status=301),
        lambda request: HttpResponse(status=500),
    ],
)
def test_responses_marked_private_or_not_200_stay_as_they_are(view):
    _request, response = run_middleware(view)
    assert "public" not in response.get("Cache-Control", "")


def test_a_response_that_sets_a_cookie_or_a_message_is_not_public():
    def sets_cookie(request):
        response = HttpResponse()
        response.set_cookie("keuze", "1")
        return response

    _request, response = run_middleware(sets_cookie)
    assert not response.has_header("Cache-Control")

    def stores_message(request):
        request.session.modified = True  # what storing a message in the session does
        return HttpResponse()

    _request, response = run_middleware(stores_message)
    assert not response.has_header("Cache-Control")


def test_public_page_leaves_the_session_untouched_so_nothing_varies_on_cookies():
    request, response = run_middleware(lambda request: HttpResponse())
    assert response["Cache-Control"] == PUBLIC
    assert request.session.accessed is False


def test_public_pages_and_search_are_compressed(client, pages):
    response = client.get(pages["news item"], HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)
    assert "Accept-Encoding" in response["Vary"]
    search = client.get("/nl/zoeken/?q=werkplaats", HTTP_ACCEPT_ENCODING="gzip")
    assert search["Content-Encoding"] == "gzip"
    assert not client.get(pages["news item"]).has_header("Content-Encoding")  # not asked for


def test_nothing_with_a_csrf_token_or_for_an_editor_is_compressed(client, admin_client, pages):
    login = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_ENCODING="gzip")
    assert b"csrfmiddlewaretoken" in login.content
    assert not login.has_header("Content-Encoding")
    editor = admin_client.get(pages["news item"], HTTP_ACCEPT_ENCODING="gzip")
    assert not editor.has_header("Content-Encoding")


def test_hashed_static_files_are_kept_a_year_and_served_compressed(production_static, settings):  # noqa: F811
    """WhiteNoise with the production storage: hashed names immutable for a year, gzip variants."""
    settings.STATIC_ROOT = production_static
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    hashed = json.loads((production_static / "staticfiles.json").read_text())["paths"]["css/site.css"]
    response = Client().get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    unhashed = Client().get("/static/css/site.css")
    assert "immutable" not in unhashed["Cache-Control"]
