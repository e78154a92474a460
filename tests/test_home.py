"""The home page and standard pages: what readers see and where it comes from."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from home.models import HomePage
from tests.factories.articles import (
    ActueelIndexPageFactory,
    BlogIndexPageFactory,
    BlogPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    WerkteamIndexPageFactory,
    WerkteamPageFactory,
)
from tests.factories.home import HomePageFeaturedItemFactory, StandardPageFactory
from tests.factories.magazine import MagazineIndexPageFactory, MagazineIssuePageFactory

pytestmark = pytest.mark.django_db


def titles(cards):
    return [card.page.title for card in cards]


def section(response, key):
    """The home page section an app contributed (home/sections.py), or None."""
    return next((section for section in response.context["sections"] if section.key == key), None)


@pytest.fixture
def site_content(home_page):
    actueel = ActueelIndexPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=actueel)
    blog = BlogIndexPageFactory(parent=actueel)
    agenda = EventIndexPageFactory(parent=actueel)
    werkteams = WerkteamIndexPageFactory(parent=home_page)
    for number in range(5):
        NewsPageFactory(
            parent=news, title=f"Nieuws {number}", date=date(2020, 1, 10) - timedelta(days=number)
        )
        BlogPageFactory(parent=blog, title=f"Blog {number}", date=date(2020, 1, 10) - timedelta(days=number))
    now = timezone.now()
    EventPageFactory(parent=agenda, title="Voorbij", start=now - timedelta(days=3))
    EventPageFactory(parent=agenda, title="Morgen", start=now + timedelta(days=1))
    EventPageFactory(parent=agenda, title="Volgende week", start=now + timedelta(days=7))
    WerkteamPageFactory(parent=werkteams, title="Werkteam twee", number=2)
    WerkteamPageFactory(parent=werkteams, title="Werkteam een", number=1)
    WerkteamPageFactory(parent=werkteams, title="Werkteam concept", number=3, live=False)
    return {"news": news, "werkteams": werkteams}


def test_home_page_sections_come_from_the_apps_in_order(client, home_page, site_content):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert [section.key for section in response.context["sections"]] == ["actueel", "agenda", "werkteams"]
    # One stream of news and blog posts, newest first (on the same day, the newest page first).
    assert titles(section(response, "actueel").cards) == [
        "Blog 0",
        "Nieuws 0",
        "Blog 1",
        "Nieuws 1",
        "Blog 2",
        "Nieuws 2",
    ]
    assert titles(section(response, "agenda").cards) == ["Morgen", "Volgende week"]
    assert titles(section(response, "werkteams").cards) == ["Werkteam een", "Werkteam twee"]
    html = response.content.decode()
    assert "10 januari 2020" in html
    assert html.count("<h1") == 1


def test_featured_pages_do_not_repeat_in_the_stream(client, home_page, site_content):
    lead = NewsPageFactory(parent=site_content["news"], title="Voorpagina", date=date(2020, 2, 1))
    HomePageFeaturedItemFactory(home_page=home_page, page=lead)
    response = client.get(home_page.url)
    assert titles(response.context["featured"]) == ["Voorpagina"]
    assert "Voorpagina" not in titles(section(response, "actueel").cards)
    assert response.content.decode().count(">Voorpagina</a>") == 1


def test_featured_items_keep_the_editors_order_and_skip_drafts(client, home_page, site_content):
    news = site_content["news"]
    first = NewsPageFactory(parent=news, title="Uitgelicht bericht")
    draft = NewsPageFactory(parent=news, title="Concept", live=False)
    werkteam = WerkteamPageFactory(parent=site_content["werkteams"], title="Uitgelicht werkteam")
    for page in (werkteam, draft, first):
        HomePageFeaturedItemFactory(home_page=home_page, page=page)
    response = client.get(home_page.url)
    assert titles(response.context["featured"]) == ["Uitgelicht werkteam", "Uitgelicht bericht"]
    assert [card.label for card in response.context["featured"]] == ["Werkteam", "Nieuws"]


def test_featured_items_follow_the_readers_language(client, home_page, site_content, english):
    news = site_content["news"]
    dutch = NewsPageFactory(parent=news, title="Het hart van de Werkplaats")
    HomePageFeaturedItemFactory(home_page=home_page, page=dutch)
    # The translation copies the featured item, which still points to the Dutch page.
    english_home = home_page.copy_for_translation(english)
    english_home.save_revision().publish()
    english_copy = NewsPageFactory(
        parent=news,
        title="The heart of the Werkplaats",
        locale=english,
        translation_key=dutch.translation_key,
    )
    assert english_copy.locale == english
    response = client.get(HomePage.objects.get(pk=english_home.pk).url)
    assert titles(response.context["featured"]) == ["The heart of the Werkplaats"]


def test_home_page_shows_the_newest_live_magazine_issue(client, home_page):
    index = MagazineIndexPageFactory(parent=home_page)
    MagazineIssuePageFactory(parent=index, title="Oud nummer", issue_date=date(2019, 1, 1))
    MagazineIssuePageFactory(parent=index, title="Verbondenheid en Veerkracht", issue_date=date(2020, 3, 9))
    MagazineIssuePageFactory(parent=index, title="Nog niet uit", issue_date=date(2021, 1, 1), live=False)
    response = client.get(home_page.url)
    assert section(response, "magazine").context["issue"].title == "Verbondenheid en Veerkracht"
    html = response.content.decode()
    assert "maart 2020" in html and "Lees het magazine" in html


def test_home_page_without_content_still_renders(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    assert response.context["sections"] == []
    assert response.context["featured"] == []


def test_standard_page_renders_body_and_live_subpages(client, home_page):
    contact = StandardPageFactory(parent=home_page, title="Contact", slug="contact")
    StandardPageFactory(parent=contact, title="Routebeschrijving")
    StandardPageFactory(parent=contact, title="Verborgen", live=False)
    response = client.get(contact.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Contact</h1>" in html and "Een korte samenvatting." in html
    assert "Routebeschrijving" in html and "Verborgen" not in html
