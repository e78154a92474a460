"""A GIN index on the expression modelsearch's PostgreSQL backend matches against.

The backend filters on (title || body) @@ query. Without an index on that expression
PostgreSQL can neither use an index nor estimate how many rows match, and picks a nested
loop that takes over 100 ms at a thousand pages; with it the same query takes under 1 ms.
"""

from django.db import migrations

INDEX_NAME = "search_indexentry_title_body"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{INDEX_NAME}" ON "{table}" USING gin (("title" || "body"))'
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX_NAME}"')


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
