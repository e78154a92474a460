"""Titles starting with what was typed, per language, through a btree range (PostgreSQL only:
text_pattern_ops lets LIKE 'text%' use the index whatever the database's collation)."""

from django.db import migrations

INDEX = "search_pagesearchentry_title_prefix"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{INDEX}" ON "search_pagesearchentry" '
            '("locale_id", "title_folded" text_pattern_ops)'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f'DROP INDEX IF EXISTS "{INDEX}"')


class Migration(migrations.Migration):
    dependencies = [("search", "0006_search_entry_locale")]

    operations = [migrations.RunPython(create_index, drop_index)]
