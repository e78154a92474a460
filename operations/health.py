"""/healthz for load balancers: is every service a request needs usable?

Each check in settings.HEALTHZ_CHECKS (name: dotted path) returns when its service works
and raises otherwise; one with ``needs_database = True`` is not run when the database failed.
The answer names the checks and says "ok" or "error", never why: an exception's text may name
hosts or users. The reason goes to the log.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("The cache did not return what was stored.")
    finally:
        cache.delete(key)


def check_storage():
    name = default_storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as stored:
            if stored.read() != b"ok":
                raise RuntimeError("The storage did not return what was stored.")
    finally:
        default_storage.delete(name)


def run_checks():
    results = {}
    for name, path in settings.HEALTHZ_CHECKS.items():
        check = import_string(path)
        # A check that reads the database cannot pass without it; trying would cost another
        # connect timeout and take the answer past what a load balancer waits.
        if getattr(check, "needs_database", False) and results.get("database") == "error":
            results[name] = "error"
            continue
        try:
            check()
        except Exception:
            logger.exception("Health check %s failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    return results


@never_cache
@require_GET
def healthz(request):
    """Reads neither session nor user, so it sets no cookie."""
    checks = run_checks()
    healthy = all(result == "ok" for result in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )
