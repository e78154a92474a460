"""Views that live outside the page tree."""

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.http import require_GET

from . import site


@require_GET
def robots_txt(request):
    """Everything may be crawled except the admin; the sitemap lists both languages."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Allow: /",
        f"Sitemap: {site.absolute_url('/sitemap.xml', request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Feed readers and old browsers ask for /favicon.ico without reading the page's icon link."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
