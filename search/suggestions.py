"""Suggestions while typing: up to eight titles of the reader's pages containing what was typed.

Matched on PageSearchEntry.title_folded (accents and case folded, so "kennisc" finds
"Kenniscafé"), through its trigram index on PostgreSQL. No ORDER BY over all matches: the first
matches the index hands back are sorted here, titles starting with the text first.
"""

from django.db.models import F

from .models import PageSearchEntry
from .query import among, reader_pages
from .text import fold

MAX_SUGGESTIONS = 8
MIN_LENGTH = 3  # a trigram index needs three characters; fewer match too much to help
MAX_LENGTH = 100
# Titles containing the text read before the reader's filters (language, live, public, place).
CANDIDATES = 400


def title_suggestions(request, locale, text, limit=MAX_SUGGESTIONS):
    folded = fold(" ".join(text.split()))[:MAX_LENGTH]
    if len(folded) < MIN_LENGTH:
        return []
    # Titles first (trigram index), then which of them are the reader's pages, by id: joined the
    # other way round PostgreSQL hashes every page of the language.
    entry_ids = list(
        PageSearchEntry.objects.filter(title_folded__contains=folded).values_list("page_id", flat=True)[
            :CANDIDATES
        ]
    )
    pages = list(
        reader_pages(request, locale)
        .filter(among("pk", entry_ids), among("search_entry__page_id", entry_ids))
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
