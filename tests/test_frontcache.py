"""Purging the front cache: every address that shows a change, through Wagtail's backends API;
a purge that fails never fails the editor."""

import logging

import pytest
import requests
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from engagement.models import Comment
from engagement.services import moderate_comments
from home.models import MainMenu
from operations.frontcache import CloudflareBackend, VarnishBanBackend, ban_pattern
from site_project.settings.operations import front_cache_backends
from tests.factories.engagement import CommentFactory, news_page
from tests.factories.home import StandardPageFactory
from tests.test_i18n_links import english_copy

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


class FailingBackend(BaseBackend):
    def purge(self, url):
        raise requests.ConnectionError("Varnish is down")


@pytest.fixture
def recorded(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_frontcache.RecordingBackend"}}
    PURGED.clear()

    def run(action):
        PURGED.clear()
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return set(PURGED)

    return run


@pytest.fixture
def news(home_page, english):
    english_copy(home_page, english)
    page = news_page(home_page, title="Wijkteams in Dordrecht")
    page.tags.add("wijkteams")
    page.save_revision().publish()
    english_copy(page, english, slug="neighbourhood-teams")
    return page


def test_a_published_page_purges_everything_that_shows_it(news, recorded):
    purged = recorded(lambda: news.save_revision().publish())
    base = "http://testserver"
    assert purged == {
        f"{base}/nl/actueel/nieuws/{news.slug}/",
        f"{base}/en/actueel/nieuws/neighbourhood-teams/",  # the other language's page
        f"{base}/nl/",
        f"{base}/en/",  # home pages
        f"{base}/nl/actueel/",
        f"{base}/en/actueel/",  # section overviews
        f"{base}/nl/actueel/nieuws/",
        f"{base}/en/actueel/nieuws/",  # listings (with every ?page= through the Varnish ban)
        f"{base}/nl/actueel/nieuws/rss/",
        f"{base}/nl/actueel/nieuws/atom/",
        f"{base}/en/actueel/nieuws/rss/",
        f"{base}/en/actueel/nieuws/atom/",  # feeds
        f"{base}/nl/actueel/onderwerp/wijkteams/",  # the tag page
        f"{base}/sitemap.xml",
    }


def test_unpublishing_purges_the_same_addresses(news, recorded):
    published = recorded(lambda: news.save_revision().publish())
    assert recorded(lambda: news.unpublish()) == published


def test_pages_linking_to_the_page_are_purged(home_page, news, recorded):
    linking = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    linking.body = [("paragraph", f'<p><a linktype="page" id="{news.pk}">Lees</a></p>')]
    linking.save_revision().publish()
    assert "http://testserver/nl/over-ons/" in recorded(lambda: news.save_revision().publish())


def test_the_menu_or_a_move_purges_everything(home_page, news, recorded):
    everything = {"http://testserver/*"}
    assert recorded(lambda: MainMenu.objects.create(locale=home_page.locale)) == everything
    target = StandardPageFactory(parent=home_page)
    assert recorded(lambda: news.move(target, pos="last-child")) == everything


def test_a_page_in_the_menu_purges_everything(home_page, news, recorded):
    menu = MainMenu.objects.create(locale=home_page.locale)
    menu.items.create(page=news, sort_order=0)
    menu.save()
    assert recorded(lambda: news.save_revision().publish()) == {"http://testserver/*"}


def test_an_approved_comment_purges_its_page_a_pending_one_nothing(news, recorded):
    assert recorded(lambda: CommentFactory(page=news)) == set()
    pending = Comment.objects.get()
    pending.status = Comment.Status.APPROVED
    assert recorded(pending.save) == {f"http://testserver{news.url}"}


def test_moderating_comments_in_the_admin_purges_their_page(news, recorded):
    """The admin's approve and reject update comments in bulk, without a save signal."""
    comment = CommentFactory(page=news)
    assert recorded(lambda: moderate_comments([comment.pk], Comment.Status.APPROVED)) == {
        f"http://testserver{news.url}"
    }


def test_a_failing_cache_never_fails_the_publish(news, settings, django_capture_on_commit_callbacks, caplog):
    settings.WAGTAILFRONTENDCACHE = {"down": {"BACKEND": "tests.test_frontcache.FailingBackend"}}
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    news.refresh_from_db()
    assert news.live
    assert any("Varnish is down" in record.getMessage() + str(record.exc_info) for record in caplog.records)


def test_ban_patterns_cover_query_variants_and_prefixes():
    assert ban_pattern("https://www.example.nl/nl/actueel/nieuws/") == r"/nl/actueel/nieuws/(\?|$)"
    assert ban_pattern("https://www.example.nl/*") == "/"
    assert ban_pattern("https://www.example.nl/nl/café/") == r"/nl/caf%C3%A9/(\?|$)"


def test_varnish_backend_sends_one_ban_per_batch(monkeypatch):
    sent = []

    def fake_request(method, url, headers, timeout):
        sent.append((method, url, headers["X-Ban-Url"]))
        return type("Response", (), {"status_code": 200})()

    monkeypatch.setattr(requests, "request", fake_request)
    backend = VarnishBanBackend({"LOCATION": "http://127.0.0.1:8080"})
    backend.purge_batch(["http://x/nl/", "http://x/sitemap.xml"])
    assert sent == [("BAN", "http://127.0.0.1:8080/", r"^(/nl/(\?|$)|/sitemap\.xml(\?|$))")]


def test_unreachable_varnish_is_logged(caplog):
    backend = VarnishBanBackend({"LOCATION": "http://127.0.0.1:9", "TIMEOUT": 1})
    with caplog.at_level(logging.ERROR):
        backend.purge("http://x/nl/")
    assert "could not be reached" in caplog.text


def test_cloudflare_purges_everything_for_a_wildcard(monkeypatch):
    posted = []

    def fake_post(url, json, headers, timeout):
        posted.append(json)
        return type("Response", (), {"json": lambda self: {"success": True}, "text": ""})()

    monkeypatch.setattr(requests, "post", fake_post)
    backend = CloudflareBackend({"BEARER_TOKEN": "t", "ZONEID": "z"})
    backend.purge_batch(["https://www.example.nl/nl/"])
    backend.purge_batch(["https://www.example.nl/*", "https://www.example.nl/nl/"])
    assert posted == [{"files": ["https://www.example.nl/nl/"]}, {"purge_everything": True}]


def test_backends_come_from_the_environment(monkeypatch):
    names = (
        "FRONT_CACHE_VARNISH_URL",
        "CLOUDFLARE_API_TOKEN",
        "CLOUDFLARE_ZONE_ID",
        "CLOUDFRONT_DISTRIBUTION_ID",
    )
    for name in names:
        monkeypatch.delenv(name, raising=False)
    assert front_cache_backends() == {}
    monkeypatch.setenv("FRONT_CACHE_VARNISH_URL", "http://127.0.0.1:8080")
    monkeypatch.setenv("CLOUDFLARE_API_TOKEN", "token")
    monkeypatch.setenv("CLOUDFLARE_ZONE_ID", "zone")
    monkeypatch.setenv("CLOUDFRONT_DISTRIBUTION_ID", "E123")
    backends = front_cache_backends()
    assert backends["varnish"]["BACKEND"] == "operations.frontcache.VarnishBanBackend"
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
