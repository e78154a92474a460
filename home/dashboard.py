"""Dashboard panels that start each editorial role where its work is.

PageListPanel renders a title, buttons and short lists of pages; the apps that own a role build
one in their wagtail_hooks (construct_homepage_panels). The translators' panel lives here, with
their group (home/translators.py).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

LIST_SIZE = 10


@dataclass
class Row:
    title: str
    url: str
    action_url: str = ""
    action_label: str = ""


@dataclass
class Section:
    title: str
    rows: list
    empty: str


@dataclass
class PageListPanel(Component):
    panel_id: str
    title: str
    order: int = 40
    actions: list = field(default_factory=list)
    sections: list = field(default_factory=list)
    template_name = "home/admin/page_list_panel.html"

    @property
    def name(self):
        return self.panel_id

    def get_context_data(self, parent_context=None):
        return {
            "panel_id": self.panel_id,
            "title": self.title,
            "actions": self.actions,
            "sections": self.sections,
        }


def edit_row(page, **extra):
    return Row(page.get_admin_display_title(), reverse("wagtailadmin_pages:edit", args=(page.pk,)), **extra)


def pages_to_translate(limit=LIST_SIZE):
    """Live Dutch pages without a translation, and those changed since their last translation."""
    dutch = Page.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=1)
    translated_keys = Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE).values(
        "translation_key"
    )
    untranslated = list(
        dutch.exclude(translation_key__in=translated_keys).order_by("-last_published_at")[:limit]
    )
    last_synced = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        specific_content_type=OuterRef("content_type"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("last_updated_at")[:1]
    out_of_sync = [
        page
        for page in dutch.filter(translation_key__in=translated_keys)
        .annotate(synced_at=Subquery(last_synced))
        .filter(synced_at__isnull=False)
        .order_by("-last_published_at")[: limit * 3]
        if page.last_published_at and page.last_published_at > page.synced_at
    ][:limit]
    return untranslated, out_of_sync


def translator_panel():
    untranslated, out_of_sync = pages_to_translate()

    def translate_row(page):
        url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
        return Row(page.get_admin_display_title(), url, url, _("Vertaal"))

    def sync_row(page):
        source = TranslationSource.objects.filter(
            object_id=page.translation_key,
            specific_content_type=ContentType.objects.get_for_id(page.content_type_id),
        ).first()
        url = reverse("wagtail_localize:update_translations", args=(source.pk,)) if source else ""
        return Row(page.get_admin_display_title(), url, url, _("Vertaling bijwerken"))

    return PageListPanel(
        "translator-work",
        _("Te vertalen"),
        order=10,
        sections=[
            Section(
                _("Nog niet vertaald"),
                [translate_row(page) for page in untranslated],
                _("Alles is vertaald."),
            ),
            Section(
                _("Gewijzigd sinds de vertaling"),
                [sync_row(page) for page in out_of_sync],
                _("Alle vertalingen zijn bij."),
            ),
        ],
    )
