"""RSS and Atom feeds of a blog or news index, in the index's language, read through the
summary contract (home/summary.py)."""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from home import site

FEED_SIZE = 20


class RssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} | {settings.WAGTAIL_SITE_NAME}"

    def link(self):
        return site.absolute_url(self.index_page.get_url(self.request), self.request)

    def description(self):
        return self.index_page.intro

    def items(self):
        return self.index_page.feed_items()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary_text

    def item_link(self, item):
        return site.absolute_url(item.get_url(self.request), self.request)

    def item_pubdate(self, item):
        published = item.summary_date
        if isinstance(published, datetime):
            return published
        return timezone.make_aware(datetime.combine(published, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(item.summary_author_names) or None

    def item_categories(self, item):
        return [tag.name for tag in getattr(item, item.tags_field).all()]


class AtomFeed(RssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.index_page.intro
