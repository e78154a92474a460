"""Language codes to stemming languages and PostgreSQL text search configs, from settings.SEARCH_LANGUAGES.

Each language's PostgreSQL config is an accent-folding copy of PostgreSQL's own (created by
migration 0004), so "kenniscafé" and "kenniscafe" index and query alike.
"""

from django.conf import settings

FALLBACK_CONFIG = "simple"


def stemming_language(language_code):
    """ "dutch" for "nl" or "nl-be"; None for a language the site does not stem."""
    if not language_code:
        return None
    languages = settings.SEARCH_LANGUAGES
    return languages.get(language_code) or languages.get(language_code.split("-")[0])


def config_name(stemming):
    return f"{stemming}_unaccent"


def text_search_config(language_code, default=FALLBACK_CONFIG):
    """The PostgreSQL text search config for a language code such as "en" or "en-gb"."""
    stemming = stemming_language(language_code)
    return config_name(stemming) if stemming else default
