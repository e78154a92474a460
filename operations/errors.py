"""The site's own error pages, in the reader's language: the URL's /nl/ or /en/, Dutch
otherwise (an address outside the language trees says nothing about the reader).

400, 500 and 503 render from a layout that needs no database and no context processors: a
bad Host header or a database outage must still get a designed page. 403, CSRF failures and
404 have the database and get the full site chrome.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

# Seconds a client (or load balancer) is asked to wait while the database is unavailable.
RETRY_AFTER_SECONDS = 30
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def reader_language(request):
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _full_page(request, template_name, status):
    with translation.override(reader_language(request)):
        response = render(request, template_name, status=status)
        response["Cache-Control"] = "no-store"
        return response


def standalone_page(request, template_name, status):
    """Rendered from the template alone: no request context, no query."""
    language = reader_language(request)
    with translation.override(language):
        html = loader.get_template(template_name).render({"LANGUAGE_CODE": language})
    response = HttpResponse(html, status=status)
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None):
    return standalone_page(request, "400.html", 400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return _full_page(request, "403.html", 403)


@requires_csrf_token
def csrf_failure(request, reason=""):
    return _full_page(request, "403_csrf.html", 403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return _full_page(request, "404.html", 404)


def server_error(request):
    """Django calls this while handling the exception, so it can tell a database outage
    (connection refused, connect or statement timeout) from a bug: the outage is temporary
    and answered 503 with Retry-After, so load balancers and crawlers come back later."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNAVAILABLE):
        response = standalone_page(request, "503.html", 503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return standalone_page(request, "500.html", 500)
