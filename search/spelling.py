""" "Bedoelde je …?": the site's own words (SearchWord) closest to what was typed, per language.

PostgreSQL ranks the vocabulary by trigram similarity (pg_trgm, through a trigram index); other
databases use difflib over the same vocabulary. A suggestion is only made when a search for it
finds pages, so it never leads to an empty result.
"""

import difflib

from django.db import connection

from .models import SearchWord
from .text import fold, is_stop_word

CANDIDATES = 5
# difflib's ratio is stricter than trigram similarity; 0.75 lets one or two letters differ.
DIFFLIB_CUTOFF = 0.75


def similar_words(word, language_code):
    """Up to CANDIDATES words of the site in this language, the closest first."""
    folded = fold(word)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # "%%" is pg_trgm's similarity operator (escaped for the driver).
            cursor.execute(
                """SELECT word FROM search_searchword WHERE language = %s AND word %% %s AND word <> %s
                ORDER BY similarity(word, %s) DESC, word LIMIT %s""",
                [language_code, folded, folded, folded, CANDIDATES],
            )
            return [row[0] for row in cursor.fetchall()]
    vocabulary = SearchWord.objects.filter(language=language_code).exclude(word=folded)
    words = list(vocabulary.values_list("word", flat=True))
    return difflib.get_close_matches(folded, words, n=CANDIDATES, cutoff=DIFFLIB_CUTOFF)


def did_you_mean(terms, language_code, finds):
    """A corrected query, or None. finds(terms) says whether a search for those terms has results.

    Each term that finds nothing on its own is replaced by the closest site word that does; the
    corrected query is offered only when, as a whole, it finds pages.
    """
    corrected, changed = [], False
    for term in terms:
        if is_stop_word(term, language_code) or finds([term]):
            corrected.append(term)
            continue
        replacement = next((word for word in similar_words(term, language_code) if finds([word])), None)
        if replacement is None:
            return None
        corrected.append(replacement)
        changed = True
    if not changed or not finds(corrected):
        return None
    return " ".join(corrected)
