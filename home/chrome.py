"""Site chrome: main menu, footer, partners and social links, read from the editable snippets.

``site_chrome(request)`` gives plain data (texts, URLs, sizes) for the reader's language, built
with a fixed number of queries whatever the number of menu items, links or partners, and kept
per site and language in the cache (home/cache.py) until an editor changes something. Each
snippet is taken in the reader's language and falls back to the Dutch one; pages it links to
are swapped for their translation in the reader's language when that exists.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from .cache import cached_per_language
from .localization import in_locale
from .models import FooterContent, MainMenuItem, Partner, SocialMediaSettings
from .site import current_site
from .visibility import public

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
    return in_locale(pages, locale_id, lambda: public(Page.objects.live()))


def _menu_items(request, active, default):
    items = list(
        MainMenuItem.objects.filter(menu__locale_id__in={active, default}, page__live=True)
        .select_related("menu", "page")
        .order_by("menu_id", "sort_order")
    )
    for item in items:
        item.locale_id = item.menu.locale_id
    items = _pick_locale(items, active, default)
    pages = _localize([item.page for item in items], active)
    return [
        {
            "text": item.label or page.title,
            "url": page.get_url(request),
            "page_id": page.pk,
            "path": page.path,
        }
        for item, page in zip(items, pages, strict=True)
    ]


def _footer(request, active, default):
    footers = _pick_locale(
        list(FooterContent.objects.filter(locale_id__in={active, default})), active, default
    )
    if not footers:
        return None, []
    footer = footers[0]
    linked = [block.value for block in footer.footer_links if block.value and block.value.live]
    details = {
        "organisation_name": footer.organisation_name,
        "address_lines": [line.strip() for line in footer.address.splitlines() if line.strip()],
        "room": footer.room,
        "phone": footer.phone,
        "email": footer.email,
        "newsletter_text": footer.newsletter_text,
    }
    links = [{"title": page.title, "url": page.get_url(request)} for page in _localize(linked, active)]
    return details, links


def _partners(active, default):
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=PARTNER_LOGO_FILTER)
    partners = (
        Partner.objects.filter(locale_id__in={active, default})
        .select_related("logo")
        .prefetch_related(Prefetch("logo__renditions", queryset=renditions))
    )
    chosen = []
    for partner in _pick_locale(list(partners), active, default):
        logo = partner.logo.get_rendition(PARTNER_LOGO_FILTER) if partner.logo else None
        chosen.append(
            {
                "name": partner.name,
                "url": partner.url,
                "logo": {"url": logo.url, "width": logo.width, "height": logo.height} if logo else None,
            }
        )
    return chosen


def _social_links(site):
    if site is None:
        return []
    # Read, not Wagtail's for_site(): that creates the row on a reader's request.
    social = SocialMediaSettings.objects.filter(site=site).first()
    if social is None:
        return []
    links = [("X / Twitter", social.twitter_url), ("LinkedIn", social.linkedin_url)]
    return [{"name": name, "url": url} for name, url in links if url]


def site_chrome(request):
    """Menu, footer, partners and social links for the reader's site and language."""
    site = current_site(request)

    def build():
        active, default = _locale_ids()
        footer, footer_links = _footer(request, active, default)
        return {
            "menu_items": _menu_items(request, active, default),
            "footer": footer,
            "footer_links": footer_links,
            "partners": _partners(active, default),
            "social_links": _social_links(site),
        }

    return cached_per_language("chrome", site.pk if site else None, build)
