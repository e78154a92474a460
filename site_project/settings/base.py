"""Settings shared by every environment. Environment-specific modules import from here."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int, env_list
from .operations import (
    database_options,
    front_cache_backends,
    media_cache_seconds,
    media_origin,
    media_storage,
)
from .search import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "operations",  # first: its admin templates (login lockout, 2FA) override Wagtail's
    "home",
    "articles",
    "magazine",
    "search",
    "engagement",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "operations.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses text answers, never one with a secret in it (BREACH; operations/caching.py).
    "operations.caching.SafeGZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Anonymous readers' pages public for shared caches (Varnish, a CDN): right after sessions.
    "operations.caching.PublicCacheMiddleware",
    # Django's, with unprefixed paths in the default language (home/localization.py).
    "home.localization.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Public forms: an origin check instead of a token, so their pages can be cached (home/security.py).
    "home.security.SameOriginPublicFormsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "operations.accounts.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Refused admin form posts answer 403 instead of Wagtail's redirect (operations/refusals.py).
    "operations.refusals.AdminPostRefusalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "site_project.urls"
WSGI_APPLICATION = "site_project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file in the project unless DATABASE_URL points elsewhere (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "wsdzhz",
            "TIMEOUT": env_int("CACHE_TIMEOUT", 300),
            # A Redis that hangs must not hang requests (or /healthz) with it.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "wsdzhz",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first, English second. The content model is bilingual from the first migration.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Nederlands")),
    ("en", _("Engels")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "site_project" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)  # seconds a mail server may take to answer the worker
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Werkplaats Sociaal Domein <noreply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Wagtail's own tasks (search index, references) run at once as before; mail goes through a
# database queue worked by `manage.py db_worker --backend mail --queue-name mail`, with retries.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
MAIL_MAX_ATTEMPTS = env_int("MAIL_MAX_ATTEMPTS", 6)

WAGTAIL_SITE_NAME = "Werkplaats Sociaal Domein Zuid-Holland Zuid"
# The public address in every absolute link (canonical, OpenGraph, feeds, sitemap, mails), e.g.
# https://www.werkplaatssociaaldomeinzhz.nl; unset, the Site record's hostname is used.
SITE_BASE_URL = env("SITE_BASE_URL", "")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database (per-language stemming on PostgreSQL) unless SEARCH_BACKEND=elasticsearch or
# opensearch with SEARCH_URL; see the README's "Search" section.
# The one map of site language to stemming language: PostgreSQL's text search configs (search
# migrations create an accent-folding copy of each) and the search clusters' analysers.
SEARCH_LANGUAGES = {"nl": "dutch", "en": "english"}
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_LANGUAGES,
    env("SEARCH_BACKEND", "database"),
    env("SEARCH_URL", ""),
    env("SEARCH_INDEX_PREFIX", "werkplaats"),
    database_engine=DATABASES["default"]["ENGINE"],
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Formats every <picture> offers, best first (home/images.py drops AVIF where Pillow cannot write
# it); qualities chosen so a phone's home page stays under 150 KB of images.
IMAGE_FORMATS = env_list("IMAGE_FORMATS", ["avif", "webp", "jpeg"])
WAGTAILIMAGES_AVIF_QUALITY = 55
WAGTAILIMAGES_WEBP_QUALITY = 72
WAGTAILIMAGES_JPEG_QUALITY = 78

# Page slugs in plain ASCII (kenniscafé → kenniscafe): addresses that survive copying and mail.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No Gravatar: editors' e-mail hashes are not sent to an outside service; avatars show initials.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The account page's time zone choice (Wagtail lists every zone file otherwise, "localtime" too,
# which it then rejects as "Invalid time zone specified").
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam", "Europe/London", "UTC"]
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"

# Reader engagement (comments, newsletter, event registration, contact form).
COMMENT_MODERATORS_EMAIL = env_list("COMMENT_MODERATORS_EMAIL")  # besides the Moderatoren group
CONTACT_FORM_RECIPIENTS = env_list("CONTACT_FORM_RECIPIENTS", ["info@werkplaatssociaaldomeinzhz.nl"])
NEWSLETTER_CONFIRM_MAX_AGE = env_int("NEWSLETTER_CONFIRM_MAX_AGE", 3 * 24 * 60 * 60)  # seconds
NEWSLETTER_UNCONFIRMED_DAYS = env_int("NEWSLETTER_UNCONFIRMED_DAYS", 14)
# A registration takes a place only when confirmed; its link is valid this long, and
# unconfirmed registrations are removed after it (purge_unconfirmed_registrations).
REGISTRATION_CONFIRM_HOURS = env_int("REGISTRATION_CONFIRM_HOURS", 48)
ENGAGEMENT_MIN_FILL_SECONDS = env_int("ENGAGEMENT_MIN_FILL_SECONDS", 3)
# At most COUNT posts per form type and address within SECONDS.
ENGAGEMENT_RATE_LIMIT = (
    env_int("ENGAGEMENT_RATE_LIMIT_COUNT", 5),
    env_int("ENGAGEMENT_RATE_LIMIT_SECONDS", 600),
)
# Behind N reverse proxies that each append to X-Forwarded-For; 0 means use REMOTE_ADDR.
ENGAGEMENT_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # Wagtail runs search indexing and reference updates as immediate tasks; one INFO line
    # per task drowns out everything else.
    "loggers": {"django_tasks": {"level": "WARNING"}, "django.tasks": {"level": "WARNING"}},
}

# --- Security and operations (logic in operations/; README "Production") ---
DATABASES["default"].setdefault("OPTIONS", {}).update(database_options(DATABASES["default"]["ENGINE"]))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # a restarted database is reconnected to
MEDIA_ORIGIN = media_origin()  # for the CSP when images come from object storage
MEDIA_CACHE_SECONDS = media_cache_seconds()
HEALTHZ_CHECKS = {  # name: check; each raises when its service is unusable
    "database": "operations.health.check_database",
    "cache": "operations.health.check_cache",
    "storage": "operations.health.check_storage",
    "queue": "engagement.tasks.check_mail_queue",
}
CSRF_FAILURE_VIEW = "operations.errors.csrf_failure"
# Uploads (megabytes, pixels): larger images and documents are refused in Dutch.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_PIXELS", 50_000_000)
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 20) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "operations.uploads.ImageForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # privacy checks for every document, in any storage
# Private pages and collections: login or groups only; a shared password cannot be throttled.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
# Admin login: django-axes locks an account and an address after failed attempts.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each counted on its own
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "operations.accounts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "engagement.spam.client_ip"  # honours TRUSTED_PROXY_COUNT
# TOTP second factor (wagtail-2fa): required for superusers, optional for other editors.
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_REQUIRE_2FA", True)
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no editor's e-mail hash to a third party (and no CSP hole)
# Shared caches (README "Front cache"): anonymous readers' pages are public for this long
# (seconds; browsers max-age, Varnish and CDNs s-maxage); editors' changes are purged at once.
PUBLIC_CACHE_MAX_AGE = env_int("PUBLIC_CACHE_MAX_AGE", 60)
PUBLIC_CACHE_SHARED_MAX_AGE = env_int("PUBLIC_CACHE_SHARED_MAX_AGE", 3600)
WAGTAILFRONTENDCACHE = front_cache_backends()
# home/frontcache.py names every language's address itself; Wagtail must not multiply them.
WAGTAILFRONTENDCACHE_LANGUAGES = []
LOGIN_URL = "wagtailadmin_login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
