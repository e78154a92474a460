"""WAGTAILSEARCH_BACKENDS comes from the environment: the database, or a cluster per language."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from site_project.settings.search import search_backends

LANGUAGES = {"nl": "dutch", "en": "english"}


def test_database_backend_by_default():
    assert search_backends(LANGUAGES, database_engine="django.db.backends.postgresql") == {
        "default": {"BACKEND": "search.backends"}
    }
    assert search_backends(LANGUAGES, database_engine="django.db.backends.sqlite3") == {
        "default": {"BACKEND": "search.sqlite_backend"}
    }
    expected = "search.sqlite_backend" if connection.vendor == "sqlite" else "search.backends"
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == expected


@pytest.mark.parametrize(
    ("kind", "module"),
    [
        ("elasticsearch", "wagtail.search.backends.elasticsearch8"),
        ("opensearch", "wagtail.search.backends.opensearch2"),
    ],
)
def test_a_cluster_gets_an_index_per_language_with_its_analyser(kind, module):
    backends = search_backends(LANGUAGES, kind, "https://search.internal:9200", "werkplaats")

    assert set(backends) == {"default", "en"}
    dutch, english = backends["default"], backends["en"]
    assert dutch["BACKEND"] == english["BACKEND"] == module
    assert dutch["URLS"] == ["https://search.internal:9200"]
    assert (dutch["INDEX"], english["INDEX"]) == ("werkplaats_nl", "werkplaats_en")
    dutch_analysis = dutch["INDEX_SETTINGS"]["settings"]["analysis"]
    assert dutch_analysis["filter"]["dutch_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert dutch_analysis["filter"]["dutch_stop"] == {"type": "stop", "stopwords": "_dutch_"}
    assert dutch_analysis["analyzer"]["default"]["filter"] == ["lowercase", "dutch_stop", "dutch_stemmer"]
    english_filters = english["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["filter"]
    assert english_filters == ["lowercase", "english_stop", "english_stemmer"]


@pytest.mark.parametrize(("kind", "url"), [("solr", "http://x"), ("elasticsearch", "")])
def test_unknown_backend_or_missing_url_is_refused(kind, url):
    with pytest.raises(ValueError):
        search_backends(LANGUAGES, kind, url)


def test_settings_read_the_environment():
    """The settings module itself builds the cluster config when SEARCH_BACKEND is set."""
    code = (
        "import json; from site_project.settings import base; print(json.dumps(base.WAGTAILSEARCH_BACKENDS))"
    )
    env = {
        **os.environ,
        "SEARCH_BACKEND": "opensearch",
        "SEARCH_URL": "http://os:9200",
        "SEARCH_INDEX_PREFIX": "wp",
    }
    output = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    backends = json.loads(output)
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backends["default"]["URLS"] == ["http://os:9200"]
    assert backends["en"]["INDEX"] == "wp_en"
