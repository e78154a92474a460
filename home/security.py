"""Cross-site request forgery defence that fits pages served from a shared cache.

Public pages (comments, newsletter, registration and contact forms) are cached for every
reader alike, so they cannot carry a per-reader CSRF token. Instead a POST to a public address
is accepted only when the browser says it comes from this site: its ``Origin`` header (sent
with every form post by current browsers), else its ``Referer``, else ``Sec-Fetch-Site:
same-origin``. A page on another site can make a browser post, but cannot make it claim this
site's origin. Scripts outside a browser can claim anything, as they could fetch a token:
the honeypot, fill time and rate limit are the defence there (README, "Forms and caching").

The admin keeps Django's token-based CSRF protection, and so do views marked ``csrf_exempt``
(one-click unsubscribe) that authorise requests themselves.
"""

from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils.module_loading import import_string

SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def request_origin(request):
    """The origin a browser gave for this request, or "" when it gave none."""
    origin = request.headers.get("Origin", "")
    if origin:
        return origin
    referer = urlsplit(request.headers.get("Referer", ""))
    return f"{referer.scheme}://{referer.netloc}" if referer.scheme and referer.netloc else ""


def is_same_origin(request):
    origin = request_origin(request)
    if not origin:
        return request.headers.get("Sec-Fetch-Site") == "same-origin"
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS


class SameOriginPublicFormsMiddleware:
    """Place before Django's CsrfViewMiddleware, which then checks only the admin's posts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, view_args, view_kwargs):
        if (
            request.method in SAFE_METHODS
            or getattr(view, "csrf_exempt", False)
            or getattr(request, "_dont_enforce_csrf_checks", False)  # Django's test client
            or request.path.startswith(admin_prefix())
        ):
            return None
        if not is_same_origin(request):
            return import_string(settings.CSRF_FAILURE_VIEW)(
                request, reason="Origin does not match this site"
            )
        # Tell Django's CsrfViewMiddleware that this request has been checked.
        request._dont_enforce_csrf_checks = True
        return None
