"""Turn every stored "pull_quote" block into a "quote" with style "featured".

Pages and all their revisions are migrated, so drafts, history and reverts keep their pull quotes.
"""

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


class Migration(migrations.Migration):
    dependencies = [
        ("magazine", "0006_quote_style_replaces_pull_quote"),
    ]

    operations = [
        MigrateStreamData(
            app_name="magazine",
            model_name="MagazineArticlePage",
            field_name="body",
            operations_and_block_paths=OPERATIONS,
        ),
    ]
