"""Site chrome: main menu, breadcrumbs and footer, read from the editable snippets.

Everything the chrome shows is loaded once per request (``site_chrome``) with a fixed number
of queries, whatever the number of menu items, links or partners. Each snippet is taken in the
reader's language and falls back to the Dutch one; pages it links to are swapped for their
translation in the reader's language when that exists.
"""

from urllib.parse import urljoin

from django import template
from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.localization import in_locale
from home.models import FooterContent, MainMenuItem, Partner, SocialMediaSettings

register = template.Library()

CACHE_ATTR = "_site_chrome"
PARTNER_LOGO_FILTER = "max-240x80"


def _locale_ids():
    """Ids of the reader's locale and of the default locale (the fallback)."""
    codes = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    active = codes.get(get_supported_language_variant(translation.get_language() or settings.LANGUAGE_CODE))
    default = codes.get(get_supported_language_variant(settings.LANGUAGE_CODE))
    return active, default


def _pick_locale(objects, active, default):
    """Of objects in both locales, keep those of the reader's locale, else the default's."""
    for locale_id in (active, default):
        chosen = [obj for obj in objects if obj.locale_id == locale_id]
        if chosen:
            return chosen
    return []


def _localize(pages, locale_id):
    """Swap each page for its live translation in the reader's locale (one query at most)."""
    return in_locale(pages, locale_id, lambda: Page.objects.live().public())


def _menu_items(active, default):
    items = list(
        MainMenuItem.objects.filter(menu__locale_id__in={active, default}, page__live=True)
        .select_related("menu", "page")
        .order_by("menu_id", "sort_order")
    )
    for item in items:
        item.locale_id = item.menu.locale_id
    items = _pick_locale(items, active, default)
    pages = _localize([item.page for item in items], active)
    return [{"text": item.label or page.title, "page": page} for item, page in zip(items, pages, strict=True)]


def _footer(active, default):
    footers = _pick_locale(
        list(FooterContent.objects.filter(locale_id__in={active, default})), active, default
    )
    if not footers:
        return None, []
    footer = footers[0]
    linked = [block.value for block in footer.footer_links if block.value and block.value.live]
    return footer, _localize(linked, active)


def _partners(active, default):
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=PARTNER_LOGO_FILTER)
    partners = (
        Partner.objects.filter(locale_id__in={active, default})
        .select_related("logo")
        .prefetch_related(Prefetch("logo__renditions", queryset=renditions))
    )
    return [
        {
            "name": partner.name,
            "url": partner.url,
            "logo": partner.logo.get_rendition(PARTNER_LOGO_FILTER) if partner.logo else None,
        }
        for partner in _pick_locale(list(partners), active, default)
    ]


def _social_links(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    social = SocialMediaSettings.for_request(request)
    links = [("X / Twitter", social.twitter_url), ("LinkedIn", social.linkedin_url)]
    return [{"name": name, "url": url} for name, url in links if url]


def site_chrome(request):
    """Menu, footer, partners and social links for this request, loaded once."""
    cached = getattr(request, CACHE_ATTR, None) if request is not None else None
    if cached is not None:
        return cached
    active, default = _locale_ids()
    footer, footer_links = _footer(active, default)
    chrome = {
        "menu_items": _menu_items(active, default),
        "footer": footer,
        "footer_links": footer_links,
        "partners": _partners(active, default),
        "social_links": _social_links(request) if request is not None else [],
    }
    if request is not None:
        setattr(request, CACHE_ATTR, chrome)
    return chrome


def absolute_url(request, url):
    """`url` on the site's own address (the Site in the admin), not whatever host was asked."""
    site = Site.find_for_request(request)
    return urljoin(site.root_url, url) if site else request.build_absolute_uri(url)


def _current_state(item_page, page):
    """aria-current value: "page" for the page itself, "true" for the section it is in."""
    if page is None or not isinstance(page, Page):
        return ""
    if item_page.pk == page.pk:
        return "page"
    # The home page is an ancestor of everything; only mark real sections.
    if item_page.depth > 2 and (page.path or "").startswith(item_page.path):
        return "true"
    return ""


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = context.get("page")
    items = [
        {**item, "url": item["page"].get_url(request), "current": _current_state(item["page"], page)}
        for item in site_chrome(request)["menu_items"]
    ]
    return {"menu_items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Home » Actueel » Blog » post: the ancestors below the tree root, then the page."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"crumbs": []}
    trail = [*page.get_ancestors().filter(depth__gte=2), page]
    crumbs = []
    for ancestor in trail:
        url = ancestor.get_url(request)
        crumbs.append(
            {
                # Readers know the root of the site as "Home", whatever the home page is called.
                "title": _("Home") if ancestor.depth == 2 else ancestor.title,
                "url": url,
                "full_url": absolute_url(request, url) if request is not None and url else url,
            }
        )
    crumbs[-1]["current"] = True
    return {"crumbs": crumbs}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    chrome = site_chrome(request)
    footer = chrome["footer"]
    return {
        # The footer includes the newsletter form, which gets the normal page context.
        **context.flatten(),
        "footer": footer,
        "address_lines": footer.address.splitlines() if footer else [],
        "footer_links": [
            {"title": page.title, "url": page.get_url(request)} for page in chrome["footer_links"]
        ],
        "partners": chrome["partners"],
        "social_links": chrome["social_links"],
    }


@register.simple_tag(takes_context=True)
def site_name(context):
    """The site's name as editors set it in Wagtail, else the configured name."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
