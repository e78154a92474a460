"""Words as the search compares them: accents and case folded, stop words dropped, stemmed.

PostgreSQL does this in its "<language>_unaccent" configs; SQLite gets the same from here, with
the Snowball stemmers PostgreSQL uses (snowballstemmer, pinned to the algorithms of PostgreSQL 15).
Plural forms the stemmer leaves apart ("kenniscafe" stems to "kenniscaf", "kenniscafes" stays)
meet through variants(): every query term is also searched with and without a final "s".
"""

import re
import unicodedata
from functools import cache, lru_cache

import snowballstemmer
from django.db.models import Manager
from django.utils.encoding import force_str
from wagtail.search.index import RelatedFields, SearchField

from .languages import stemming_language
from .stopwords import STOP_WORDS

WORD = re.compile(r"\w+")
# Shorter words are rarely typos worth correcting, longer ones are not words.
VOCABULARY_WORD = re.compile(r"^[^\W\d_]{3,40}$")


def fold(word):
    """Lower case without accents: "Kenniscafés" -> "kenniscafes"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def stemmer(stemming):
    return snowballstemmer.stemmer(stemming) if stemming else None


def is_stop_word(word, language_code):
    return fold(word) in STOP_WORDS.get(stemming_language(language_code), ())


@lru_cache(maxsize=50_000)
def stem(word, language_code):
    """The folded, stemmed word; None for a stop word. Cached: the pure-Python stemmer takes tens
    of microseconds a word, and texts repeat their words."""
    stemming = stemming_language(language_code)
    folded = fold(word)
    if folded in STOP_WORDS.get(stemming, ()):
        return None
    language_stemmer = stemmer(stemming)
    return language_stemmer.stemWord(folded) if language_stemmer else folded


def variants(term):
    """The term as typed and its singular or plural in "s", so either form finds both."""
    folded = fold(term)
    if len(folded) > 3 and folded.endswith("s"):
        return [term, folded[:-1]]
    return [term, folded + "s"]


def stems(text, language_code):
    """The text's stems as one space-delimited string, so " stem " finds a whole stem."""
    found = {stem(word, language_code) for word in WORD.findall(text)}
    found.discard(None)
    return f" {' '.join(sorted(found))} " if found else ""


def term_stems(term, language_code):
    """The stems a query term matches: those of its variants (none for a stop word)."""
    if is_stop_word(term, language_code):
        return set()
    return {found for variant in variants(term) if (found := stem(variant, language_code))}


def vocabulary(text, language_code):
    """The folded words of a text that "Bedoelde je …?" may suggest: no stop words, no numbers."""
    stop_words = STOP_WORDS.get(stemming_language(language_code), ())
    return {
        folded
        for word in WORD.findall(text)
        if VOCABULARY_WORD.match(folded := fold(word)) and folded not in stop_words
    }


def page_text(page):
    """The searchable text of a page other than its title, for snippets and the SQLite index."""
    parts = [page.search_description]
    for search_field in page.get_search_fields():
        if isinstance(search_field, SearchField) and search_field.field_name != "title":
            value = search_field.get_value(page)
            if isinstance(value, list | tuple):
                value = " ".join(str(item) for item in value)
            parts.append(str(value or ""))
    return " ".join(" ".join(parts).split())


def field_texts(obj, search_field):
    """The text of one search field, following related fields (authors, tags) as the index does."""
    if isinstance(search_field, SearchField):
        value = search_field.get_value(obj)
        if isinstance(value, list | tuple):
            yield " ".join(force_str(item) for item in value)
        elif isinstance(value, dict):
            yield " ".join(force_str(item) for item in value.values())
        elif value:
            yield force_str(value)
    elif isinstance(search_field, RelatedFields):
        related = search_field.get_value(obj)
        if related is None:
            return
        related = (
            related.all() if isinstance(related, Manager) else [related() if callable(related) else related]
        )
        for item in related:
            for sub_field in search_field.fields:
                yield from field_texts(item, sub_field)


def indexed_text(obj):
    """Everything the search index holds for the object (title, body, authors, tags), as one text."""
    return " ".join(
        text for search_field in obj.get_search_fields() for text in field_texts(obj, search_field)
    )
