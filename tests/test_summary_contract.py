"""The summary contract: a page type declared in one place (tests/summary_app/models.py) shows up
correctly in a listing, a tag page, a werkteam page, its feed, the search and the SEO tags,
without any module of the site naming it."""

import json
import re
from datetime import date

import pytest
import wagtail_factories
from wagtail.models import get_page_models

from home.summary import SummaryMixin
from tests.factories.articles import ActueelIndexPageFactory, WerkteamIndexPageFactory, WerkteamPageFactory
from tests.summary_app.models import ReportIndexPage, ReportPage

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def werkteam(home_page):
    return WerkteamPageFactory(parent=WerkteamIndexPageFactory(parent=home_page), title="Informeel-formeel")


@pytest.fixture
def report(home_page, werkteam):
    ActueelIndexPageFactory(parent=home_page)
    index = home_page.add_child(
        instance=ReportIndexPage(title="Rapporten", slug="rapporten", intro="Rapporten.")
    )
    publish(index)
    report = index.add_child(
        instance=ReportPage(
            title="Burgerkracht in cijfers",
            slug="burgerkracht-in-cijfers",
            published=date(2019, 5, 13),
            abstract="<p>Wat bewoners <b>samen</b> bereiken tegen armoede.</p>",
            cover=wagtail_factories.ImageFactory(title="Omslag"),
            werkteam=werkteam,
        )
    )
    report.tags.add("armoede")
    return publish(report)


def card_of(html, title):
    """The card (article element) around a title link."""
    for card in re.findall(r'<article class="card">.*?</article>', html, re.S):
        if f">{title}</a>" in card:
            return card
    raise AssertionError(f"no card for {title!r}")


def assert_card(html):
    card = card_of(html, "Burgerkracht in cijfers")
    assert '<p class="card__type">Onderzoeksrapport</p>' in card
    assert '<time datetime="2019-05-13">13 mei 2019</time>' in card
    assert "Wat bewoners samen bereiken tegen armoede." in card  # plain text from rich text
    assert "<img" in card


def test_every_page_type_of_the_site_keeps_the_contract():
    assert [model for model in get_page_models() if not issubclass(model, SummaryMixin)] == [
        model for model in get_page_models() if model._meta.label == "wagtailcore.Page"
    ]


def test_the_new_type_in_its_listing_a_tag_page_and_its_werkteam(client, report, werkteam):
    assert_card(client.get(report.get_parent().url).content.decode())
    assert_card(client.get("/nl/actueel/onderwerp/armoede/").content.decode())
    werkteam_html = client.get(werkteam.url).content.decode()
    assert "Berichten van dit werkteam" in werkteam_html  # a written piece, listed with the posts
    assert_card(werkteam_html)


def test_the_new_type_in_its_feed(client, report):
    rss = client.get(report.get_parent().url + "rss/").content.decode()
    assert "<title>Burgerkracht in cijfers</title>" in rss
    assert "<description>Wat bewoners samen bereiken tegen armoede.</description>" in rss
    assert "<pubDate>Mon, 13 May 2019" in rss
    assert "<category>armoede</category>" in rss
    assert f"<link>http://testserver{report.url}</link>" in rss


def test_the_new_type_in_the_search(client, report):
    response = client.get("/nl/zoeken/", {"q": "burgerkracht"})
    (result,) = response.context["results"]
    assert (result.page.pk, result.type_label) == (report.pk, "Onderzoeksrapport")
    facets = response.context["facets"]
    assert [(facet.label, facet.count) for facet in facets["type"]] == [("Onderzoeksrapport", 1)]
    assert [facet.label for facet in facets["year"]] == ["2019"]
    assert [facet.label for facet in facets["werkteam"]] == ["Informeel-formeel"]
    assert [facet.label for facet in facets["tag"]] == ["armoede"]


def test_the_new_type_in_the_seo_tags(client, report):
    html = client.get(report.url).content.decode()
    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    assert data["@type"] == "ScholarlyArticle"
    assert data["headline"] == "Burgerkracht in cijfers"
    assert data["datePublished"] == "2019-05-13"
    assert data["description"] == "Wat bewoners samen bereiken tegen armoede."
    assert data["image"].startswith("http://testserver/media/images/")
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2019-05-13">' in html
