"""unaccent and pg_trgm, and an accent-folding text search config per site language (PostgreSQL only).

"<language>_unaccent" is a copy of PostgreSQL's config for the language whose word mappings
first drop accents, then stem: "kenniscafé" and "kenniscafe" become one lexeme, in the index
and in queries. pg_trgm serves "Bedoelde je …?" and the title suggestions. On SQLite the same
folding happens in Python (search/text.py), so this is a no-op there.

Pages indexed before this migration keep their old lexemes until `manage.py update_index`.
"""

from django.conf import settings
from django.db import migrations


def create_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for stemming in sorted(set(settings.SEARCH_LANGUAGES.values())):
        name = f"{stemming}_unaccent"
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{stemming})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemming}_stem"
        )


def drop_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for stemming in sorted(set(settings.SEARCH_LANGUAGES.values())):
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {stemming}_unaccent")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_pagesearchentry_vector_index")]

    operations = [migrations.RunPython(create_configs, drop_configs)]
