"""Instellingen → Uitgaande e-mail: every attempt to send a mail from the queue, for admins.

A failed attempt shows why (the exception) and whether another attempt is planned; mail that
failed on its last attempt (MAIL_MAX_ATTEMPTS) stays here until someone acts on it.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .tasks import send_message


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The queue is written by the site; people only read it."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def message(result):
    return result.args_kwargs["args"][0]


def attempt(result):
    args = result.args_kwargs["args"]
    return args[1] if len(args) > 1 else result.args_kwargs["kwargs"].get("attempt", 1)


def outcome(result):
    if result.status == "FAILED":
        if attempt(result) >= settings.MAIL_MAX_ATTEMPTS:
            return _("mislukt, geen nieuwe poging")
        return _("mislukt, wordt opnieuw geprobeerd")
    return {"READY": _("in de wachtrij"), "RUNNING": _("wordt verstuurd"), "SUCCESSFUL": _("verstuurd")}.get(
        result.status, result.status
    )


class OutgoingMailViewSet(ModelViewSet):
    model = DBTaskResult
    icon = "mail"
    menu_label = _("Uitgaande e-mail")
    name = "outgoing_mail"
    add_to_settings_menu = True
    menu_order = 900
    list_filter = ["status"]
    ordering = ["-enqueued_at"]
    inspect_view_enabled = True
    # No one adds or edits queued mail (the permission policy refuses); Wagtail still wants a form.
    form_fields = ["status"]
    inspect_view_fields = [
        "status",
        "enqueued_at",
        "finished_at",
        "run_after",
        "exception_class_path",
        "traceback",
    ]
    list_display = [
        Column("subject", label=_("Onderwerp"), accessor=lambda result: message(result)["subject"]),
        Column("to", label=_("Aan"), accessor=lambda result: ", ".join(message(result)["to"])),
        Column("outcome", label=_("Status"), accessor=outcome),
        Column("attempt", label=_("Poging"), accessor=attempt),
        DateColumn("enqueued_at", label=_("In de wachtrij gezet")),
        DateColumn("finished_at", label=_("Afgerond")),
    ]
    permission_policy = ReadOnlyPermissionPolicy(DBTaskResult)

    def get_queryset(self, request):
        return DBTaskResult.objects.filter(task_path=send_message.module_path)
