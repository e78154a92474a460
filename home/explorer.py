"""Where the page explorer in the admin's menu opens.

Wagtail opens it at the common ancestor of the user's page permissions: the vertaler in the
English tree, the onderzoeker in the Dutch magazine. Communicatie and administrators hold their
rights on the tree's root, which covers every language, so Wagtail would open at "Root" with
both home pages side by side. They start at the Dutch home page, where most of their work is;
the explorer's way up still leads to the root and the English home page, and the page listing
(Pagina's, breadcrumbs) keeps the root with both languages.
"""

from django.conf import settings
from wagtail.admin.ui.sidebar import PageExplorerMenuItem as PageExplorerMenuItemComponent
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import Page, Site
from wagtail.permission_policies.pages import PagePermissionPolicy


def explorer_start_page(user):
    start = PagePermissionPolicy().explorable_root_instance(user)
    if start is None or not start.is_root():
        return start
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return start
    home = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return home or start


class HomeExplorerMenuItem(ExplorerMenuItem):
    def render_component(self, request):
        start = explorer_start_page(request.user)
        if start is None:
            return super().render_component(request)
        return PageExplorerMenuItemComponent(
            self.name, self.label, self.url, start.id, icon_name=self.icon_name, classname=self.classname
        )


def start_explorer_at_home(request, menu_items):
    """construct_main_menu hook: Wagtail's explorer item, with our start page."""
    for index, item in enumerate(menu_items):
        if type(item) is ExplorerMenuItem:
            menu_items[index] = HomeExplorerMenuItem(
                item.label, item.url, name=item.name, icon_name=item.icon_name, order=item.order
            )
