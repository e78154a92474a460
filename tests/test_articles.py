"""Actueel: the import rule, creation rules, listings with filters, tag pages, feeds, related content."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    WerkteamIndexPage,
    WerkteamPage,
    split_dated_title,
)
from home.models import HomePage, StandardPage
from home.text import reading_minutes
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
from tests.factories.home import PersonFactory

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def actueel(home_page):
    return ActueelIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(actueel):
    return NewsIndexPageFactory(parent=actueel)


@pytest.fixture
def blog_index(actueel):
    return BlogIndexPageFactory(parent=actueel)


@pytest.fixture
def agenda(actueel):
    return EventIndexPageFactory(parent=actueel)


def card_titles(response):
    return [card.page.title for card in response.context["items"].object_list]


# The import rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("imported", "expected_date", "expected_title"),
    [
        ("11-07-18: Het hart van de Werkplaats", date(2018, 7, 11), "Het hart van de Werkplaats"),
        (
            "13-05-18: Burgerkracht als doorzettingskracht",
            date(2018, 5, 13),
            "Burgerkracht als doorzettingskracht",
        ),
        ("3-11-2016 : Dagdroom", date(2016, 11, 3), "Dagdroom"),
        ("Blog 2: Dagdroom over negen maanden", None, "Blog 2: Dagdroom over negen maanden"),
        ("31-02-18: Geen bestaande datum", None, "31-02-18: Geen bestaande datum"),
        ("", None, ""),
    ],
)
def test_split_dated_title(imported, expected_date, expected_title):
    assert split_dated_title(imported) == (expected_date, expected_title)


@pytest.mark.django_db
def test_clean_moves_the_date_out_of_a_pasted_title(news_index):
    page = NewsPage(title="11-07-18: Het hart van de Werkplaats", slug="11-07-18-het-hart")
    page.clean()
    assert (page.title, page.date) == ("Het hart van de Werkplaats", date(2018, 7, 11))
    assert page.slug == "het-hart-van-de-werkplaats"


@pytest.mark.django_db
def test_source_label_needs_a_link():
    page = NewsPage(title="Verslag", slug="verslag", source_label="Lees verder op Sociale Vraagstukken")
    with pytest.raises(Exception) as error:
        page.clean()
    assert "source_url" in error.value.message_dict


def test_reading_minutes_rounds_to_at_least_one():
    assert reading_minutes("kort") == 1
    assert reading_minutes("woord " * 1000) == 5


# Creation rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (ActueelIndexPage, {HomePage}),
        (BlogIndexPage, {ActueelIndexPage}),
        (NewsIndexPage, {ActueelIndexPage}),
        (EventIndexPage, {ActueelIndexPage}),
        (BlogPage, {BlogIndexPage}),
        (NewsPage, {NewsIndexPage}),
        (EventPage, {EventIndexPage}),
        (WerkteamIndexPage, {HomePage}),
        (WerkteamPage, {WerkteamIndexPage}),
        (StandardPage, {HomePage, StandardPage}),
    ],
)
def test_pages_can_only_be_created_where_they_belong(child, parents):
    candidates = {
        HomePage,
        StandardPage,
        ActueelIndexPage,
        BlogIndexPage,
        NewsIndexPage,
        EventIndexPage,
        BlogPage,
        NewsPage,
        EventPage,
        WerkteamIndexPage,
        WerkteamPage,
    }
    allowed = {parent for parent in candidates if child in parent.creatable_subpage_models()}
    assert allowed == parents


def test_articles_and_events_have_no_children():
    for model in (BlogPage, NewsPage, EventPage, WerkteamPage):
        assert model.creatable_subpage_models() == []


# Listings ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_news_index_lists_newest_first_with_date_intro_image_and_authors(client, news_index):
    author = PersonFactory(name="Elizabeth van Twist")
    NewsPageFactory(parent=news_index, title="Ouder", date=date(2017, 11, 8))
    NewsPageFactory(parent=news_index, title="Nieuwer", date=date(2018, 7, 11), authors=[author])
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert card_titles(response) == ["Nieuwer", "Ouder"]
    html = response.content.decode()
    assert "11 juli 2018" in html
    assert "Elizabeth van Twist" in html
    assert 'loading="lazy"' in html and "fill-720x405" in html and 'type="image/webp"' in html
    assert 'rel="alternate" type="application/rss+xml"' in html


@pytest.mark.django_db
def test_listing_hides_drafts_and_other_languages(client, news_index, english):
    NewsPageFactory(parent=news_index, title="Gepubliceerd")
    NewsPageFactory(parent=news_index, title="Concept", live=False)
    english_copy = NewsPageFactory(parent=news_index, title="Vertaald")
    Page.objects.filter(pk=english_copy.pk).update(locale=english)
    response = client.get(news_index.url)
    assert card_titles(response) == ["Gepubliceerd"]


@pytest.mark.django_db
def test_pagination_twelve_per_page_and_bad_page_numbers(client, blog_index):
    for number in range(14):
        BlogPageFactory(parent=blog_index, date=date(2020, 1, 1) - timedelta(days=number))
    first = client.get(blog_index.url)
    assert len(first.context["items"].object_list) == 12
    second = client.get(blog_index.url, {"page": 2})
    assert len(second.context["items"].object_list) == 2
    assert client.get(blog_index.url, {"page": "abc"}).context["items"].number == 1
    too_high = client.get(blog_index.url, {"page": 9999})
    assert too_high.status_code == 200
    assert too_high.context["items"].number == 2
    assert client.get(blog_index.url, {"page": "-1"}).status_code == 200


@pytest.mark.django_db
def test_filter_by_tag_and_year(client, news_index):
    NewsPageFactory(parent=news_index, title="Armoede 2018", date=date(2018, 5, 13), tags=["armoede"])
    NewsPageFactory(parent=news_index, title="Armoede 2020", date=date(2020, 3, 9), tags=["armoede"])
    NewsPageFactory(parent=news_index, title="Werkteams 2018", date=date(2018, 7, 11), tags=["werkteams"])
    assert card_titles(client.get(news_index.url, {"tag": "armoede"})) == ["Armoede 2020", "Armoede 2018"]
    assert card_titles(client.get(news_index.url, {"year": "2018"})) == ["Werkteams 2018", "Armoede 2018"]
    both = client.get(news_index.url, {"tag": "armoede", "year": "2018"})
    assert card_titles(both) == ["Armoede 2018"]
    assert [tag.slug for tag in both.context["filter_tags"]] == ["armoede", "werkteams"]
    assert list(both.context["filter_years"]) == [2020, 2018]


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{"year": "x"}, {"year": "99999"}, {"year": "<script>"}])
def test_a_bad_year_shows_everything_with_a_notice(client, news_index, params):
    NewsPageFactory(parent=news_index, title="Een bericht")
    response = client.get(news_index.url, params)
    assert response.status_code == 200
    assert card_titles(response) == ["Een bericht"]
    assert "geen geldig jaartal" in response.content.decode()
    assert "<script>" not in response.content.decode().split('class="notice"')[1]


@pytest.mark.django_db
def test_an_unknown_tag_shows_an_empty_list_with_a_notice(client, news_index):
    NewsPageFactory(parent=news_index, tags=["armoede"])
    response = client.get(news_index.url, {"tag": "bestaat-niet"})
    assert response.status_code == 200
    assert card_titles(response) == []
    assert "bestaat-niet" in response.content.decode()


@pytest.mark.django_db
def test_agenda_lists_upcoming_events_soonest_first_and_keeps_the_past_in_the_archive(client, agenda):
    now = timezone.now()
    EventPageFactory(parent=agenda, title="Later", start=now + timedelta(days=20))
    EventPageFactory(parent=agenda, title="Binnenkort", start=now + timedelta(days=2))
    EventPageFactory(
        parent=agenda, title="Bezig", start=now - timedelta(hours=1), end=now + timedelta(hours=2)
    )
    EventPageFactory(parent=agenda, title="Lang geleden", start=now - timedelta(days=400))
    EventPageFactory(parent=agenda, title="Vorige maand", start=now - timedelta(days=30))
    upcoming = client.get(agenda.url)
    assert card_titles(upcoming) == ["Bezig", "Binnenkort", "Later"]
    assert agenda.url + "archief/" in upcoming.content.decode()
    archive = client.get(agenda.url + "archief/")
    assert archive.status_code == 200
    assert card_titles(archive) == ["Vorige maand", "Lang geleden"]
    assert client.get(agenda.url + "archief/", {"page": "x", "year": "y"}).status_code == 200


# Tag pages --------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_tag_page_lists_every_type_with_the_tag(client, actueel, news_index, blog_index, agenda):
    NewsPageFactory(parent=news_index, title="Nieuws over armoede", tags=["armoede"])
    BlogPageFactory(parent=blog_index, title="Blog over armoede", tags=["armoede"])
    EventPageFactory(parent=agenda, title="Kenniscafé armoede", tags=["armoede"])
    NewsPageFactory(parent=news_index, title="Iets anders", tags=["werkteams"])
    response = client.get(actueel.url + "onderwerp/armoede/")
    assert response.status_code == 200
    assert set(card_titles(response)) == {"Nieuws over armoede", "Blog over armoede", "Kenniscafé armoede"}
    assert "Alles over “armoede”" in response.content.decode()


@pytest.mark.django_db
def test_tag_page_includes_magazine_articles(client, home_page, actueel):
    from tests.factories.magazine import (
        MagazineArticlePageFactory,
        MagazineIndexPageFactory,
        MagazineIssuePageFactory,
    )

    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page))
    article = MagazineArticlePageFactory(parent=issue, title="Magazine over armoede")
    article.tags.set(["armoede"])
    article.save()
    response = client.get(actueel.url + "onderwerp/armoede/")
    assert card_titles(response) == ["Magazine over armoede"]


@pytest.mark.django_db
def test_unknown_or_unused_tag_page_is_a_404(client, actueel, news_index):
    NewsPageFactory(parent=news_index, tags=["armoede"], live=False)
    assert client.get(actueel.url + "onderwerp/bestaat-niet/").status_code == 404
    assert client.get(actueel.url + "onderwerp/armoede/").status_code == 404


@pytest.mark.django_db
def test_article_tags_link_to_the_tag_page(client, actueel, news_index):
    page = NewsPageFactory(parent=news_index, tags=["armoede"])
    assert f'href="{actueel.url}onderwerp/armoede/"' in client.get(page.url).content.decode()


# Articles ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_article_page_shows_date_authors_bio_reading_time_and_source(client, news_index):
    author = PersonFactory(name="Elizabeth van Twist", bio="Ze leidt een werkgroep.")
    page = NewsPageFactory(
        parent=news_index,
        title="Werkconferentie",
        date=date(2017, 11, 8),
        source_url="https://www.socialevraagstukken.nl/",
        source_label="Lees verder op Sociale Vraagstukken",
        authors=[author],
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Werkconferentie</h1>" in html
    assert "8 november 2017" in html
    assert "1 minuut lezen" in html
    assert 'class="author-bio"' in html and "Ze leidt een werkgroep." in html
    assert '<a class="button button--secondary" href="https://www.socialevraagstukken.nl/">' in html
    assert "Lees verder op Sociale Vraagstukken" in html


@pytest.mark.django_db
def test_related_content_shares_a_werkteam_or_tag_in_the_same_language(
    client, home_page, news_index, blog_index, english
):
    werkteam = WerkteamPageFactory(parent=WerkteamIndexPageFactory(parent=home_page))
    page = NewsPageFactory(parent=news_index, title="Hoofdbericht", tags=["armoede"], werkteam=werkteam)
    NewsPageFactory(parent=news_index, title="Zelfde tag", tags=["armoede"])
    BlogPageFactory(parent=blog_index, title="Zelfde werkteam", werkteam=werkteam)
    NewsPageFactory(parent=news_index, title="Niets gemeen", tags=["anders"])
    NewsPageFactory(parent=news_index, title="Concept", tags=["armoede"], live=False)
    foreign = NewsPageFactory(parent=news_index, title="Engels", tags=["armoede"])
    Page.objects.filter(pk=foreign.pk).update(locale=english)
    related = {card.page.title for card in client.get(page.url).context["page"].related_summaries}
    assert related == {"Zelfde tag", "Zelfde werkteam"}


@pytest.mark.django_db
def test_werkteam_page_lists_its_posts_and_events(client, home_page, news_index, agenda):
    werkteam = WerkteamPageFactory(
        parent=WerkteamIndexPageFactory(parent=home_page),
        title="Informeel-formeel",
        number=2,
        period_start=date(2017, 10, 1),
        municipalities="Rotterdam",
    )
    NewsPageFactory(parent=news_index, title="Burgerkracht", werkteam=werkteam)
    NewsPageFactory(parent=news_index, title="Ander werkteam")
    EventPageFactory(parent=agenda, title="Keukentafelgesprek", werkteam=werkteam)
    response = client.get(werkteam.url)
    html = response.content.decode()
    assert [card.page.title for card in response.context["page"].posts] == ["Burgerkracht"]
    assert [card.page.title for card in response.context["page"].events] == ["Keukentafelgesprek"]
    assert "Werkteam 2" in html and "oktober 2017" in html and "beleidsmakers" in html


@pytest.mark.django_db
def test_event_page_shows_when_where_and_registration(client, agenda):
    start = timezone.make_aware(timezone.datetime(2030, 4, 2, 14, 0))
    page = EventPageFactory(
        parent=agenda,
        start=start,
        end=start + timedelta(hours=3),
        address="Stadserf 1\n3112 DZ Schiedam",
        registration_url="https://aanmelden.example/kick-off",
    )
    html = client.get(page.url).content.decode()
    assert "2 april 2030, 14:00" in html and "17:00" in html
    assert "Theater aan de Schie" in html and "3112 DZ Schiedam" in html
    assert 'href="https://aanmelden.example/kick-off"' in html


# Feeds ------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_rss_feed_lists_live_news_of_its_language_newest_first(client, news_index, english):
    NewsPageFactory(parent=news_index, title="Oud", date=date(2017, 1, 1), tags=["armoede"])
    NewsPageFactory(parent=news_index, title="Nieuw", date=date(2020, 1, 1))
    NewsPageFactory(parent=news_index, title="Concept", live=False)
    foreign = NewsPageFactory(parent=news_index, title="Engels")
    Page.objects.filter(pk=foreign.pk).update(locale=english)
    response = client.get(news_index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "nl"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Nieuw", "Oud"]
    assert items[1].findtext("link").endswith(news_index.url + "oud/")
    assert items[1].findtext("category") == "armoede"


@pytest.mark.django_db
def test_atom_feed_is_valid_and_per_index(client, blog_index, news_index):
    BlogPageFactory(parent=blog_index, title="Een blog", authors=[PersonFactory(name="Elizabeth van Twist")])
    NewsPageFactory(parent=news_index, title="Een nieuwtje")
    response = client.get(blog_index.url + "atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Een blog"]
    assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "Elizabeth van Twist"


@pytest.mark.django_db
def test_english_index_feed_has_english_items(client, home_page, english):
    english_home = home_page.copy_for_translation(english)
    english_home.save_revision().publish()
    actueel = ActueelIndexPageFactory(parent=english_home, locale=english)
    news_index = NewsIndexPageFactory(parent=actueel, title="News", locale=english)
    NewsPageFactory(parent=news_index, title="English news", locale=english)
    response = client.get(news_index.url + "rss/")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.findall("item")] == ["English news"]


@pytest.mark.django_db
def test_werkteam_index_lists_numbered_teams_first_then_by_name(client, home_page):
    index = WerkteamIndexPageFactory(parent=home_page)
    WerkteamPageFactory(parent=index, title="Platform ontmoeting", number=None)
    WerkteamPageFactory(parent=index, title="Informeel-formeel", number=2)
    WerkteamPageFactory(parent=index, title="Intergenerationeel", number=None)
    WerkteamPageFactory(parent=index, title="Concept", number=1, live=False)
    response = client.get(index.url)
    assert [card.page.title for card in response.context["items"].object_list] == [
        "Informeel-formeel",
        "Intergenerationeel",
        "Platform ontmoeting",
    ]
