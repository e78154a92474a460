"""Suggestions while typing: up to eight titles of the reader's pages containing what was typed.

Matched on PageSearchEntry.title_folded (accents and case folded, so "kennisc" finds
"Kenniscafé") of the reader's language. Titles starting with the text come first and are read
through a btree range (search.0007): what is typed is mostly a title's start, and a range stops
at the first few. Only when those are too few are titles containing the text read, through the
trigram index, whose cost grows with how many titles contain it. No ORDER BY over all matches:
the first matches are sorted here, titles starting with the text first.
"""

from django.db.models import F, Q

from .models import PageSearchEntry
from .query import among, reader_pages
from .text import fold

MAX_SUGGESTIONS = 8
MIN_LENGTH = 3  # a trigram index needs three characters; fewer match too much to help
MAX_LENGTH = 100
# Titles read before the reader's filters (live, public, place).
CANDIDATES = 400


def title_suggestions(request, locale, text, limit=MAX_SUGGESTIONS):
    folded = fold(" ".join(text.split()))[:MAX_LENGTH]
    if len(folded) < MIN_LENGTH:
        return []
    entries = PageSearchEntry.objects.filter(locale=locale)
    pages = {}
    starting, containing = (Q(title_folded__startswith=folded), Q(title_folded__contains=folded))
    for matching in (entries.filter(starting), entries.filter(containing)):
        if len(pages) >= limit:
            break
        # Titles first, then which of them are the reader's pages, by id: joined the other way
        # round PostgreSQL hashes every page of the language.
        entry_ids = [pk for pk in matching.values_list("page_id", flat=True)[:CANDIDATES] if pk not in pages]
        pages.update(
            (page.pk, page)
            for page in reader_pages(request, locale)
            .filter(among("pk", entry_ids), among("search_entry__page_id", entry_ids))
            .annotate(folded_title=F("search_entry__title_folded"))
            .order_by()
            .only("pk", "title", "url_path", "path", "depth", "locale_id")[: limit * 4]
        )
    return sorted(
        pages.values(),
        key=lambda page: (
            not page.folded_title.startswith(folded),
            page.folded_title.find(folded),
            len(page.title),
            page.title,
        ),
    )[:limit]
