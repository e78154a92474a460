"""Production: PostgreSQL via DATABASE_URL, optional Redis, whitenoise, HTTPS only."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required
from .operations import media_storage

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
env_required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

STORAGES = {
    "default": media_storage(),
    # Hashed, compressed names so browsers may cache static files forever.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's live preview shows the page in an iframe inside the admin, so framing by the
# same origin must stay allowed; DENY would break previews. Hence W019 is silenced.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

SESSION_COOKIE_HTTPONLY = True
WAGTAIL_2FA_REQUIRED = True  # superusers must sign in with a second factor

LOGGING["root"]["level"] = "WARNING"  # noqa: F405
