"""Rendered pages in both languages: switcher and hreflang in the chrome, 404 pages, dates,
and listings that only show the reader's language (on the demo content)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from home.models import StandardPage
from tests.test_i18n import add_page, translate

LINK = re.compile(r'href="(/(?:nl|en)/[^"]*)"')


@pytest.fixture
def english_home(home_page, english):
    return translate(home_page, english, title="Home")


@pytest.fixture
def tree(home_page, english_home, english):
    over = add_page(home_page, "Over de Werkplaats", "over")
    team = add_page(over, "Ons team", "team")
    return {"over": over, "over_en": translate(over, english, slug="about", title="About"), "team": team}


@pytest.fixture
def demo(db, home_page):
    call_command("load_demo_content", stdout=StringIO())


def main_links(response):
    """Links inside <main>: the page's own content, without header, switcher and footer."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return LINK.findall(main)


@pytest.mark.django_db
def test_every_switcher_link_on_a_rendered_page_works(client, tree):
    response = client.get("/nl/over/team/")
    assert response.status_code == 200
    assert 'href="/en/about/" hreflang="en"' in response.content.decode()
    assert client.get("/en/about/").status_code == 200


@pytest.mark.django_db
def test_rendered_page_has_html_lang_and_hreflang(client, tree):
    html = client.get("/en/about/").content.decode()
    assert '<html lang="en">' in html
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/over/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nl/over/">' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "other_home"), [("/nl/bestaat-niet/", "/en/"), ("/en/does-not-exist/", "/nl/")]
)
def test_switcher_on_a_404_page_goes_to_the_other_home_page(client, english_home, path, other_home):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="language-switcher"' in html
    assert f'href="{other_home}" hreflang="{other_home[1:3]}"' in html
    assert client.get(other_home).status_code == 200


@pytest.mark.django_db
def test_dates_follow_the_language(client, demo):
    english = client.get("/en/news-and-events/blog/daydream-nine-months/").content.decode()
    dutch = client.get("/nl/actueel/blog/dagdroom-negen-maanden/").content.decode()
    assert ">3 November 2016<" in english
    assert ">3 november 2016<" in dutch
    english_event = client.get("/en/news-and-events/events/kick-off-2020/").content.decode()
    dutch_event = client.get("/nl/actueel/agenda/kick-off-2020/").content.decode()
    # The seed gives the Kick-off a day, not a time.
    assert ">Thursday 2 April 2020<" in english_event
    assert ">donderdag 2 april 2020<" in dutch_event


# (path, switcher target, hreflang alternates): routes of routable pages keep their route in
# the other language, except tag pages (tags belong to one language).
SUB_ROUTES = [
    (
        "/nl/actueel/agenda/archief/",
        "/en/news-and-events/events/archive/",
        {"nl": "/nl/actueel/agenda/archief/", "en": "/en/news-and-events/events/archive/"},
    ),
    (
        "/en/magazine/connectedness-and-resilience/read/",
        "/nl/magazine/verbondenheid-en-veerkracht/lezen/",
        {
            "nl": "/nl/magazine/verbondenheid-en-veerkracht/lezen/",
            "en": "/en/magazine/connectedness-and-resilience/read/",
        },
    ),
    (
        "/en/news-and-events/topic/connectedness/",
        "/nl/actueel/",
        {"en": "/en/news-and-events/topic/connectedness/"},
    ),
]
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([\w-]+)" href="http://testserver([^"]*)">')


@pytest.mark.django_db
def test_sub_routes_keep_their_route_in_switcher_hreflang_and_canonical(client, demo):
    for path, other, alternates in SUB_ROUTES:
        html = client.get(path).content.decode()
        other_language = other[1:3]
        assert f'href="{other}" hreflang="{other_language}"' in html, path
        assert client.get(other).status_code == 200, other
        expected = dict(alternates)
        if "nl" in alternates:
            expected["x-default"] = alternates["nl"]
        assert dict(ALTERNATE.findall(html)) == expected, path
        assert re.search(rf'<link rel="canonical" href="http://[^/"]+{re.escape(path)}">', html), path


ENGLISH_LISTINGS = [
    "/en/",
    "/en/news-and-events/",
    "/en/news-and-events/blog/",
    "/en/news-and-events/news/",
    "/en/news-and-events/events/",
    "/en/news-and-events/topic/connectedness/",
    "/en/working-groups/",
    "/en/working-groups/platform-for-encounter-and-innovation/",
    "/en/news-and-events/blog/daydream-nine-months/",
    "/en/magazine/",
    "/en/magazine/connectedness-and-resilience/",
]
DUTCH_LISTINGS = [
    "/nl/",
    "/nl/actueel/",
    "/nl/actueel/blog/",
    "/nl/actueel/nieuws/",
    "/nl/actueel/agenda/",
    "/nl/actueel/onderwerp/verbondenheid/",
    "/nl/werkteams/",
    "/nl/werkteams/platform-ontmoeting-en-innovatie/",
    "/nl/magazine/",
    "/nl/magazine/verbondenheid-en-veerkracht/",
]


@pytest.mark.django_db
def test_listings_tags_and_related_content_show_only_the_readers_language(client, demo):
    wrong = {}
    for language, other, paths in (("en", "nl", ENGLISH_LISTINGS), ("nl", "en", DUTCH_LISTINGS)):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            links = main_links(response)
            assert any(link.startswith(f"/{language}/") for link in links), path
            foreign = [link for link in links if link.startswith(f"/{other}/")]
            if foreign:
                wrong[path] = foreign
    assert not wrong, wrong


@pytest.mark.django_db
def test_english_listing_shows_english_items_and_english_tags(client, demo):
    html = client.get("/en/news-and-events/blog/").content.decode()
    assert "Daydreaming about what we can achieve in nine months" in html
    assert "Dagdroom" not in html
    post = client.get("/en/news-and-events/blog/daydream-nine-months/").content.decode()
    assert ">quality of life</a>" in post
    assert ">kwaliteit van leven<" not in post


@pytest.mark.django_db
@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feeds_only_carry_the_readers_language(client, demo, feed):
    english = client.get(f"/en/news-and-events/news/{feed}/").content.decode()
    dutch = client.get(f"/nl/actueel/nieuws/{feed}/").content.decode()
    assert "/en/news-and-events/news/the-heart-of-the-werkplaats/" in english
    assert "/nl/actueel/" not in english
    assert "/nl/actueel/nieuws/het-hart-van-de-werkplaats/" in dutch
    assert "/en/news-and-events/" not in dutch


@pytest.mark.django_db
def test_sitemap_of_the_demo_lists_english_pages_with_alternates(client, demo):
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/en/magazine/connectedness-and-resilience/</loc>" in xml
    assert (
        '<xhtml:link rel="alternate" hreflang="en" '
        'href="http://testserver/en/news-and-events/blog/daydream-nine-months/"/>'
    ) in xml
    assert StandardPage.objects.filter(locale__language_code="en").exists()


# The werkteam link and the authors are synchronised: an English page points at the Dutch
# werkteam and the Dutch people, and must show their English translations.


@pytest.mark.django_db
def test_english_magazine_article_links_to_the_english_werkteam(client, demo):
    response = client.get("/en/magazine/connectedness-and-resilience/from-loneliness-to-connectedness/")
    assert "/nl/werkteams/" not in " ".join(main_links(response))


@pytest.mark.django_db
def test_english_werkteam_page_lists_the_english_posts_of_that_werkteam(client, demo):
    response = client.get("/en/working-groups/platform-for-encounter-and-innovation/")
    assert "/en/magazine/connectedness-and-resilience/from-loneliness-to-connectedness/" in main_links(
        response
    )


@pytest.mark.django_db
def test_english_post_shows_the_english_author_bio(client, demo):
    html = client.get("/en/news-and-events/blog/daydream-nine-months/").content.decode()
    assert "Elizabeth van Twist is a working group leader" in html
