"""Demo content for Actueel and the werkteams: the five seed pages as real pages.

The words are in demo/content/ (Dutch and English side by side); this module puts the Dutch
ones in place. Safe to run again: pages are found by slug, people by name, and pages are only
published again when their demo content changed.
"""

from datetime import datetime, time

from django.utils import timezone
from wagtail.models import Locale, Page

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
from home.models import HomePageFeaturedItem, Person

from .content import posts as posts_content
from .content import sections
from .content.people import PEOPLE
from .images import demo_image
from .pages import dutch_home, set_people, set_tags, upsert_page

TIMEZONE = timezone.get_default_timezone()

# Home page "Uitgelicht", in this order.
FEATURED_SLUGS = [
    "iedereen-kan-zorgen-voor-meer-verbondenheid",
    "platform-ontmoeting-en-innovatie",
    "dagdroom-negen-maanden",
]


def dutch(data, *exclude):
    """The Dutch fields of a content dict, without the ones a loader sets itself."""
    return {key: value for key, value in data["nl"].items() if key not in ("slug", "tags", *exclude)}


def load_people(locale):
    people = {}
    for name, data in PEOPLE.items():
        person, _ = Person.objects.update_or_create(locale=locale, name=name, defaults=data["nl"])
        people[name] = person
    return people


def load_werkteams(home):
    index = upsert_page(home, WerkteamIndexPage, "werkteams", **dutch(sections.WERKTEAM_INDEX))
    werkteams = {}
    for data in sections.WERKTEAMS:
        fields = dutch(data)
        fields.update(number=data["number"], period_start=data.get("period_start"))
        fields["period_end"] = data.get("period_end")
        fields["image"] = demo_image(f"Werkteam {fields['title']}", data["colour"])
        slug = data["nl"]["slug"]
        werkteams[slug] = upsert_page(index, WerkteamPage, slug, **fields)
    return werkteams


def load_posts(actueel, people, werkteams):
    blog_index = upsert_page(actueel, BlogIndexPage, "blog", **dutch(sections.BLOG_INDEX))
    news_index = upsert_page(actueel, NewsIndexPage, "nieuws", **dutch(sections.NEWS_INDEX))
    posts = {}
    for data in posts_content.POSTS:
        model = BlogPage if data is posts_content.BLOG else NewsPage
        fields = dutch(data)
        if "imported_title" in data:
            # The old site glued the date into the title; the import rule takes it out.
            post_date, fields["title"] = split_dated_title(data["imported_title"])
        else:
            post_date = data["date"]
        slug = data["nl"]["slug"]
        posts[slug] = upsert_page(
            blog_index if model is BlogPage else news_index,
            model,
            slug,
            relations={
                "tags": set_tags(data["nl"]["tags"]),
                "authors": set_people("authors", [people[name] for name in data["authors"]]),
            },
            date=post_date,
            image=demo_image(fields["title"], data["colour"]),
            werkteam=werkteams.get(data.get("werkteam")),
            source_url="",
            source_label="",
            **fields,
        )
    return posts


def day_start(day):
    """Local midnight of a day: the stored start of an event whose time is not known."""
    return datetime.combine(day, time.min, tzinfo=TIMEZONE)


def load_events(actueel):
    agenda = upsert_page(actueel, EventIndexPage, "agenda", **dutch(sections.AGENDA))
    events = {}
    for data in sections.EVENTS:
        slug = data["nl"]["slug"]
        fields = dutch(data)
        events[slug] = upsert_page(
            agenda,
            EventPage,
            slug,
            relations={"tags": set_tags(data["nl"]["tags"])},
            start=day_start(data["date"]),
            end=None,
            time_known=False,
            address="",
            werkteam=None,
            image=demo_image(fields["title"], data["colour"]),
            **fields,
        )
    return events


def remove_retired(home):
    """Pages an earlier demo made up (a fourth werkteam, kenniscafés with invented dates)."""
    for relative_path in sections.RETIRED:
        for page in Page.objects.filter(url_path=home.url_path + relative_path, locale=home.locale):
            for translation in page.get_translations():
                translation.delete()
            page.delete()


def load_featured(home, pages):
    wanted = [pages[slug].pk for slug in FEATURED_SLUGS]
    if [item.page_id for item in home.featured_items.all()] == wanted:
        return
    home.featured_items = [
        HomePageFeaturedItem(page_id=page_id, sort_order=order) for order, page_id in enumerate(wanted)
    ]
    home.save_revision().publish()


def load(stdout):
    locale = Locale.get_default()
    home = dutch_home()
    people = load_people(locale)
    remove_retired(home)
    werkteams = load_werkteams(home)
    actueel = upsert_page(home, ActueelIndexPage, "actueel", **dutch(sections.ACTUEEL))
    posts = load_posts(actueel, people, werkteams)
    events = load_events(actueel)
    load_featured(home, {**posts, **werkteams, **events})
    stdout.write(f"Actueel: {len(posts)} berichten, {len(events)} evenementen en {len(werkteams)} werkteams.")
