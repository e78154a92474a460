"""Listings cost the same number of SQL queries for 5 items as for 500.

Each page is rendered at 5 items (making the renditions and filling the caches), then counted
twice: as a reader's request, and as the first request after a publish. The content then grows
to 500 items and both counts must be exactly the same.
"""

import re
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.cache import start_new_generation
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
from tests.factories.home import HomePageFeaturedItemFactory, PersonFactory

SMALL, LARGE = 5, 500
PAST_EVENT = datetime(2019, 6, 1, 14, tzinfo=timezone.get_default_timezone())


class Content:
    """A site with n items of every kind, all tagged "armoede" and linked to one werkteam."""

    def __init__(self, home_page):
        self.home = home_page
        self.actueel = ActueelIndexPageFactory(parent=home_page)
        self.blog = BlogIndexPageFactory(parent=self.actueel)
        self.news = NewsIndexPageFactory(parent=self.actueel)
        self.agenda = EventIndexPageFactory(parent=self.actueel)
        self.werkteams = WerkteamIndexPageFactory(parent=home_page)
        self.werkteam = WerkteamPageFactory(parent=self.werkteams)
        self.people = [PersonFactory(), PersonFactory()]
        self.article = NewsPageFactory(
            parent=self.news, tags=["armoede"], werkteam=self.werkteam, authors=self.people
        )
        self.blog_post = BlogPageFactory(
            parent=self.blog, tags=["armoede"], werkteam=self.werkteam, authors=self.people
        )
        self.event = EventPageFactory(parent=self.agenda, tags=["armoede"], werkteam=self.werkteam)
        self.count = 0

    def grow(self, total):
        for number in range(self.count, total):
            day = date(2020, 1, 1) - timedelta(days=number)
            common = {"tags": ["armoede", f"onderwerp-{number % 7}"], "werkteam": self.werkteam}
            BlogPageFactory(parent=self.blog, date=day, authors=self.people, **common)
            NewsPageFactory(parent=self.news, date=day, authors=self.people, **common)
            # Past events (the archive grows); the upcoming one is self.event. Every listing then
            # shows a mix of page types at 5 items and at 500, so counts compare.
            EventPageFactory(parent=self.agenda, start=PAST_EVENT - timedelta(days=number), **common)
            WerkteamPageFactory(parent=self.werkteams)
        self.count = total
        start_new_generation()  # as publishing would (factories write pages without its signal)


@pytest.fixture
def content(home_page, settings):
    # A cache as in production (menu, footer and renditions are kept), large enough that nothing
    # is evicted at random once there are hundreds of renditions, so counts compare exactly.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "query-counts",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }
    content = Content(home_page)
    for page in (content.article, content.werkteam):
        HomePageFeaturedItemFactory(home_page=home_page, page=page)
    return content


def shape_of(sql):
    """A query without its parameters, to see which kind of query repeats."""
    return re.sub(r"\([\d, ]+\)|\d+", "N", sql)[:300]


def queries_for(client, url):
    """(queries of a reader's request, queries of the first request after a publish)."""
    client.get(url)  # warm up: renditions and caches
    counts = []
    for after_a_change in (False, True):
        if after_a_change:
            start_new_generation()  # as publishing does: every kept value is built again
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append([query["sql"] for query in queries])
    return counts


# A reader's request, then the first request after a publish (menu, footer, routing and the
# page's own listings built again, once per change). A reader's request is what counts for
# issue 11's limits; both must be the same for 5 items as for 500.
QUERY_COUNTS = {
    "home": (0, 31),
    "actueel": (0, 26),
    "blog index": (0, 23),
    "news index": (0, 23),
    "news index filtered": (0, 23),
    "agenda": (0, 22),
    "agenda archive": (0, 22),
    "werkteam index": (0, 20),
    "werkteam": (0, 26),
    "tag page": (0, 26),
    "article": (0, 28),
    "blog post": (0, 28),
    "event": (0, 20),
    "rss": (4, 10),
    "atom": (4, 10),
}
# The most a reader's request for a page of a kind may cost (issue 11): a piece, a listing.
PIECES = {"article", "blog post", "event"}
PIECE_LIMIT, LISTING_LIMIT = 12, 15

URLS = {
    "home": lambda c: c.home.url,
    "actueel": lambda c: c.actueel.url,
    "blog index": lambda c: c.blog.url,
    "news index": lambda c: c.news.url,
    "news index filtered": lambda c: c.news.url + "?tag=armoede&year=2019&page=2",
    "agenda": lambda c: c.agenda.url,
    "agenda archive": lambda c: c.agenda.url + "archief/",
    "werkteam index": lambda c: c.werkteams.url,
    "werkteam": lambda c: c.werkteam.url,
    "tag page": lambda c: c.actueel.url + "onderwerp/armoede/",
    "article": lambda c: c.article.url,
    "blog post": lambda c: c.blog_post.url,
    "event": lambda c: c.event.url,
    "rss": lambda c: c.news.url + "rss/",
    "atom": lambda c: c.blog.url + "atom/",
}


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_the_number_of_items(client, content):
    """One test for all pages, so the items are built once."""
    content.grow(SMALL)
    small = {name: queries_for(client, url(content)) for name, url in URLS.items()}
    content.grow(LARGE)
    large = {name: queries_for(client, url(content)) for name, url in URLS.items()}
    growing = {
        f"{name} ({'after a change' if moment else 'reader'})": (
            f"{len(small[name][moment])} queries with {SMALL} items, "
            f"{len(large[name][moment])} with {LARGE}; extra: "
            + " | ".join(
                Counter(map(shape_of, large[name][moment])) - Counter(map(shape_of, small[name][moment]))
            )
        )
        for name in URLS
        for moment in (0, 1)
        if len(small[name][moment]) != len(large[name][moment])
    }
    assert not growing, "\n".join(f"{name}: {problem}" for name, problem in growing.items())
    # The exact numbers, so a change that adds a query to every request shows up too.
    counts = {name: (len(reader), len(after_a_change)) for name, (reader, after_a_change) in large.items()}
    assert counts == QUERY_COUNTS
    assert all(
        reader <= (PIECE_LIMIT if name in PIECES else LISTING_LIMIT) for name, (reader, _) in counts.items()
    )
