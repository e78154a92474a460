"""Wagtail's default "Moderators approval" workflow and its empty groups go.

Wagtail assigns that workflow to the tree root and has the group "Moderators" approve it; that
group has no members here, so a page submitted to it stayed locked with nobody to approve it.
Pages outside the magazine are published by Communicatie directly; the magazine has its own
"Magazine-redactie" workflow (magazine/roles.py). The groups "Moderators" and "Editors" are
removed only while nobody belongs to them.
"""

from django.db import migrations

DEFAULT_NAME = "Moderators approval"
UNUSED_GROUPS = ["Moderators", "Editors"]


def remove_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Group = apps.get_model("auth", "Group")
    # States of pages still in the workflow go with it, which unlocks those pages.
    Workflow.objects.filter(name=DEFAULT_NAME).delete()
    Task.objects.filter(name=DEFAULT_NAME, workflow_tasks__isnull=True).delete()
    Group.objects.filter(name__in=UNUSED_GROUPS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("magazine", "0004_page_hide_from_search"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(remove_default_workflow, migrations.RunPython.noop)]
