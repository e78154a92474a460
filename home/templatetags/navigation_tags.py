"""Template tags for the site chrome: main menu, breadcrumbs, footer and the site's name.

The data comes from home/chrome.py (cached per site and language); these tags only add what
depends on the page being shown, such as which menu item is current.
"""

from django import template
from django.utils.translation import gettext as _
from wagtail.models import Page

from home import site
from home.cache import cached
from home.chrome import site_chrome

register = template.Library()


def _current_state(item, page):
    """aria-current value: "page" for the page itself, "true" for the section it is in."""
    if page is None or not isinstance(page, Page):
        return ""
    if item["page_id"] == page.pk:
        return "page"
    # The home page is an ancestor of everything; only mark real sections.
    if len(item["path"]) > 2 * Page.steplen and (page.path or "").startswith(item["path"]):
        return "true"
    return ""


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    items = [{**item, "current": _current_state(item, page)} for item in site_chrome(request)["menu_items"]]
    return {"menu_items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Home » Actueel » Blog » post: the ancestors below the tree root, then the page."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}

    def ancestors():
        return [crumb(ancestor, request) for ancestor in page.get_ancestors().filter(depth__gte=2)]

    # The ancestors are the same for every page below them: kept per content generation.
    trail = cached(f"breadcrumbs:{site.current_site(request).pk}:{page.path[: -page.steplen]}", ancestors)
    return {"crumbs": [*trail, {**crumb(page, request), "current": True}]}


def crumb(page, request):
    url = page.get_url(request)
    return {
        # Readers know the root of the site as "Home", whatever the home page is called.
        "title": _("Home") if page.depth == 2 else page.title,
        "url": url,
        "full_url": site.absolute_url(url, request) if url else url,
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    chrome = site_chrome(request)
    return {
        # The footer includes the newsletter form, which gets the normal page context.
        **context.flatten(),
        "footer": chrome["footer"],
        "footer_links": chrome["footer_links"],
        "partners": chrome["partners"],
        "social_links": chrome["social_links"],
    }


@register.simple_tag(takes_context=True)
def site_name(context):
    return site.site_name(context.get("request"))


@register.filter
def page_numbers(items):
    """The page numbers to link for a Django Page: the ends and the neighbours, "…" between."""
    return items.paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1)
