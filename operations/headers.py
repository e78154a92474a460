"""Security headers on every response, static files and error pages included.

Django 5.2 has no Content-Security-Policy support (it arrives in 6.0), and django-csp picks
one policy per view, while this site needs one for the public pages (strict: no inline
script or style at all) and one the Wagtail admin works under (its inline panels and date
widgets carry inline scripts). So this middleware chooses by path; a response that already
has a policy keeps it (Wagtail sends documents with `default-src 'none'`).
"""

from django.conf import settings

# The video block embeds these players (oEmbed iframes).
VIDEO_PLAYERS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def _policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def public_policy(media_origin=""):
    images = ["'self'", media_origin] if media_origin else ["'self'"]
    return _policy(
        {
            "default-src": ["'none'"],
            "script-src": ["'self'"],
            "style-src": ["'self'"],
            "img-src": images,
            "font-src": ["'self'"],
            "connect-src": ["'self'"],
            "manifest-src": ["'self'"],
            "frame-src": ["'self'", *VIDEO_PLAYERS],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
            "frame-ancestors": ["'self'"],
        }
    )


def admin_policy(media_origin=""):
    """Wagtail's admin has inline scripts (inline panels, date pickers, wagtail-localize's
    editor) and style attributes; everything else is still limited to the site itself."""
    images = ["'self'", "data:", "blob:", media_origin] if media_origin else ["'self'", "data:", "blob:"]
    return _policy(
        {
            "default-src": ["'self'"],
            "script-src": ["'self'", "'unsafe-inline'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": images,
            "font-src": ["'self'", "data:"],
            "connect-src": ["'self'", "https://releases.wagtail.org"],  # the admin's update check
            "frame-src": ["'self'", *VIDEO_PLAYERS],
            "form-action": ["'self'"],
            "base-uri": ["'self'"],
            "object-src": ["'none'"],
            "frame-ancestors": ["'self'"],
        }
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        media_origin = settings.MEDIA_ORIGIN
        self.public = public_policy(media_origin)
        self.admin = admin_policy(media_origin)

    def __call__(self, request):
        response = self.get_response(request)
        policy = self.admin if request.path_info.startswith("/admin/") else self.public
        # Django's debug pages (development only) are styled inline.
        if not (settings.DEBUG and response.status_code >= 400):
            response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
