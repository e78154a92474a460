"""Search rows know their page's language; on PostgreSQL a query's candidates come from one GIN
index on (locale, vector) through a function that always uses it.

The site search reads a common word's first CANDIDATES matches before filtering them. Matched on
the vector alone, those could all be pages of the other language (a word both languages use:
"school", "project"), leaving the reader none. Matched with the locale, they are the reader's.

PostgreSQL's planner assumes matches are spread evenly through the table and prefers reading it
from the start until it has enough; a language's pages are often stored together, so it may read
all of the other language's rows first (50,000 at 100,000 pages), and where it starts reading
varies (synchronised scans), so the candidates would vary too. search_matching_pages() turns
sequential scans off for its one statement: the bitmap index scan reads only matching rows, in
the same order every time.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

OLD_INDEX = "search_pagesearchentry_vector"
INDEX = "search_pagesearchentry_locale_vector"
FUNCTION = """CREATE OR REPLACE FUNCTION search_matching_pages(locale integer, query tsquery, how_many integer)
RETURNS SETOF integer LANGUAGE sql STABLE PARALLEL SAFE ROWS 2002 SET enable_seqscan = off AS $$
    SELECT page_id FROM search_pagesearchentry WHERE locale_id = locale AND vector @@ query LIMIT how_many
$$"""


def fill_locales(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # A large site's rows take longer than the site's statement time limit (this transaction only).
        schema_editor.execute("SET LOCAL statement_timeout = 0")
    page = apps.get_model("wagtailcore", "Page")
    apps.get_model("search", "PageSearchEntry").objects.update(
        locale_id=Subquery(page.objects.filter(pk=OuterRef("page_id")).values("locale_id")[:1])
    )


def create_index_and_function(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS btree_gin")
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "search_pagesearchentry" '
        'USING gin ("locale_id", "vector") WITH (fastupdate = off)'
    )
    schema_editor.execute(f'DROP INDEX IF EXISTS "{OLD_INDEX}"')
    schema_editor.execute(FUNCTION)


def drop_index_and_function(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP FUNCTION IF EXISTS search_matching_pages(integer, tsquery, integer)")
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{OLD_INDEX}" ON "search_pagesearchentry" '
        'USING gin ("vector") WITH (fastupdate = off)'
    )
    schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("search", "0005_search_words_and_folded_titles"),
    ]

    operations = [
        migrations.AddField(
            model_name="pagesearchentry",
            name="locale",
            field=models.ForeignKey(
                db_index=False,
                null=True,
                on_delete=models.deletion.CASCADE,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.RunPython(fill_locales, migrations.RunPython.noop),
        migrations.RunPython(create_index_and_function, drop_index_and_function),
    ]
