"""A database search backend that stems each language with its own PostgreSQL text search config.

modelsearch's PostgreSQL backend has one SEARCH_CONFIG for everything, and it keeps one
IndexEntry row per object, so two backends (one per language) would overwrite each other's
rows. Instead this backend picks the config per object when indexing (from the object's
locale) and per query (from the active language). The site search always filters on the
reader's locale, so a Dutch query is stemmed like the Dutch pages it can match.

On PostgreSQL it also keeps search.PageSearchEntry, the narrow per-page table the site search
reads (search/query.py), with vectors copied from the index entry in the database, and the
vocabulary of "Bedoelde je …?" (SearchWord). Pages an editor hid from the search get no entry.
SQLite has its own module (search/sqlite_backend.py: the settings choose it, since modelsearch's
SQLite module cannot be imported on PostgreSQL); other databases get modelsearch's backend.
"""

import copy
from itertools import groupby

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from django.utils import translation
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale, Page

from .facets import annotate_facets
from .languages import text_search_config
from .models import PageSearchEntry, SearchWord
from .text import fold, indexed_text, vocabulary


def SearchBackend(params):  # noqa: N802 (modelsearch looks a backend module's class up by this name)
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    return database_search_backend(params)


def split_hidden(objs):
    """The pages to keep entries for and the ids of those hidden from the search."""
    shown, hidden = [], []
    for obj in objs:
        (hidden if getattr(obj, "hide_from_search", False) else shown).append(obj)
    return shown, [obj.pk for obj in hidden]


def page_languages(objs):
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    return {obj.pk: languages.get(obj.locale_id) for obj in objs}


def add_vocabulary(objs, languages):
    words = {
        (languages[obj.pk], word)
        for obj in objs
        if languages[obj.pk]
        for word in vocabulary(indexed_text(obj), languages[obj.pk])
    }
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, word=word) for language, word in words],
        ignore_conflicts=True,
        batch_size=1000,
    )


def facet_values(page_ids):
    return {
        pk: (sort_date, werkteam)
        for pk, sort_date, werkteam in annotate_facets(Page.objects.filter(pk__in=page_ids)).values_list(
            "pk", "sort_date", "search_werkteam"
        )
    }


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        languages = dict(Locale.objects.values_list("pk", "language_code"))

        def text_search_config(obj):
            return self.backend.config_for_language(languages.get(getattr(obj, "locale_id", None)))

        for config, group in groupby(sorted(objs, key=text_search_config), key=text_search_config):
            # modelsearch's indexer reads the config from the index's backend, so each
            # language is written through a copy of the backend set to that language.
            language_index = copy.copy(self)
            language_index.backend = copy.copy(self.backend)
            language_index.backend.config = config
            super(LocalisedPostgresIndex, language_index).add_items(model, list(group))
        if issubclass(model, Page) and objs:
            shown, hidden = split_hidden(objs)
            PageSearchEntry.objects.filter(page_id__in=hidden)._raw_delete(using=self.write_connection.alias)
            if shown:
                self.write_page_entries(model, [obj.pk for obj in shown])
                PageSearchEntry.objects.bulk_update(
                    [PageSearchEntry(page_id=obj.pk, title_folded=fold(obj.title)) for obj in shown],
                    ["title_folded"],
                    batch_size=1000,
                )
                add_vocabulary(shown, page_languages(shown))

    def write_page_entries(self, model, page_ids):
        """Copy the pages' just written index vectors, with their filter values, to PageSearchEntry.

        One INSERT ... SELECT, so the vectors never leave the database; the SELECT's columns come
        in values_list's order, which is the INSERT's.
        """
        rows = (
            annotate_facets(Page.objects.filter(pk__in=page_ids))
            .filter(index_entries__content_type_id=get_content_type_pk(model))
            .values_list(
                "pk",
                "sort_date",
                "search_werkteam",
                "locale_id",
                "index_entries__title",
                CombinedExpression(
                    F("index_entries__title"),
                    "||",
                    F("index_entries__body"),
                    output_field=SearchVectorField(),
                ),
            )
        )
        select, params = rows.query.sql_with_params()
        table = PageSearchEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO {table} (page_id, sort_date, werkteam_id, locale_id, title, vector) {select}
                ON CONFLICT (page_id) DO UPDATE SET sort_date = EXCLUDED.sort_date,
                    werkteam_id = EXCLUDED.werkteam_id, locale_id = EXCLUDED.locale_id,
                    title = EXCLUDED.title, vector = EXCLUDED.vector""",
                params,
            )

    def reset(self):
        super().reset()
        PageSearchEntry.objects.all()._raw_delete(using=self.write_connection.alias)


class LocalisedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.config_for_language(translation.get_language())


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    """Autocomplete keeps modelsearch's unstemmed "simple" config."""

    query_compiler_class = LocalisedPostgresSearchQueryCompiler
    index_class = LocalisedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        # Objects without a locale (images, documents) and code running without an active
        # language use the site's default language.
        self.default_config = self.config or text_search_config(settings.LANGUAGE_CODE)
        self.config = self.default_config

    def config_for_language(self, language_code):
        return text_search_config(language_code, self.default_config)
