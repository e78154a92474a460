import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.exports import FormulaSafeExportMixin

from .models import Comment, ConsentText, Registration, Subscriber
from .moderation import ModerateColumn, PendingFirstIndexView, moderate
from .outbox import OutgoingMailViewSet
from .services import moderate_comments


def pending_comment_count():
    return Comment.objects.filter(status=Comment.Status.PENDING).count()


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Comments and subscribers only come in through the public forms, never typed in by staff."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Reacties")
    list_display = [
        "name",
        Column("excerpt", label=_("Reactie")),
        "page",
        "status",
        "created_at",
        ModerateColumn("moderate", label=_("Beoordelen")),
    ]
    list_filter = ["status"]
    index_view_class = PendingFirstIndexView
    search_fields = ["name", "body"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_enabled = True

    @cached_property
    def permission_policy(self):
        return NoAddPermissionPolicy(self.model)

    def get_queryset(self, request):
        return Comment.objects.select_related("page")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("moderate/<int:pk>/<str:action>/", moderate, name="moderate"),
        ]

    @cached_property
    def menu_item_class(self):
        base = super().menu_item_class

        class PendingCountMenuItem(base):
            """Shows the number of comments waiting for a moderator in the menu label."""

            def render_component(self, request):
                component = super().render_component(request)
                if count := pending_comment_count():
                    component.label = f"{self.label} ({count})"
                return component

        return PendingCountMenuItem


class ExportIndexView(FormulaSafeExportMixin, IndexView):
    """Listings exported as CSV or XLSX (the buttons Wagtail shows), with the listing's filters."""


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = _("Nieuwsbrief")
    list_display = ["email", "status", "signed_up_at", "confirmed_at", "consent_text"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    search_backend_name = None
    inspect_view_enabled = True
    index_view_class = ExportIndexView
    list_export = [
        "email",
        "get_status_display",
        "language",
        "signed_up_at",
        "confirmed_at",
        "consent_text.version",
        "source_url",
    ]
    export_headings = {
        "get_status_display": _("Status"),
        "consent_text.version": _("Versie toestemmingstekst"),
    }
    export_filename = "nieuwsbrief-abonnees"

    @cached_property
    def permission_policy(self):
        return NoAddPermissionPolicy(self.model)

    def get_edit_handler(self):
        # Only the status can change; the consent record stays as it was given.
        return ObjectList([FieldPanel("status")]).bind_to_model(self.model)


class ConsentTextViewSet(SnippetViewSet):
    model = ConsentText
    icon = "doc-full"
    menu_label = _("Toestemmingsteksten")
    list_display = ["__str__", "text", "created_at"]
    inspect_view_enabled = True


class RegistrationFilterSet(WagtailFilterSet):
    # Registrations point at pages; only those with registrations are worth choosing from.
    event = django_filters.ModelChoiceFilter(
        label=_("evenement"),
        queryset=Page.objects.filter(registrations__isnull=False).distinct().order_by("title"),
    )

    class Meta:
        model = Registration
        fields = ["event", "status"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "date"
    menu_label = _("Aanmeldingen")
    list_display = ["name", "organisation", "event", "status", "created_at"]
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "organisation"]
    search_backend_name = None
    inspect_view_enabled = True
    index_view_class = ExportIndexView
    list_export = [
        "event.title",
        "name",
        "email",
        "organisation",
        "remarks",
        "get_status_display",
        "created_at",
    ]
    export_headings = {"event.title": _("Evenement"), "get_status_display": _("Status")}
    export_filename = "aanmeldingen"

    def get_queryset(self, request):
        return Registration.objects.select_related("event")


class EngagementGroup(SnippetViewSetGroup):
    items = (CommentViewSet, SubscriberViewSet, ConsentTextViewSet, RegistrationViewSet)
    menu_icon = "group"
    menu_label = _("Betrokkenheid")
    menu_name = "engagement"
    menu_order = 250


register_snippet(EngagementGroup)


class ModerateBulkAction(SnippetBulkAction):
    """Set the status of the selected comments in one go."""

    models = [Comment]
    template_name = "engagement/admin/confirm_bulk_moderate.html"
    new_status = None

    def check_perm(self, obj):
        return self.request.user.has_perm("engagement.change_comment")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return moderate_comments([comment.pk for comment in objects], cls.new_status), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message(num_parent_objects) % {"count": num_parent_objects}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_label": self.display_name}


@hooks.register("register_bulk_action")
class ApproveCommentsBulkAction(ModerateBulkAction):
    display_name = _("Goedkeuren")
    action_type = "approve"
    aria_label = _("Geselecteerde reacties goedkeuren")
    action_priority = 10
    new_status = Comment.Status.APPROVED

    @staticmethod
    def success_message(count):
        return ngettext("%(count)d reactie goedgekeurd.", "%(count)d reacties goedgekeurd.", count)


@hooks.register("register_bulk_action")
class RejectCommentsBulkAction(ModerateBulkAction):
    display_name = _("Afwijzen")
    action_type = "reject"
    aria_label = _("Geselecteerde reacties afwijzen")
    action_priority = 20
    new_status = Comment.Status.REJECTED

    @staticmethod
    def success_message(count):
        return ngettext("%(count)d reactie afgewezen.", "%(count)d reacties afgewezen.", count)


@hooks.register("register_bulk_action")
class SpamCommentsBulkAction(ModerateBulkAction):
    display_name = _("Spam")
    action_type = "spam"
    aria_label = _("Geselecteerde reacties als spam markeren")
    action_priority = 25
    new_status = Comment.Status.SPAM

    @staticmethod
    def success_message(count):
        return ngettext(
            "%(count)d reactie als spam gemarkeerd.", "%(count)d reacties als spam gemarkeerd.", count
        )


class PendingCommentsPanel(Component):
    name = "pending_comments"
    order = 50
    template_name = "engagement/admin/pending_comments_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        url = reverse(Comment.snippet_viewset.get_url_name("list")) + "?status=pending"
        return {"count": self.count, "url": url}


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if request.user.has_perm("engagement.change_comment"):
        panels.append(PendingCommentsPanel(pending_comment_count()))


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return OutgoingMailViewSet()
