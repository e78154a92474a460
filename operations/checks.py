"""Deployment checks (`manage.py check --deploy`) for what only production gets wrong."""

from urllib.parse import urlsplit

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


LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


@register(deploy=True)
def public_base_url(app_configs, **kwargs):
    """Canonical URLs, Open Graph, share links, feeds and the sitemap all use one base URL
    (home/site.py). Without SITE_BASE_URL it comes from the Site record, which a fresh
    database has as "localhost": search engines and shared links would point there."""
    base = settings.SITE_BASE_URL
    host = urlsplit(base).hostname or ""
    if not base or host in LOCAL_HOSTS or not base.startswith("https://"):
        return [
            Warning(
                "SITE_BASE_URL is not the site's public https address: canonical URLs, share links, "
                "feeds and the sitemap would use the Site record's host (a fresh database says localhost).",
                hint="Set SITE_BASE_URL, e.g. https://www.werkplaatssociaaldomeinzhz.nl.",
                id="operations.W002",
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
