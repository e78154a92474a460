"""Snippets in the admin: editors keep people, the menu, footer and partners up to date."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_guards, dashboard, explorer
from .models import FooterContent, MainMenu, Partner, Person
from .translators import GROUP_NAME as TRANSLATORS


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


class DutchFilterMixin:
    """Wagtail's chooser adds a language filter without a label ("Locale")."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = _("Taal")
        return form


class PersonColumnMixin:
    """Wagtail heads the chooser's first column "Titel"; for people it holds their name."""

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Naam")
        return column


class PersonChooseView(DutchFilterMixin, PersonColumnMixin, ChooseView):
    pass


class PersonChooseResultsView(DutchFilterMixin, PersonColumnMixin, ChooseResultsView):
    pass


class PersonChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PersonChooseView
    choose_results_view_class = PersonChooseResultsView


class PersonViewSet(SnippetViewSet):
    """Authors and contributors; registering them gives the author fields a searchable chooser."""

    model = Person
    icon = "user"
    menu_label = _("Personen")
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    chooser_viewset_class = PersonChooserViewSet


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

hooks.register("construct_main_menu", explorer.start_explorer_at_home)


@hooks.register("construct_homepage_panels")
def translators_start_with_their_work(request, panels):
    if request.user.groups.filter(name=TRANSLATORS).exists():
        panels.insert(0, dashboard.translator_panel())
