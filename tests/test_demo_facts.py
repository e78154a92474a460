"""The demo holds the seeds' facts (issue 14), not the errors an earlier demo had, in both languages.

The demo is loaded once for the module (it takes a while); each test runs in its own savepoint.
"""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page

from articles.models import BlogPage, EventPage, NewsPage, WerkteamPage
from magazine.models import MagazineArticlePage, MagazineIssuePage

# What the seed press release quotes people as saying, word for word (a closing full stop added
# where the seed continues with "vult ... aan"). No other Dutch words may stand in quotation blocks.
SEED_QUOTES = {
    "David ter Avest": [
        "Verschillende beleidsafdelingen van gemeenten, praktijkorganisaties zoals Minters, Mooi Werk, "
        "Seniorenwelzijn, Dock en de Kansenfabriek en vrijwilligers werkten in het werkteam samen. De "
        "centrale vraag was: hoe kom je tot een duurzame aanpak tegen eenzaamheid?"
    ],
    "Elizabeth van Twist": [
        "Vanuit diverse invalshoeken en onderzoeken is bekeken wat nodig is om tot een duurzame aanpak te "
        "komen en zijn werkwijzen verzameld die verbondenheid en veerkracht vergroten. Het verzamelen en "
        "delen van literatuur en goede voorbeelden heeft voor inspiratie gezorgd om als professionals en "
        "bewoners samen te werken.",
        "Wil je een probleem echt aanpakken dan moet je, als professionals en bewoners, samen iets doen. Met "
        "workshops, kenniscafés en laagdrempelige bijeenkomsten in de wijk maakte het werkteam ruimte voor "
        "persoonlijke verhalen, kennis en ervaringen.",
    ],
    "Guido Walraven": [
        "Iedereen kan zorgen voor meer verbondenheid, vanuit welke rol of functie en hoe klein dit soms ook "
        "lijkt."
    ],
}
TEXT_FIELDS = ("title", "intro", "standfirst", "theme", "member_roles", "registration_info", "body")
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site_db(demo, db):
    """The demo, inside this test's own savepoint."""


def page_text(page):
    page = page.specific
    return " ".join(str(getattr(page, name, "") or "") for name in TEXT_FIELDS)


def dutch(model, slug):
    return model.objects.get(locale__language_code="nl", slug=slug)


def all_pages():
    return Page.objects.filter(depth__gt=1).specific()


def test_burgerkracht_grew_from_three_to_seven_in_a_month_and_fourteen_by_november(site_db):
    page = dutch(NewsPage, "burgerkracht-als-doorzettingskracht")
    text = page_text(page)
    assert "van drie naar vier en daarna naar zeven leden" in text
    assert "in november met veertien mensen" in text
    assert "zeven" in page.intro and "veertien" in page.intro
    for other in all_pages():
        assert not re.search(r"maand\w* van drie naar veertien", page_text(other)), other.url_path


def test_the_press_release_has_no_byline_and_keeps_people_hand_fietsmaatjes_and_closing(site_db):
    press = dutch(NewsPage, "iedereen-kan-zorgen-voor-meer-verbondenheid")
    assert press.authors.count() == 0
    assert press.get_translation(Locale.objects.get(language_code="en")).authors.count() == 0
    text = page_text(press)
    for fact in [
        "David ter Avest",
        "Elizabeth van Twist",
        "<i>de hand</i>",
        "Fietsmaatjes Schiedam",
        "2 april 2020",
        "tot 2022",
        "Sinds 2005",
        "stedelijk burgerschap",
        "Toby Witte",
        "Kenniscentrum Talentontwikkeling",
    ]:
        assert fact in text, fact


def test_bylines_only_where_the_seed_names_an_author(site_db):
    for blog in BlogPage.objects.all():
        assert [link.person.name for link in blog.authors.all()] == ["Elizabeth van Twist"]
    for model in (NewsPage, MagazineArticlePage):
        assert not model.objects.filter(authors__isnull=False).exists(), model
    assert not MagazineIssuePage.objects.filter(contributors__isnull=False).exists()


def test_quotation_blocks_hold_only_what_the_seed_quotes_people_as_saying(site_db):
    quoted = 0
    for page in all_pages().filter(locale__language_code="nl"):
        for block in getattr(page, "body", None) or []:
            if block.block_type == "quote":
                assert block.value["quote"] in SEED_QUOTES[block.value["attribution"]], page.url_path
                quoted += 1
            assert block.block_type != "interview", page.url_path
    assert quoted >= 6
    for page in all_pages():
        assert "In gesprek met" not in page_text(page) and "interview" not in page_text(page).lower()


def test_one_period_for_the_loneliness_werkteam(site_db):
    for page in all_pages():
        text = page_text(page)
        for wrong in ("23 maanden", "twee jaar", "23 months", "two years", "Anderhalf jaar werkte"):
            assert wrong not in text, (page.url_path, wrong)
    for page in [
        dutch(NewsPage, "iedereen-kan-zorgen-voor-meer-verbondenheid"),
        dutch(WerkteamPage, "platform-ontmoeting-en-innovatie"),
        dutch(MagazineIssuePage, "verbondenheid-en-veerkracht"),
    ]:
        assert "januari 2018 tot november 2019" in page_text(page), page.url_path


def test_the_three_werkteams_the_seed_names_and_no_stale_present(site_db, client):
    slugs = set(WerkteamPage.objects.filter(locale__language_code="nl").values_list("slug", flat=True))
    assert slugs == {
        "intergenerationele-problematiek",
        "informeel-formeel",
        "platform-ontmoeting-en-innovatie",
    }
    platform = dutch(WerkteamPage, "platform-ontmoeting-en-innovatie")
    assert "Coolhaven" in platform.theme and "verbondenheid en veerkracht" in platform.theme
    html = client.get(dutch(WerkteamPage, "informeel-formeel").url).content.decode()
    assert "vanaf oktober 2017" in html and "heden" not in html


def test_events_show_the_day_without_an_invented_time_or_address(site_db, client):
    for slug, day in [("werkconferentie-2017", "2017-10-26"), ("kick-off-2020", "2020-04-02")]:
        event = dutch(EventPage, slug)
        assert not event.time_known and not event.address
        for page in (event, event.get_translation(Locale.objects.get(language_code="en"))):
            html = client.get(page.url).content.decode()
            meta = html[
                html.index('class="event-meta"') : html.index("</dl>", html.index('class="event-meta"'))
            ]
            assert not TIME_OF_DAY.search(meta), (page.url, meta)
            assert re.search(rf'"startDate": ?"{day}"', html), page.url
    assert dutch(EventPage, "werkconferentie-2017").location_name == "Theater aan de Schie"
    assert not EventPage.objects.filter(slug__startswith="kenniscafe-", start__year=2018).exists()


def test_the_cut_paragraphs_are_back(site_db):
    blog = dutch(BlogPage, "dagdroom-negen-maanden")
    # The seed has about 570 words of text; the earlier demo kept 170.
    assert len(re.sub(r"<[^>]+>", " ", str(blog.body)).split()) >= 400
    for fact in ("150", "zeven bijeenkomsten", "10 oktober 2016", "juni 2017", "blije eikels"):
        assert fact in page_text(blog), fact
    heart = page_text(dutch(NewsPage, "het-hart-van-de-werkplaats"))
    for fact in (
        "Coolhaven",
        "BAR-organisatie",
        "genogrammen",
        "In juni",
        "eind van 2018",
        "september, november",
    ):
        assert fact in heart, fact
    report = page_text(dutch(NewsPage, "werkconferentie-doe-leer-en-inspireer"))
    for fact in ("De Buurtvrouw", "professionaliteit van het ongepaste", "Patricia van Aaken", "Toby Witte"):
        assert fact in report, fact
    burgerkracht = page_text(dutch(NewsPage, "burgerkracht-als-doorzettingskracht"))
    for fact in ("mantelzorgboete", "huisuitzetting", "stadhuis", "kernteam"):
        assert fact in burgerkracht, fact


def test_every_dutch_page_has_an_english_one_of_the_same_shape(site_db):
    dutch_pages = list(all_pages().filter(locale__language_code="nl"))
    english_pages = {page.translation_key: page for page in all_pages().filter(locale__language_code="en")}
    assert len(english_pages) == len(dutch_pages)
    for page in dutch_pages:
        english = english_pages[page.translation_key]
        assert type(english) is type(page) and english.live, page.url_path
        if hasattr(page, "body"):
            assert [b.block_type for b in english.body] == [b.block_type for b in page.body], page.url_path
    homes = [page.title for page in all_pages().filter(depth=2)]
    assert len(set(homes)) == len(homes)


def test_unprefixed_paths_answer_in_dutch_even_for_english_browsers(site_db, client):
    response = client.get("/actueel/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert (response.status_code, response["Location"]) == (302, "/nl/actueel/")
    assert client.get(response["Location"]).status_code == 200


def test_footer_links_privacy_accessibility_and_newsletter_in_both_languages(site_db, client):
    for home, links in [
        ("/nl/", ["/nl/privacy/", "/nl/toegankelijkheid/", "/nl/nieuwsbrief/"]),
        ("/en/", ["/en/privacy/", "/en/accessibility/", "/en/newsletter/"]),
    ]:
        html = client.get(home).content.decode()
        footer = html[html.index("<footer") :]
        for link in links:
            assert f'href="{link}"' in footer, (home, link)
            assert client.get(link).status_code == 200


def test_the_accessibility_statement_follows_the_model(site_db, client):
    html = client.get("/nl/toegankelijkheid/").content.decode()
    for part in ("Status", "Hoe we de website hebben onderzocht", "Bekende problemen", "Contact", "Datum"):
        assert f">{part}</h2>" in html, part
    assert "29 november 2026" in html and "WCAG 2.1" in html


def test_sitemap_lists_reading_views_and_archives_on_one_base_url_and_titles_are_unique(site_db, client):
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert all(location.startswith("http://testserver/") for location in locations)
    for route in ("/nl/actueel/agenda/archief/", "/en/news-and-events/events/archive/"):
        assert f"http://testserver{route}" in locations
    assert "http://testserver/nl/magazine/verbondenheid-en-veerkracht/lezen/" in locations
    assert "http://testserver/en/magazine/connectedness-and-resilience/read/" in locations
    english = [location for location in locations if "/en/" in location]
    assert not [location for location in english if re.search(r"/(lezen|archief|onderwerp)/", location)]
    titles = {}
    for location in locations:
        html = client.get(location.removeprefix("http://testserver")).content.decode()
        (title,) = re.findall(r"<title>(.*?)</title>", html, re.S)
        canonical = re.findall(r'rel="canonical" href="([^"]+)"', html)
        assert canonical == [location], location
        titles.setdefault(location.split("/")[3], []).append(" ".join(title.split()))
    for language, names in titles.items():
        assert len(set(names)) == len(names), (language, sorted(names))
