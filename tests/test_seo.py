"""What search engines read: canonical URL, description, Open Graph, JSON-LD and robots.txt."""

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import wagtail_factories
from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    EventIndexPage,
    EventPage,
)
from home.models import Person
from tests.factories.chrome import FooterContentFactory
from tests.factories.magazine import (
    MagazineArticleAuthorFactory,
    MagazineArticlePageFactory,
    MagazineIndexPageFactory,
    MagazineIssuePageFactory,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def add_page(parent, model, **fields):
    page = parent.add_child(instance=model(**fields))
    page.save_revision().publish()
    return page


def render_seo(page, query=""):
    request = RequestFactory().get(page.url + query)
    with translation.override("nl"):
        return Template("{% load seo_tags %}{% seo_meta %}").render(
            Context({"request": request, "page": page})
        )


def json_ld(html):
    return [
        json.loads(data)
        for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def meta(html, name):
    match = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)">', html)
    return match.group(1) if match else None


@pytest.fixture
def public_site(site, settings):
    """The site on its public address (the Site record, no SITE_BASE_URL), which canonical
    URLs must use whatever host was asked."""
    settings.SITE_BASE_URL = ""
    site.hostname, site.port = "www.werkplaatssociaaldomeinzhz.nl", 443
    site.save()
    yield site
    cache.clear()  # Wagtail caches the site's address


@pytest.fixture
def actueel(home_page, public_site):
    return add_page(home_page, ActueelIndexPage, title="Actueel", slug="actueel")


@pytest.fixture
def blog_post(actueel):
    blog = add_page(actueel, BlogIndexPage, title="Blog", slug="blog")
    post = add_page(
        blog,
        BlogPage,
        title="Dagdroom over wat we in negen maanden kunnen bereiken",
        slug="dagdroom",
        date=date(2016, 11, 3),
        intro="<p>Een werkgroepleider   over het leerproces.</p>",
        image=wagtail_factories.ImageFactory(title="Werkgroep aan tafel"),
    )
    author = Person.objects.create(name="Elizabeth van Twist", role="werkgroepleider")
    BlogPageAuthor.objects.create(page=post, person=author)
    return post


@pytest.fixture
def event(actueel):
    agenda = add_page(actueel, EventIndexPage, title="Agenda", slug="agenda")
    return add_page(
        agenda,
        EventPage,
        title="Werkconferentie Doe, Leer en Inspireer!",
        slug="werkconferentie",
        start=datetime(2017, 10, 26, 13, 0, tzinfo=AMSTERDAM),
        end=datetime(2017, 10, 26, 17, 30, tzinfo=AMSTERDAM),
        location_name="Theater aan de Schie",
        address="Stadserf 1\n3112 DZ Schiedam",
        intro="Een middag over wat goed gaat in het sociaal domein.",
    )


def test_article_has_canonical_description_and_open_graph(blog_post):
    html = render_seo(blog_post)
    url = "https://www.werkplaatssociaaldomeinzhz.nl/nl/actueel/blog/dagdroom/"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "description") == "Een werkgroepleider over het leerproces."
    assert meta(html, "og:title") == blog_post.title
    assert meta(html, "og:description") == "Een werkgroepleider over het leerproces."
    assert meta(html, "og:url") == url
    assert meta(html, "og:type") == "article"
    assert meta(html, "article:published_time") == "2016-11-03"
    assert re.fullmatch(
        r"https://www.werkplaatssociaaldomeinzhz.nl/media/images/.+\.fill-1200x630\.\w+",
        meta(html, "og:image"),
    )
    assert meta(html, "og:image:alt") == "Werkgroep aan tafel"


def test_search_description_wins_over_intro(blog_post):
    blog_post.search_description = "Wat een werkteam in negen maanden kan bereiken."
    assert meta(render_seo(blog_post), "description") == "Wat een werkteam in negen maanden kan bereiken."


def test_long_intro_is_shortened_for_the_description(blog_post):
    blog_post.intro = "woord " * 100
    description = meta(render_seo(blog_post), "description")
    assert len(description) <= 200
    assert description.endswith("…")


def test_article_json_ld(blog_post):
    (data,) = json_ld(render_seo(blog_post))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == blog_post.title
    assert data["datePublished"] == "2016-11-03"
    assert data["author"] == [{"@type": "Person", "name": "Elizabeth van Twist"}]
    assert data["url"] == "https://www.werkplaatssociaaldomeinzhz.nl/nl/actueel/blog/dagdroom/"
    assert data["image"].startswith("https://www.werkplaatssociaaldomeinzhz.nl/media/images/")
    assert data["publisher"]["@type"] == "Organization"


def test_event_json_ld(event):
    html = render_seo(event)
    (data,) = json_ld(html)
    assert data["@type"] == "Event"
    assert data["name"] == "Werkconferentie Doe, Leer en Inspireer!"
    assert data["startDate"] == "2017-10-26T13:00:00+02:00"
    assert data["endDate"] == "2017-10-26T17:30:00+02:00"
    assert data["location"] == {
        "@type": "Place",
        "name": "Theater aan de Schie",
        "address": "Stadserf 1 3112 DZ Schiedam",
    }
    assert data["description"] == "Een middag over wat goed gaat in het sociaal domein."
    assert meta(html, "og:type") == "website"


def test_home_page_describes_the_organisation(client, home_page, public_site):
    FooterContentFactory()
    html = client.get("/nl/").content.decode()
    organisation, website = json_ld(html)
    assert organisation["@type"] == "Organization"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Museumpark 40",
        "postalCode": "3015 CX",
        "addressLocality": "Rotterdam",
    }
    assert organisation["email"] == "info@werkplaatssociaaldomeinzhz.nl"
    assert website["@type"] == "WebSite"
    assert website["url"] == "https://www.werkplaatssociaaldomeinzhz.nl/nl/"
    assert '<link rel="canonical" href="https://www.werkplaatssociaaldomeinzhz.nl/nl/">' in html


def test_json_ld_cannot_close_its_script_element(blog_post):
    blog_post.title = 'Over </script><script>alert("x")</script> & meer'
    html = render_seo(blog_post)
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script and "&" not in script
    assert json.loads(script)["headline"] == blog_post.title


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=3", "?page=3"),
        ("?page=1", ""),
        ("?page=abc", ""),
        ("?page=3&tag=x", "?page=3"),
        ("?year=2018", ""),
    ],
)
def test_canonical_keeps_only_a_real_page_number(actueel, query, expected):
    html = render_seo(actueel, query)
    assert (
        f'<link rel="canonical" href="https://www.werkplaatssociaaldomeinzhz.nl/nl/actueel/{expected}">'
        in html
    )


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_favicon_ico_leads_to_the_site_icon(client, home_page):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")
    icon_link = '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">'
    assert icon_link in client.get("/nl/").content.decode()


def test_site_base_url_setting_wins_over_the_site_record(blog_post, settings):
    settings.SITE_BASE_URL = "https://werkplaats.example.org/"
    html = render_seo(blog_post)
    assert '<link rel="canonical" href="https://werkplaats.example.org/nl/actueel/blog/dagdroom/">' in html
    assert "www.werkplaatssociaaldomeinzhz.nl" not in html


def test_magazine_article_is_an_article_too(home_page, public_site):
    issue = MagazineIssuePageFactory(parent=MagazineIndexPageFactory(parent=home_page), slug="nummer-1")
    article = MagazineArticlePageFactory(
        parent=issue, slug="de-hand", standfirst="Een werkvorm voor het gesprek."
    )
    MagazineArticleAuthorFactory(page=article, person__name="David ter Avest")
    article.save_revision().publish()
    article.refresh_from_db()

    html = render_seo(article)
    (data,) = json_ld(html)
    assert data["@type"] == "Article"
    assert data["author"] == [{"@type": "Person", "name": "David ter Avest"}]
    assert data["datePublished"].startswith(article.first_published_at.date().isoformat())
    assert data["description"] == "Een werkvorm voor het gesprek."
    assert meta(html, "og:type") == "article"
