"""Snippets in the admin: editors keep people, the menu, footer and partners up to date."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_guards
from .models import FooterContent, MainMenu, Partner, Person


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


class PersonViewSet(SnippetViewSet):
    """Authors and contributors; registering them gives the author fields a searchable chooser."""

    model = Person
    icon = "user"
    menu_label = _("Personen")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]


class SiteChromeGroup(SnippetViewSetGroup):
    menu_label = _("Website")
    menu_icon = "site"
    menu_order = 300
    items = (MainMenuViewSet, FooterContentViewSet, PartnerViewSet)


register_snippet(PersonViewSet)
register_snippet(SiteChromeGroup)


# Forged or out-of-bounds requests are refused before a form is shown or saved (admin_guards.py).
hooks.register("before_edit_page", admin_guards.page_edit_guard)
hooks.register("before_create_page", admin_guards.page_create_guard)
hooks.register("before_create_snippet", admin_guards.snippet_create_guard)
hooks.register("before_edit_snippet", admin_guards.snippet_edit_guard)
