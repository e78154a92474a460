"""Language switcher and hreflang alternates for every page and view.

Both languages are separate Wagtail trees linked by ``translation_key``. The switcher goes to
this page's live translation, else to the nearest ancestor that has one, else to the other
language's home page, so it never leads to a 404. Sub-routes of routable pages (the archive,
the reading view) keep their route; tag pages, whose tags belong to one language, do not.
Views that are not Wagtail pages go to the same view in the other language (search:
/nl/zoeken/ ↔ /en/search/), keeping the query string.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse, translate_url
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Page

from home import site
from home.cache import cached

register = template.Library()

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Version:
    """A live page in one language, as the switcher and the hreflang links need it."""

    pk: int
    translation_key: str
    url: str


def _versions(pages, request):
    """{language code: Version}; a later page of the same language replaces an earlier one."""
    return {
        page.locale.language_code: Version(page.pk, str(page.translation_key), page.get_url(request))
        for page in pages
    }


def _site_pk(request):
    current = site.current_site(request)
    return current.pk if current else None


def live_translations(page, request):
    """{language code: Version} of the live, non-alias versions of ``page``, itself included;
    kept per content generation (home/cache.py)."""

    def build():
        pages = (
            Page.objects.live()
            .filter(translation_key=page.translation_key, alias_of__isnull=True)
            .select_related("locale")
        )
        return _versions(pages, request)

    return cached(f"translations:{_site_pk(request)}:{page.translation_key}", build)


def nearest_translations(page, request):
    """{language code: Version of the deepest live page} among ``page`` and its ancestors in each
    language; two queries whatever the depth, then kept per content generation."""

    def build():
        keys = list(
            page.get_ancestors(inclusive=True).filter(depth__gt=1).values_list("translation_key", flat=True)
        )
        candidates = (
            Page.objects.live()
            .filter(translation_key__in=keys, alias_of__isnull=True)
            .select_related("locale")
            .order_by("depth")  # deeper pages replace their ancestors
        )
        return _versions(candidates, request)

    return cached(f"nearest-translations:{_site_pk(request)}:{page.path}", build)


def home_pages(request):
    """{language code: Version of the live home page} for the request's site."""
    current = site.current_site(request)
    if current is None:
        return {}

    def build():
        homes = (
            Page.objects.live()
            .filter(translation_key=current.root_page.translation_key, alias_of__isnull=True)
            .select_related("locale")
        )
        return _versions(homes, request)

    return cached(f"home-pages:{current.pk}", build)


def translated_view_url(request, language_code):
    """The same non-page view in another language (``/nl/zoeken/`` → ``/en/search/``), or None.

    Views whose URL names end in the language code (``search_nl``, ``search_en``) are
    reversed under the other language's name, so each language keeps its own path; other
    views go through ``translate_url``. Wagtail's catch-all page view cannot be translated by
    URL pattern (slugs differ per language), so requests it serves, page 404s included,
    return None.
    """
    try:
        match = resolve(request.path)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        return None
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    current = get_language()
    if match.view_name.endswith(f"_{current}"):
        sibling = match.view_name[: -len(current)] + language_code
        with override(language_code):
            try:
                return reverse(sibling, args=match.args, kwargs=match.kwargs) + suffix
            except NoReverseMatch:
                pass
    translated = translate_url(request.get_full_path(), language_code)
    if translated == request.get_full_path() and language_code != current:
        return None
    return translated


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) and page.pk else None


def route_suffix(request, page, language_code=None):
    """(suffix, shared) for the sub-route of a routable page being served: ("archief/", True).

    A route without arguments (the agenda's archive, an issue's reading view) exists in every
    translation of the page, under that language's words ("archive/" in English). One with
    arguments exists in this language only: tag pages list tags, and tags belong to one language.
    """
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not hasattr(page, "reverse_subpage"):
        return "", True
    with override(language_code or get_language()):
        suffix = page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)
    return suffix, not (match.args or match.kwargs)


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per language: where "this page in that language" is, and whether it is exact."""
    request = context.get("request")
    current_language = get_language()
    page = _current_page(context)
    nearest = nearest_translations(page, request) if page is not None else {}
    homes = None
    links = []
    for code in _language_codes():
        url = None
        is_exact = False
        if page is not None and code in nearest:
            url = nearest[code].url
            is_exact = nearest[code].translation_key == str(page.translation_key)
            suffix, shared = route_suffix(request, page, code)
            if is_exact and suffix:
                if shared or code == current_language:
                    url += suffix
                else:
                    # A tag page has no translation: go to the translated page it belongs to.
                    is_exact = False
        elif page is None and request is not None:
            url = translated_view_url(request, code)
            is_exact = url is not None
        if url is None:
            if homes is None:
                homes = home_pages(request) if request is not None else {}
            if code in homes:
                url = homes[code].url
        if url is None and code != current_language:
            continue
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "is_current": code == current_language,
                "is_exact": is_exact,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """hreflang alternates: the live translations of this page (or view) plus x-default (Dutch)."""
    request = context.get("request")
    if request is None:
        return []
    page = _current_page(context)
    urls = {}
    if page is not None:
        for code, translation in live_translations(page, request).items():
            suffix, shared = route_suffix(request, page, code)
            if shared or translation.pk == page.pk:
                urls[code] = translation.url + suffix
    else:
        for code in _language_codes():
            url = translated_view_url(request, code)
            if url is not None:
                urls[code] = url
    alternates = [
        {"code": code, "url": site.absolute_url(urls[code], request)}
        for code in _language_codes()
        if code in urls
    ]
    if DEFAULT_LANGUAGE in urls:
        alternates.append({"code": "x-default", "url": site.absolute_url(urls[DEFAULT_LANGUAGE], request)})
    return alternates
