"""Deployment checks (`manage.py check --deploy`) for what only production gets wrong."""

from django.conf import settings
from django.core.checks import Warning, register

LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(deploy=True)
def shared_cache(app_configs, **kwargs):
    """Rate limits, the login lockouts' counters and the cached menu and footer live in the
    cache: each gunicorn worker would keep its own, so a limit of 5 becomes 5 per worker and an
    editor's change reaches one worker only."""
    if settings.CACHES["default"]["BACKEND"] in LOCAL_CACHES:
        return [
            Warning(
                "The cache is local to each process: rate limits are counted per worker and "
                "cached menus and footers are renewed in one worker only.",
                hint="Set REDIS_URL so every worker shares one cache.",
                id="operations.W001",
            )
        ]
    return []


@register()
def editor_privacy_and_addresses(app_configs, **kwargs):
    """Settings a local override could undo: ASCII slugs and no Gravatar (AVG)."""
    problems = []
    if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
        problems.append(
            Warning(
                "Page slugs may contain accents (kenniscafé), which end up as %C3%A9 in addresses.",
                hint="Set WAGTAIL_ALLOW_UNICODE_SLUGS = False.",
                id="operations.W010",
            )
        )
    if getattr(settings, "WAGTAIL_GRAVATAR_PROVIDER_URL", "gravatar"):
        problems.append(
            Warning(
                "The admin fetches avatars from Gravatar, sending editors' e-mail hashes elsewhere.",
                hint="Set WAGTAIL_GRAVATAR_PROVIDER_URL = None.",
                id="operations.W011",
            )
        )
    return problems
