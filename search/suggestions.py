"""Suggestions while typing: up to eight titles of the reader's pages containing what was typed.

Matched on PageSearchEntry.title_folded (accents and case folded, so "kennisc" finds
"Kenniscafé"), through its trigram index on PostgreSQL. No ORDER BY over all matches: the first
matches the index hands back are sorted here, titles starting with the text first.
"""

from django.db.models import F

from .query import reader_pages
from .text import fold

MAX_SUGGESTIONS = 8
MIN_LENGTH = 3  # a trigram index needs three characters; fewer match too much to help
MAX_LENGTH = 100


def title_suggestions(request, locale, text, limit=MAX_SUGGESTIONS):
    folded = fold(" ".join(text.split()))[:MAX_LENGTH]
    if len(folded) < MIN_LENGTH:
        return []
    pages = list(
        reader_pages(request, locale)
        .filter(search_entry__title_folded__contains=folded)
        .annotate(folded_title=F("search_entry__title_folded"))
        .order_by()
        .only("pk", "title", "url_path", "path", "depth", "locale_id")[: limit * 4]
    )
    pages.sort(
        key=lambda page: (
            not page.folded_title.startswith(folded),
            page.folded_title.find(folded),
            len(page.title),
            page.title,
        )
    )
    return pages[:limit]
