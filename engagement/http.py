"""Pages that carry a form (and so a CSRF token) must never come from a shared cache."""

from django.utils.cache import patch_cache_control

PRIVATE_FLAG = "_engagement_private"


def mark_private(request):
    setattr(request, PRIVATE_FLAG, True)


class PrivateFormPagesMiddleware:
    """Adds Cache-Control: private to responses whose rendering put a form on the page.
    Template responses are rendered before the middleware sees them, so the flag set by
    the template tags is already there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, PRIVATE_FLAG, False):
            patch_cache_control(response, private=True)
        return response
