"""Actueel (blog, news, agenda) and the werkteams."""

from .indexes import (
    ActueelIndexPage,
    BlogIndexPage,
    EventIndexPage,
    FeedIndexPage,
    ListingIndexPage,
    NewsIndexPage,
)
from .pages import (
    ArticlePage,
    BlogPage,
    BlogPageAuthor,
    BlogPageTag,
    EventPage,
    EventPageTag,
    NewsPage,
    NewsPageAuthor,
    NewsPageTag,
    split_dated_title,
)
from .werkteams import WerkteamIndexPage, WerkteamLinkMixin, WerkteamPage

__all__ = [
    "ActueelIndexPage",
    "ArticlePage",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageAuthor",
    "BlogPageTag",
    "EventIndexPage",
    "EventPage",
    "EventPageTag",
    "FeedIndexPage",
    "ListingIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageAuthor",
    "NewsPageTag",
    "WerkteamIndexPage",
    "WerkteamLinkMixin",
    "WerkteamPage",
    "split_dated_title",
]
