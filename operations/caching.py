"""Public pages from a shared cache (Varnish, a CDN), and compression that cannot leak a secret.

``PublicCacheMiddleware`` marks an anonymous reader's page ``Cache-Control: public, max-age=60,
s-maxage=3600``: browsers keep it a minute, shared caches an hour, or until home/frontcache.py
purges it after an edit. Only a page that is the same for everyone qualifies: a GET or HEAD
answered 200, from a reader with no session or CSRF cookie, outside the admin, that sets no
cookie, changes no session (messages), and is not already marked private or uncacheable by
its view (search results, previews, confirmation links, form-start tokens). Everything else
keeps Django's own headers. Public forms need no per-reader token on such a page: they are
checked by origin (home/security.py; README "Forms and caching").

Place it right after SessionMiddleware: it then sees the response before the session does, and
for a public page tells the session it was not looked at, so no ``Vary: Cookie`` (which would
make every reader's copy separate) is added.

``SafeGZipMiddleware`` compresses HTML and other text, except where a secret could be guessed
from the compressed size (BREACH): never the admin, a response that carries the reader's CSRF
token or sets a cookie, or a reader with a session (an editor's pages).
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_cache_control

SAFE_METHODS = ("GET", "HEAD")
# Paths that are never public, whatever a view says: previews live under the admin, and a
# document's privacy (its collection) is checked on every download.
NEVER_PUBLIC_PREFIXES = ("/admin/", "/django-admin/", "/documents/")
UNCACHEABLE = ("private", "no-store", "no-cache", "max-age=0")


def is_private_path(path):
    return path.startswith(NEVER_PUBLIC_PREFIXES)


def has_reader_cookies(request):
    cookies = request.COOKIES
    return bool(cookies.get(settings.SESSION_COOKIE_NAME) or cookies.get(settings.CSRF_COOKIE_NAME))


def is_public_response(request, response):
    if request.method not in SAFE_METHODS or response.status_code != 200:
        return False
    if is_private_path(request.path_info) or has_reader_cookies(request):
        return False
    if getattr(request, "is_preview", False) or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in UNCACHEABLE):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page carries a CSRF token
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    return session is None or not session.modified


class PublicCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.max_age = settings.PUBLIC_CACHE_MAX_AGE
        self.shared_max_age = settings.PUBLIC_CACHE_SHARED_MAX_AGE

    def __call__(self, request):
        response = self.get_response(request)
        if not is_public_response(request, response):
            return response
        if "public" not in response.get("Cache-Control", ""):  # a view's own public lifetime stays
            patch_cache_control(response, public=True, max_age=self.max_age, s_maxage=self.shared_max_age)
        session = getattr(request, "session", None)
        if session is not None:
            # Only read to find no one logged in: nothing in the page depends on it.
            session.accessed = False
        return response


class SafeGZipMiddleware(GZipMiddleware):
    """Place before SessionMiddleware (and after WhiteNoise, which compresses static files
    itself): it then sees the cookies and headers the inner middleware added."""

    def process_response(self, request, response):
        if (
            is_private_path(request.path_info)
            or request.COOKIES.get(settings.SESSION_COOKIE_NAME)
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
        ):
            return response
        return super().process_response(request, response)
