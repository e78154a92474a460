"""One live page of each shape, for the scripts that measure the site (benchmark, Lighthouse).

Shapes are named by page model; the part each plays (home, listing, piece, search) says which
page of a reference site it is compared with. Models are found by name, so this module knows no
feature app.
"""

from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

# Page type (by model name) → the part it plays, to find the reference page to compare with.
PAGE_SHAPES = {
    "HomePage": "home",
    "ActueelIndexPage": "listing",
    "NewsIndexPage": "listing",
    "BlogIndexPage": "listing",
    "EventIndexPage": "listing",
    "WerkteamIndexPage": "listing",
    "MagazineIndexPage": "listing",
    "MagazineIssuePage": "listing",
    "NewsPage": "piece",
    "BlogPage": "piece",
    "EventPage": "piece",
    "WerkteamPage": "piece",
    "MagazineArticlePage": "piece",
    "StandardPage": "piece",
    "ContactPage": "piece",
    "NewsletterPage": "piece",
}
SEARCH_QUERIES = {"nl": "eenzaamheid", "en": "loneliness"}


def sample_paths(language_code):
    """(shape name, part it plays, path) for one live page of each type, plus the search page."""
    samples = []
    pages = Page.objects.live().filter(locale__language_code=language_code).specific().order_by("path")
    seen = set()
    for page in pages:
        name = type(page).__name__
        if name in PAGE_SHAPES and name not in seen:
            seen.add(name)
            samples.append((name, PAGE_SHAPES[name], urlsplit(page.get_url()).path))
    with translation.override(language_code):
        samples.append(
            ("search", "search", f"{reverse(f'search_{language_code}')}?q={SEARCH_QUERIES[language_code]}")
        )
    return samples
