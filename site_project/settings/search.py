"""Builds WAGTAILSEARCH_BACKENDS from the environment and SEARCH_LANGUAGES; plain Python, no app imports."""

CLUSTER_BACKENDS = {
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
    "opensearch": "wagtail.search.backends.opensearch2",
}


def language_analysis(analyser):
    """Index settings whose default analyser stems and drops stop words for one language."""
    return {
        "settings": {
            "analysis": {
                "filter": {
                    f"{analyser}_stop": {"type": "stop", "stopwords": f"_{analyser}_"},
                    f"{analyser}_stemmer": {"type": "stemmer", "language": analyser},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", f"{analyser}_stop", f"{analyser}_stemmer"],
                    },
                },
            }
        }
    }


def search_backends(
    languages, kind="database", url="", index_prefix="werkplaats", default_language="nl", database_engine=""
):
    """WAGTAILSEARCH_BACKENDS for SEARCH_BACKEND=database (default), elasticsearch or opensearch.

    A cluster gets one index per language, each analysed with that language's stemmer; the
    default language's backend is "default" (the admin searches there), the others are named
    by language code. Every index holds every page; the site search queries the reader's
    language's index and filters on the reader's locale.
    """
    if kind == "database":
        # The database backends read settings.SEARCH_LANGUAGES themselves (search/languages.py).
        module = "search.sqlite_backend" if "sqlite" in database_engine else "search.backends"
        return {"default": {"BACKEND": module}}
    if kind not in CLUSTER_BACKENDS:
        raise ValueError(f"SEARCH_BACKEND must be database, elasticsearch or opensearch, not {kind!r}.")
    if not url:
        raise ValueError("SEARCH_URL is required when SEARCH_BACKEND is a search cluster.")
    backends = {}
    for language, analyser in languages.items():
        name = "default" if language == default_language else language
        backends[name] = {
            "BACKEND": CLUSTER_BACKENDS[kind],
            "URLS": [url],
            "INDEX": f"{index_prefix}_{language}",
            "TIMEOUT": 5,
            "INDEX_SETTINGS": language_analysis(analyser),
        }
    return backends
