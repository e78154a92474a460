"""The moderators' group, created after every migrate so it always exists."""

from django.contrib.auth.models import Group, Permission

MODERATORS_GROUP = "Moderatoren"
MODERATOR_PERMISSIONS = [
    ("engagement", "view_comment"),
    ("engagement", "change_comment"),
    ("engagement", "delete_comment"),
    ("wagtailadmin", "access_admin"),
]


def ensure_moderators_group(using="default", **kwargs):
    group, _created = Group.objects.using(using).get_or_create(name=MODERATORS_GROUP)
    for app_label, codename in MODERATOR_PERMISSIONS:
        permission = (
            Permission.objects.using(using)
            .filter(content_type__app_label=app_label, codename=codename)
            .first()
        )
        if permission:
            group.permissions.add(permission)
