"""Which addresses in the front cache (Varnish, a CDN) show a change, and purging them.

Anonymous readers get public pages from a shared cache for up to an hour
(operations/caching.py). When an editor changes something, every address that shows it is
purged right after the change is committed:

- a page published or unpublished: the page and its translations, their ancestors (home pages,
  section overviews, listings) with those pages' fixed sub-routes (RSS, Atom, archive), the
  tag pages of its tags, pages that link to it (Wagtail's reference index), and sitemap.xml;
- a page moved or deleted, or a change to what every page shows (menu, footer, partners,
  settings, people, sites, languages, view restrictions): everything.

Backends (``WAGTAILFRONTENDCACHE``, from the environment) get absolute addresses through
Wagtail's ``PurgeBatch``; an address ending in ``*`` means everything under it (CloudFront's
wildcard, understood by operations/frontcache.py's Varnish and Cloudflare backends too).
Varnish drops each address together with its query variants (pagination, filters).

A purge that fails is logged and never fails the editor's action; the cache's own lifetime
(``s-maxage``) bounds how long a page can then stay stale.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import FooterContent, MainMenu, MainMenuItem, Partner, Person, SocialMediaSettings
from .site import absolute_url

logger = logging.getLogger(__name__)

# What every page shows or depends on: the chrome, sites, languages and who may see what.
CHROME_MODELS = (
    FooterContent,
    MainMenu,
    MainMenuItem,
    Partner,
    SocialMediaSettings,
    Site,
    Locale,
    PageViewRestriction,
)
# Shown on many pages (authors, werkteam pages); rarely edited, so everything is purged.
EVERY_PAGE_MODELS = (*CHROME_MODELS, Person)
EVERYTHING = "*"


def everything():
    """Every address of the site's public address, or of every site as editors keep them."""
    if settings.SITE_BASE_URL:
        return {absolute_url(EVERYTHING)}
    return {f"{site.root_url}/{EVERYTHING}" for site in Site.objects.all()}


def fixed_subroute_urls(page):
    """A routable page's sub-routes without arguments (feeds, archive), in the page's language."""
    if not isinstance(page, RoutablePageMixin):
        return set()
    urls = set()
    with translation.override(page.locale.language_code):
        for pattern in page.get_subpage_urls():
            if pattern.name and not pattern.pattern.regex.groups:
                urls.add(page.url + page.reverse_subpage(pattern.name))
    return urls


def tag_page_urls(page):
    """The tag pages of the page's tags: a routable page type declares ``tag_page_route``, the
    name of its route that takes a tag's slug."""
    tags = getattr(page, "tag_list", [])
    if not tags:
        return set()
    urls = set()
    with translation.override(page.locale.language_code):
        for model in get_page_models():
            route = getattr(model, "tag_page_route", None)
            if not route:
                continue
            for index in model.objects.live().filter(locale_id=page.locale_id):
                urls.update(index.url + index.reverse_subpage(route, args=[tag.slug]) for tag in tags)
    return urls


def linking_urls(page):
    """Pages that link to this page, or everything when the menu, footer or partners do."""
    urls = set()
    for source, _references in ReferenceIndex.get_grouped_references_to(page):
        if isinstance(source, EVERY_PAGE_MODELS):
            return {EVERYTHING}
        if isinstance(source, Page) and source.live and source.url:
            urls.add(source.url)
    return urls


def page_urls(page):
    """Every address that shows this page, live or just unpublished (paths, or ``EVERYTHING``)."""
    page = page.specific
    urls = {"/" + reverse("sitemap").lstrip("/")}
    for version in [page, *page.get_translations().specific()]:
        if version.url is None:  # not under any site
            continue
        urls.add(version.url)
        urls.update(fixed_subroute_urls(version))
        urls.update(tag_page_urls(version))
        for ancestor in version.get_ancestors().filter(depth__gt=1).live().specific():
            urls.add(ancestor.url)
            urls.update(fixed_subroute_urls(ancestor))
    urls.update(linking_urls(page))
    return urls


def purge(urls):
    """Purge these addresses (paths or absolute) once the current transaction is committed."""
    if EVERYTHING in urls:
        urls = everything()
    batch = PurgeBatch(absolute_url(url) for url in urls)

    def send():
        try:
            batch.purge()
        except Exception:  # noqa: BLE001 (a cache that cannot be reached never fails the editor)
            logger.exception("Front cache purge failed for %d address(es).", len(batch.urls))

    transaction.on_commit(send)


def _purge_computed(describe, *args):
    try:
        urls = describe(*args)
    except Exception:  # noqa: BLE001 (working out the addresses must not fail a publish either)
        logger.exception("Could not work out the addresses to purge; purging everything.")
        urls = {EVERYTHING}
    purge(urls)


def page_changed(sender, instance, **kwargs):
    _purge_computed(page_urls, instance)


def everything_changed(sender=None, **kwargs):
    purge({EVERYTHING})


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        everything_changed()


def connect():
    page_published.connect(page_changed, dispatch_uid="home.frontcache.published")
    page_unpublished.connect(page_changed, dispatch_uid="home.frontcache.unpublished")
    post_page_move.connect(everything_changed, dispatch_uid="home.frontcache.moved")
    pre_delete.connect(page_deleted, dispatch_uid="home.frontcache.deleted")
    for model in EVERY_PAGE_MODELS:
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                everything_changed, sender=model, dispatch_uid=f"home.frontcache.{model.__name__}_{name}"
            )
