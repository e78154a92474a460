"""Turn every stored "pull_quote" block into a "quote" with style "featured".

Pages and all their revisions are migrated, so drafts, history and reverts keep their pull quotes;
so are wagtail-localize's stored copies of the Dutch articles, from which translations are built.
"""

import json

from django.db import migrations
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation, RenameStreamChildrenOperation


class FeaturePullQuotesOperation(BaseBlockOperation):
    """Sets style "featured" on each pull_quote child of the stream.

    It works on the stream, not on the pull_quote blocks: their definition is gone at this point.
    """

    def apply(self, block_value):
        return [
            {**child, "value": {**child["value"], "style": "featured"}} if child["type"] == "pull_quote" else child
            for child in block_value
        ]

    @property
    def operation_name_fragment(self):
        return "feature_pull_quotes"


OPERATIONS = [
    (FeaturePullQuotesOperation(), ""),
    (RenameStreamChildrenOperation(old_name="pull_quote", new_name="quote"), ""),
]


def featured(stream):
    for operation, _path in OPERATIONS:
        stream = operation.apply(stream)
    return stream


def migrate_translation_sources(apps, schema_editor):
    """The copies wagtail-localize keeps of each source article (its JSON serialisation)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    article_type = ContentType.objects.filter(app_label="magazine", model="magazinearticlepage").first()
    if article_type is None:
        return
    for source in TranslationSource.objects.filter(specific_content_type=article_type):
        content = json.loads(source.content_json)
        body = content.get("body")
        stream = json.loads(body) if isinstance(body, str) else body
        if not stream or not any(child.get("type") == "pull_quote" for child in stream):
            continue
        stream = featured(stream)
        content["body"] = json.dumps(stream) if isinstance(body, str) else stream
        source.content_json = json.dumps(content)
        source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("magazine", "0006_quote_style_replaces_pull_quote"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        MigrateStreamData(
            app_name="magazine",
            model_name="MagazineArticlePage",
            field_name="body",
            operations_and_block_paths=OPERATIONS,
        ),
        migrations.RunPython(migrate_translation_sources, migrations.RunPython.noop),
    ]
