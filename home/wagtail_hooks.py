"""The site chrome in the admin: editors keep the menu, footer and partners up to date."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FooterContent, MainMenu, Partner


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    list_display = ["title", "locale"]


class FooterContentViewSet(SnippetViewSet):
    model = FooterContent
    icon = "form"
    list_display = ["organisation_name", "locale"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "url", "sort_order", "locale"]
    search_fields = ["name"]


class SiteChromeGroup(SnippetViewSetGroup):
    menu_label = _("Website")
    menu_icon = "site"
    menu_order = 300
    items = (MainMenuViewSet, FooterContentViewSet, PartnerViewSet)


register_snippet(SiteChromeGroup)
