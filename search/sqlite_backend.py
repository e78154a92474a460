"""The SQLite search backend: modelsearch's, plus search.PageSearchEntry with the folded stems of
search/text.py, so the site search matches on SQLite as PostgreSQL's accent-folding configs do.

Chosen by the settings for a SQLite database (site_project/settings/search.py); modelsearch's
SQLite module cannot even be imported on PostgreSQL.
"""

from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend
from wagtail.models import Page

from .backends import add_vocabulary, facet_values, page_languages, split_hidden
from .models import PageSearchEntry
from .text import fold, indexed_text, stems


class FoldingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not issubclass(model, Page) or not objs:
            return
        shown, hidden = split_hidden(objs)
        PageSearchEntry.objects.filter(page_id__in=hidden).delete()
        languages = page_languages(shown)
        values = facet_values([obj.pk for obj in shown])
        PageSearchEntry.objects.bulk_create(
            [
                PageSearchEntry(
                    page_id=obj.pk,
                    sort_date=values.get(obj.pk, (None, None))[0],
                    werkteam_id=values.get(obj.pk, (None, None))[1],
                    locale_id=obj.locale_id,
                    title="",
                    vector="",
                    title_folded=fold(obj.title),
                    title_stems=stems(obj.title, languages[obj.pk]),
                    stems=stems(indexed_text(obj), languages[obj.pk]),
                )
                for obj in shown
            ],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["sort_date", "werkteam", "locale", "title_folded", "title_stems", "stems"],
        )
        add_vocabulary(shown, languages)

    def reset(self):
        super().reset()
        PageSearchEntry.objects.all().delete()


class FoldingSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = FoldingSQLiteIndex
    # search/query.py matches on PageSearchEntry.stems for this backend.
    folds_in_python = True


SearchBackend = FoldingSQLiteSearchBackend
