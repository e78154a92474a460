"""A refused admin POST answers 403, not Wagtail's redirect to the dashboard.

Wagtail turns a PermissionDenied in an admin view into a redirect to the dashboard with the
message "Sorry, you do not have permission…". That suits a person who followed a link; a posted
form that was refused (a forged request, or a stale tab) must answer 403 so scripts and tests
see the refusal. Nothing was saved in either case: the view refused before saving.
"""

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.urls import reverse
from django.utils.translation import gettext as _

WAGTAIL_REFUSAL = "Sorry, you do not have permission to access this area."


class AdminPostRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST" and response.status_code == 302 and self.is_refusal(request, response):
            return HttpResponseForbidden(
                _("U heeft geen toestemming voor deze handeling. Er is niets opgeslagen."),
                content_type="text/plain; charset=utf-8",
            )
        return response

    def is_refusal(self, request, response):
        if response.get("Location") != reverse("wagtailadmin_home"):
            return False
        refusal = _(WAGTAIL_REFUSAL)
        storage = messages.get_messages(request)
        # Wagtail renders its messages through a template: the text comes with trailing newlines.
        found = any(str(message.message).strip() == refusal for message in storage)
        storage.used = False  # the other messages stay for the next page
        return found
