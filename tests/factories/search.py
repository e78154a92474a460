"""Pages to search: a small Dutch and English tree with blog posts, news, events and werkteams."""

import json
from datetime import date, datetime

from django.utils import timezone
from wagtail.models import Locale

from articles.models import (
    ActueelIndexPage,
    BlogIndexPage,
    BlogPage,
    BlogPageAuthor,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    WerkteamIndexPage,
    WerkteamPage,
)
from home.models import Person, StandardPage


def paragraphs(*texts):
    """StreamField JSON with one paragraph block per text."""
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts])


def publish(page):
    """Publish the page through a revision, as an editor does (tags and authors included)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(parent, page, *, tags=(), authors=(), live=True):
    page.live = False
    parent.add_child(instance=page)
    for tag in tags:
        page.tags.add(tag)
    for person in authors:
        page.authors.add(BlogPageAuthor(person=person))
    page.save_revision()
    if live:
        publish(page)
    return page


def translate_home(home_page, locale):
    english_home = home_page.copy_for_translation(locale)
    english_home.title = "Home"
    return publish(english_home)


def section_tree(home):
    """The indexes under a home page, named in the home page's language."""
    english = home.locale.language_code == "en"
    actueel = add(home, ActueelIndexPage(title="News and events" if english else "Actueel", slug="actueel"))
    return {
        "blog": add(actueel, BlogIndexPage(title="Blog", slug="blog")),
        "news": add(actueel, NewsIndexPage(title="News" if english else "Nieuws", slug="nieuws")),
        "events": add(actueel, EventIndexPage(title="Agenda", slug="agenda")),
        "werkteams": add(home, WerkteamIndexPage(title="Werkteams", slug="werkteams")),
    }


def blog_post(parent, title, *texts, day=date(2024, 5, 1), **kwargs):
    werkteam = kwargs.pop("werkteam", None)
    return add(parent, BlogPage(title=title, date=day, body=paragraphs(*texts), werkteam=werkteam), **kwargs)


def news_item(parent, title, *texts, day=date(2023, 3, 1), **kwargs):
    return add(parent, NewsPage(title=title, date=day, body=paragraphs(*texts)), **kwargs)


def event(parent, title, *texts, start=None, **kwargs):
    start = start or timezone.make_aware(datetime(2022, 9, 15, 19, 30))
    return add(parent, EventPage(title=title, start=start, body=paragraphs(*texts)), **kwargs)


def werkteam(parent, title, theme):
    return add(parent, WerkteamPage(title=title, theme=theme))


def standard_page(parent, title, *texts):
    return add(parent, StandardPage(title=title, body=paragraphs(*texts)))


def person(name, locale=None):
    return Person.objects.create(name=name, locale=locale or Locale.get_default())
