"""The site's public address and name: one base URL for every absolute link the site makes.

Canonical URLs, OpenGraph, JSON-LD, hreflang, share links, feeds, the sitemap and mails all
build absolute URLs here. The base is ``SITE_BASE_URL`` when set (production sets it to the
public https address), else the Site record's hostname and port as editors keep them in the
admin (Instellingen → Sites); never the host a request happened to ask for.
"""

from urllib.parse import urljoin

from django.conf import settings
from wagtail.models import Site

from .cache import cached


def current_site(request=None):
    """The Site of the request (else the default site), kept per host and port in the cache;
    Wagtail's own lookups in this request then find it where Wagtail keeps it."""
    if request is None:
        return cached("default-site", lambda: Site.objects.filter(is_default_site=True).first())
    if not hasattr(request, "_wagtail_site"):
        host, port = request.get_host(), request.get_port()
        request._wagtail_site = cached(f"site:{host}:{port}", lambda: Site.find_for_request(request))
    return request._wagtail_site or cached(
        "default-site", lambda: Site.objects.filter(is_default_site=True).first()
    )


def base_url(request=None):
    if settings.SITE_BASE_URL:
        return settings.SITE_BASE_URL.rstrip("/")
    site = current_site(request)
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""


def absolute_url(url, request=None):
    """``url`` (a path, or already absolute) on the site's public address."""
    return urljoin(base_url(request) + "/", url)


def site_name(request=None):
    """The site's name as editors set it in Wagtail, else the configured name."""
    site = current_site(request)
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
