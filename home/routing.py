"""Finding the page for an address in one query instead of two per level of the tree.

Wagtail's routing walks the tree from the site's root: for /nl/actueel/nieuws/bericht/ it asks
for each child by slug and then for its specific page, about two queries per level. The
address says which pages it passes through, so their url_paths are known beforehand: one
query finds the deepest that exists, one more loads it as its own type, and that page's own
``route()`` does the rest (routable pages' sub-routes, 404s, unpublished pages), exactly as in
Wagtail. ``serve`` hands the result to Wagtail's own serve view (hooks, view restrictions,
serving) through the per-request cache Wagtail documents for ``Page.route_for_request``.

Both answers change only when pages do, so they are kept per content generation (home/cache.py):
which page gets an address, and that page as published with what it reads of other rows. A
reader's request for a page seen before in this generation then makes no query to find it.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .cache import cached, cached_per_language
from .site import current_site
from .summary import SummaryMixin

MAX_CACHED_PATH = 300


def localized_root(site):
    """(path, url_path, depth) of the site's root page in the reader's language."""

    def build():
        root = site.root_page.localized
        return root.path, root.url_path, root.depth

    return cached_per_language("localized-root", site.pk, build)


def route(request, path):
    """Wagtail's RouteResult for the address, or None where Wagtail would answer 404."""
    site = current_site(request)
    if site is None:
        return None
    root = localized_root(site)
    components = [component for component in path.split("/") if component]
    if len(path) > MAX_CACHED_PATH:  # no cache entry for every odd address a crawler tries
        target = _target(root, components)
    else:
        # Which page answers an address changes only with the pages: kept per content generation.
        target = cached_per_language(f"route:{path}", site.pk, lambda: _target(root, components))
    if target is None:
        return None
    pk, depth, content_type_id = target
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return _route(model, pk, request, components[depth - root[2] :])


def _target(root, components):
    """(pk, depth, content type) of the page that gets the address, or None."""
    root_path, root_url_path, root_depth = root
    # The url_paths of the root and of each page the address passes through.
    candidates = [root_url_path]
    for part in components:
        candidates.append(f"{candidates[-1]}{part}/")
    chain = list(
        Page.objects.filter(url_path__in=candidates, path__startswith=root_path)
        .order_by("depth")
        .values_list("pk", "depth", "content_type", "live")
    )
    # Wagtail lets a live routable page on the way answer with a route of its own before its
    # children are looked at: the first that can, from the root down, gets the address.
    for pk, depth, content_type_id, live in chain:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        rest = components[depth - root_depth :]
        if rest and live and issubclass(model, RoutablePageMixin) and _resolves(model, rest):
            return pk, depth, content_type_id
    return chain[-1][:3] if chain else None


def _resolves(model, components):
    try:
        model.get_resolver().resolve("/" + "/".join(components) + "/")
    except Resolver404:
        return False
    return True


def _route(model, pk, request, components):
    try:
        page = _serving_page(model, pk) if issubclass(model, SummaryMixin) else model.objects.get(pk=pk)
        return page.route(request, components)
    except (Http404, model.DoesNotExist):
        return None


def _serving_page(model, pk):
    """The page as published, with what it reads of other rows (``serving_properties``) already
    computed; kept per content generation, so serving it again needs no query."""

    def build():
        page = model.serving_pages().get(pk=pk)
        page.prepare_for_serving()
        return page

    return cached(f"serving-page:{pk}", build)


def serve(request, path):
    """Wagtail's serve view, with the page found by ``route``."""
    request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
