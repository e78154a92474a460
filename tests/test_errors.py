"""The site's own 400, 403, CSRF-failure, 404, 500 and 503 pages: in the reader's language
(the URL's /nl/ or /en/, Dutch otherwise) and the site's design, never Django's stock pages."""

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.http import HttpResponse
from django.template import loader
from django.test import Client
from django.urls import path
from django.views.decorators.csrf import csrf_protect
from wagtail.models import Site

from site_project.urls import handler400, handler403, handler404, handler500  # noqa: F401 (used by Django)
from site_project.urls import urlpatterns as site_urlpatterns
from tests.factories.chrome import FooterContentFactory


def broken_view(request):
    raise RuntimeError("Deze view faalt expres.")


def forbidden_view(request):
    raise PermissionDenied


def database_down_view(request):
    raise OperationalError("connection to server at 127.0.0.1 failed: timeout expired")


@csrf_protect
def form_view(request):
    return HttpResponse("verstuurd")


# Used through @pytest.mark.urls: the site's own URLs and error handlers plus failing views.
urlpatterns = [
    path("kapot/", broken_view),
    path("en/kapot/", broken_view),
    *[path(f"{language}/verboden/", forbidden_view) for language in ("nl", "en")],
    *[path(f"{language}/database-weg/", database_down_view) for language in ("nl", "en")],
    *[path(f"{language}/formulier/", form_view) for language in ("nl", "en")],
    *site_urlpatterns,
]
STOCK_PAGES = ("Bad Request (400)", "403 Forbidden", "CSRF verification failed", "Server Error (500)")


def test_missing_page_gets_the_404_page_with_the_chrome(client, home_page):
    FooterContentFactory()
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Deze pagina bestaat niet (meer)" in html
    assert 'class="site-header"' in html
    assert "Museumpark 40" in html
    assert '<meta name="robots" content="noindex">' in html
    assert '<a class="button" href="/nl/">' in html


def test_404_page_in_english(client, home_page):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


@pytest.fixture
def no_site(home_page):
    """No Site at all; Wagtail's cached site root paths are cleared again afterwards."""
    Site.objects.all().delete()
    yield
    cache.clear()


def test_404_without_any_site(client, home_page, no_site):
    response = client.get("/nl/")
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]


@pytest.mark.urls("tests.test_errors")
def test_server_error_gets_the_500_page(client, home_page):
    client.raise_request_exception = False
    response = client.get("/kapot/")
    assert response.status_code == 500
    assert "500.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert 'class="site-header"' in html
    assert "/static/css/site.css" in html


def test_500_template_needs_no_context_or_database():
    # No db fixture: any query would fail this test.
    html = loader.get_template("500.html").render()
    assert "Er ging iets mis" in html


def assert_site_page(response, status, language, text):
    assert response.status_code == status
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert 'class="site-header"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert not any(stock in html for stock in STOCK_PAGES)
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/", "nl", "Dit verzoek kunnen we niet verwerken"),
        ("/en/", "en", "We cannot process this request"),
    ],
)
def test_bad_host_gets_the_400_page_without_database(client, path, language, text):
    # No db fixture: any query would raise and turn this into a 500.
    response = client.get(path, HTTP_HOST="aanvaller.example")
    assert_site_page(response, 400, language, text)


@pytest.mark.urls("tests.test_errors")
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/verboden/", "nl", "Je hebt geen toegang tot deze pagina"),
        ("/en/verboden/", "en", "You do not have access to this page"),
    ],
)
def test_permission_denied_gets_the_403_page_with_the_chrome(client, home_page, path, language, text):
    FooterContentFactory()
    response = client.get(path)
    assert_site_page(response, 403, language, text)
    assert "Museumpark 40" in response.content.decode()


@pytest.mark.urls("tests.test_errors")
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/formulier/", "nl", "Het formulier kon niet worden verstuurd"),
        ("/en/formulier/", "en", "The form could not be sent"),
    ],
)
def test_csrf_failure_gets_the_sites_own_page(home_page, path, language, text):
    response = Client(enforce_csrf_checks=True).post(path, {"naam": "Anna"})
    assert_site_page(response, 403, language, text)


def test_error_pages_outside_the_language_trees_are_dutch(client, home_page):
    response = client.get("/documents/999/bestaat-niet.pdf", HTTP_ACCEPT_LANGUAGE="en")
    assert_site_page(response, 404, "nl", "Deze pagina bestaat niet (meer)")


@pytest.mark.urls("tests.test_errors")
def test_500_page_in_english(client, home_page):
    client.raise_request_exception = False
    response = client.get("/en/kapot/")
    assert_site_page(response, 500, "en", "Something went wrong")


@pytest.mark.urls("tests.test_errors")
@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/nl/database-weg/", "nl", "De website is tijdelijk niet beschikbaar"),
        ("/en/database-weg/", "en", "The website is temporarily unavailable"),
    ],
)
def test_database_outage_gets_503_with_retry_after(client, path, language, text):
    client.raise_request_exception = False
    response = client.get(path)  # no db fixture: the 503 page itself must need no query
    assert_site_page(response, 503, language, text)
    assert response["Retry-After"] == "30"
    assert "127.0.0.1" not in response.content.decode()


def test_standalone_error_templates_need_no_context_or_database():
    for name in ("400.html", "500.html", "503.html"):
        html = loader.get_template(name).render({"LANGUAGE_CODE": "nl"})
        assert 'href="/nl/"' in html
