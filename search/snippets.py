"""Snippets: the passage of a page with the most matched words, the matches marked.

A word is a match when its stem (search/text.py, the stems the index compares) is one of the
query terms' stems, so "gemeenten" is marked for "gemeente"; stop words are never marked. Both
databases build snippets here, so they look alike.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text import WORD, fold, page_text, stem, term_stems

SNIPPET_WORDS = 35
TOKEN = re.compile(r"\S+")


def query_stems(terms, language_code):
    return set().union(*(term_stems(term, language_code) for term in terms)) if terms else set()


def could_match(word, starts):
    """A stem keeps the start of its word, so only words starting like a wanted stem are stemmed."""
    start = word[:3].lower()
    return start in starts or (not start.isascii() and fold(start) in starts)


def matches(word, wanted, starts, language_code):
    return could_match(word, starts) and stem(word, language_code) in wanted


def is_match(token, wanted, starts, language_code):
    return any(matches(word, wanted, starts, language_code) for word in WORD.findall(token))


def highlight(text, terms, language_code):
    """Escape the text, then wrap each word whose stem a term has in <mark>."""
    wanted = query_stems(terms, language_code)
    starts = {found[:3] for found in wanted}
    # re.split with a group keeps the words at the odd positions.
    parts = re.split(r"(\w+)", text)
    marked = "".join(
        f"<mark>{escape(part)}</mark>"
        if index % 2 and matches(part, wanted, starts, language_code)
        else escape(part)
        for index, part in enumerate(parts)
    )
    return mark_safe(marked)  # noqa: S308 (every part escaped above)


def best_passage(text, terms, language_code, size=SNIPPET_WORDS):
    """The run of about size words holding the most matches, with … where text was left out."""
    tokens = TOKEN.findall(text)
    if len(tokens) <= size:
        return text
    wanted = query_stems(terms, language_code)
    starts = {found[:3] for found in wanted}
    # A text repeats its words: each distinct token is looked at once.
    known = {token: int(is_match(token, wanted, starts, language_code)) for token in set(tokens)}
    hits = [known[token] for token in tokens]
    best_start, best_count, count = 0, sum(hits[:size]), sum(hits[:size])
    for start in range(1, len(tokens) - size + 1):
        count += hits[start + size - 1] - hits[start - 1]
        if count > best_count:
            best_start, best_count = start, count
    # A little context before the first match reads better than starting on it; the passage
    # moves back at most as far as it has words to spare after its last match.
    end = best_start + size - 1
    last_hit = max((i for i in range(best_start, end + 1) if hits[i]), default=end)
    best_start = max(0, best_start - min(5, end - last_hit))
    window = " ".join(tokens[best_start : best_start + size])
    prefix = "… " if best_start else ""
    suffix = " …" if best_start + size < len(tokens) else ""
    return f"{prefix}{window}{suffix}"


def snippets(pages, terms, language_code):
    """A highlighted snippet per page id, for the pages on one result page."""
    return {
        page.pk: highlight(best_passage(page_text(page), terms, language_code), terms, language_code)
        for page in pages
    }
