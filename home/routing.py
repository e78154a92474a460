"""Finding the page for an address in one query instead of two per level of the tree.

Wagtail's routing walks the tree from the site's root: for /nl/actueel/nieuws/bericht/ it asks
for each child by slug and then for its specific page, about two queries per level. The
address says which pages it passes through, so their url_paths are known beforehand: one
query finds the deepest that exists, one more loads it as its own type, and that page's own
``route()`` does the rest (routable pages' sub-routes, 404s, unpublished pages), exactly as in
Wagtail. ``serve`` hands the result to Wagtail's own serve view (hooks, view restrictions,
serving) through the per-request cache Wagtail documents for ``Page.route_for_request``.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from .cache import cached_per_language
from .site import current_site
from .summary import SummaryMixin


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
    root_path, root_url_path, root_depth = localized_root(site)
    components = [component for component in path.split("/") if component]
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
            return _route(model, pk, request, rest)
    if not chain:
        return None
    pk, depth, content_type_id, _live = chain[-1]
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return _route(model, pk, request, components[depth - root_depth :])


def _resolves(model, components):
    try:
        model.get_resolver().resolve("/" + "/".join(components) + "/")
    except Resolver404:
        return False
    return True


def _route(model, pk, request, components):
    pages = model.serving_pages() if issubclass(model, SummaryMixin) else model.objects.all()
    try:
        return pages.get(pk=pk).route(request, components)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's serve view, with the page found by ``route``."""
    request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
