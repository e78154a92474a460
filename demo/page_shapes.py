"""Every page shape of the site, one example each, per language: for the screenshot command and
the browser tests that walk the whole site (320 px reflow, layout shift)."""

from django.apps import apps
from django.utils import translation
from wagtail.models import Locale

from search.views import SEARCH_PATHS

# (shape name, model label): the newest live page of each type stands for its shape.
PAGE_TYPES = [
    ("home", "home.HomePage"),
    ("standard", "home.StandardPage"),
    ("actueel", "articles.ActueelIndexPage"),
    ("news-index", "articles.NewsIndexPage"),
    ("news", "articles.NewsPage"),
    ("blog-index", "articles.BlogIndexPage"),
    ("blog", "articles.BlogPage"),
    ("agenda", "articles.EventIndexPage"),
    ("event", "articles.EventPage"),
    ("werkteams", "articles.WerkteamIndexPage"),
    ("werkteam", "articles.WerkteamPage"),
    ("magazine-index", "magazine.MagazineIndexPage"),
    ("magazine-issue", "magazine.MagazineIssuePage"),
    ("magazine-article", "magazine.MagazineArticlePage"),
    ("contact", "engagement.ContactPage"),
    ("newsletter", "engagement.NewsletterPage"),
]


def _first_live(label, locale):
    model = apps.get_model(label)
    return model.objects.live().public().filter(locale=locale).order_by("-first_published_at", "-pk").first()


def page_shapes(language):
    """[(name, path)] of every page shape that exists in this language."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    shapes = []
    with translation.override(language):
        for name, label in PAGE_TYPES:
            try:
                page = _first_live(label, locale)
            except LookupError:
                continue
            if page is None:
                continue
            url = page.url
            shapes.append((name, url))
            if name == "agenda":
                shapes.append(("agenda-archive", url + page.reverse_subpage("archive")))
            if name == "magazine-issue":
                shapes.append(("magazine-reading", url + page.reverse_subpage("reading_view")))
            if name == "actueel":
                tag = _any_tag(locale)
                if tag:
                    shapes.append(("tag", url + page.reverse_subpage("tag", kwargs={"tag_slug": tag})))
        search = f"/{language}/{SEARCH_PATHS[language]}"
        shapes.append(("search", search + "?q=werkplaats"))
        shapes.append(("search-empty", search))
        shapes.append(("not-found", f"/{language}/does-not-exist/"))
    return shapes


def _any_tag(locale):
    NewsPage = apps.get_model("articles.NewsPage")
    page = NewsPage.objects.live().filter(locale=locale, tags__isnull=False).first()
    tag = page.tags.first() if page else None
    return tag.slug if tag else ""
