"""The magazine's section on the home page: the newest issue as a teaser."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, WorkflowState

from home.dashboard import LIST_SIZE, PageListPanel, Row, Section, edit_row
from home.sections import HOOK_NAME, HomeSection

from .models import MagazineArticlePage, MagazineIssuePage
from .roles import COMMUNICATIONS, RESEARCHERS


@hooks.register(HOOK_NAME)
def magazine_teaser(home_page, shown_page_ids):
    """The newest live issue of the reader's language: cover, editorial intro, contents link."""
    issue = (
        MagazineIssuePage.listing_pages()
        .select_related("cover_image")
        .order_by("-issue_date", "-issue_number")
        .first()
    )
    if issue is None:
        return None
    return HomeSection(
        key="magazine",
        title=_("Het magazine"),
        template="magazine/includes/home_teaser.html",
        order=40,
        context={"issue": issue},
    )


def current_issue():
    """The newest Dutch issue: where a researcher's new article goes."""
    return (
        MagazineIssuePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("-issue_date", "-issue_number")
        .first()
    )


def researcher_panel(user):
    issue = current_issue()
    actions = []
    if issue is not None:
        url = reverse("wagtailadmin_pages:add", args=("magazine", "magazinearticlepage", issue.pk))
        actions.append(Row(_("Nieuw artikel in het huidige nummer"), url))
    drafts = MagazineArticlePage.objects.filter(owner=user, has_unpublished_changes=True).order_by(
        "-latest_revision_created_at"
    )[:LIST_SIZE]
    return PageListPanel(
        "researcher-work",
        _("Schrijven voor het magazine"),
        order=10,
        actions=[{"label": row.title, "url": row.url} for row in actions],
        sections=[Section(_("Mijn concepten"), [edit_row(page) for page in drafts], _("Geen concepten."))],
    )


def communications_panel():
    drafts = Page.objects.filter(has_unpublished_changes=True, depth__gt=1).order_by(
        "-latest_revision_created_at"
    )[:LIST_SIZE]
    waiting = Page.objects.filter(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS).distinct()[
        :LIST_SIZE
    ]
    return PageListPanel(
        "communications-work",
        _("Redactie"),
        order=10,
        sections=[
            Section(
                _("Wacht op goedkeuring"), [edit_row(page) for page in waiting], _("Niets te beoordelen.")
            ),
            Section(_("Concepten"), [edit_row(page) for page in drafts], _("Geen concepten.")),
        ],
    )


@hooks.register("construct_homepage_panels")
def editors_start_with_their_work(request, panels):
    groups = set(request.user.groups.values_list("name", flat=True))
    if COMMUNICATIONS in groups:
        panels.insert(0, communications_panel())
    if RESEARCHERS in groups:
        panels.insert(0, researcher_panel(request.user))
