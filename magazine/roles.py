"""The magazine's editorial roles and its approval workflow.

"Onderzoekers" (researchers) write articles in the Dutch issues only and submit them for
moderation; they cannot publish. They hold "add" on each Dutch issue, so they edit the articles
they created and those that name them as co-author (magazine/permissions.py), never an issue
page, another researcher's article or a translation (Vertalers translate). "Communicatie" edits and
publishes the whole site and approves what researchers submit: the "Magazine-redactie"
workflow on each magazine index routes every change there to Communicatie.

Everything here is idempotent: it runs after every migrate and whenever a magazine index page
(a new one, or a translation) is created.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import checks
from django.db import connection
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import MagazineIndexPage, MagazineIssuePage

RESEARCHERS = "Onderzoekers"
COMMUNICATIONS = "Communicatie"
WORKFLOW_NAME = "Magazine-redactie"
APPROVAL_TASK_NAME = "Goedkeuring door Communicatie"

RESEARCHER_PAGE_PERMISSIONS = ["add_page"]
COMMUNICATIONS_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Researchers upload and pick the images and documents their articles need.
RESEARCHER_MEDIA_PERMISSIONS = ["add_image", "choose_image", "add_document", "choose_document"]
COMMUNICATIONS_MEDIA_PERMISSIONS = [
    f"{action}_{kind}" for kind in ("image", "document") for action in ("add", "change", "choose", "delete")
]
# Content the communications staff keep up to date besides pages: our own snippets and settings.
PROJECT_APPS = ["home", "articles", "magazine", "search", "engagement"]


def _permissions(app_label, codenames):
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def _grant_pages(group, page, codenames):
    for permission in _permissions("wagtailcore", codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_media(group, codenames):
    root = Collection.get_first_root_node()
    if root is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"], codename__in=codenames
    )
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def _project_model_permissions():
    """add/change/delete/view on our own non-page models (people, partners, menus, comments...)."""
    page_model_names = [
        model._meta.model_name
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS
    ]
    return Permission.objects.filter(content_type__app_label__in=PROJECT_APPS).exclude(
        content_type__model__in=page_model_names
    )


def ensure_workflow(communications):
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, _ = GroupApprovalTask.objects.get_or_create(name=APPROVAL_TASK_NAME)
    task.groups.add(communications)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def setup_magazine_index(page, workflow):
    """Put one magazine index (in any language) under the workflow.

    An index that editors already gave another workflow keeps it.
    """
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


def open_issues_to_researchers(researchers):
    """Exactly "add" on every Dutch issue: grants elsewhere (older set-ups) are taken back."""
    issues = MagazineIssuePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for issue in issues:
        _grant_pages(researchers, issue, RESEARCHER_PAGE_PERMISSIONS)
    GroupPagePermission.objects.filter(group=researchers).exclude(
        page__in=issues, permission__codename__in=RESEARCHER_PAGE_PERMISSIONS
    ).delete()


def ensure_magazine_roles():
    researchers, _ = Group.objects.get_or_create(name=RESEARCHERS)
    communications, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    access_admin = _permissions("wagtailadmin", ["access_admin"])

    researchers.permissions.add(
        *access_admin,
        # Choosing an author in the editor needs at least "view"; researchers may add themselves.
        *_permissions("home", ["view_person", "add_person"]),
    )
    _grant_media(researchers, RESEARCHER_MEDIA_PERMISSIONS)

    communications.permissions.add(
        *access_admin,
        *_project_model_permissions(),
        *Permission.objects.filter(
            Q(content_type__app_label="wagtailredirects") | Q(codename="submit_translation")
        ),
    )
    _grant_media(communications, COMMUNICATIONS_MEDIA_PERMISSIONS)
    # The tree root covers every language's home page, present and future.
    tree_root = Page.get_first_root_node()
    if tree_root is not None:
        _grant_pages(communications, tree_root, COMMUNICATIONS_PAGE_PERMISSIONS)

    workflow = ensure_workflow(communications)
    for page in MagazineIndexPage.objects.all():
        setup_magazine_index(page, workflow)
    open_issues_to_researchers(researchers)
    return researchers, communications


def create_magazine_roles(sender, **kwargs):
    """post_migrate receiver: act on the last app's signal, when every permission exists.

    Django sends the signal only for apps with a models module, so "last" means the last of those.
    """
    apps_with_models = [config for config in apps.get_app_configs() if config.models_module is not None]
    if sender.name == apps_with_models[-1].name:
        ensure_magazine_roles()


def open_new_magazine_page(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new magazine index or issue (or a translation) is set up at once."""
    if created and not raw:
        ensure_magazine_roles()


def tasks_without_reviewers():
    """Approval tasks of active workflows that no active account can approve (superusers aside).

    A page submitted to such a task would be locked with nobody to release it.
    """
    User = get_user_model()
    tasks = GroupApprovalTask.objects.filter(active=True, workflow_tasks__workflow__active=True).distinct()
    return [
        task
        for task in tasks
        if not User.objects.filter(is_active=True, groups__in=task.groups.all()).exists()
    ]


def check_workflow_reviewers(app_configs=None, databases=None, **kwargs):
    """System check (run with --database default, as `migrate` and the deploy check do).

    `migrate` runs it before it creates any table: a database without Wagtail's tables yet has
    no workflow to check."""
    if not databases or GroupApprovalTask._meta.db_table not in connection.introspection.table_names():
        return []
    return [
        checks.Warning(
            f"Goedkeuringstaak '{task.name}' heeft niemand die kan goedkeuren.",
            hint="Voeg een actieve gebruiker toe aan een van de groepen van deze taak.",
            obj=task,
            id="magazine.W001",
        )
        for task in tasks_without_reviewers()
    ]
