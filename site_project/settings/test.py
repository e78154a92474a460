"""Fast, isolated settings for the test suite."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
# The demo loaders are tested too; summary_app holds a page type that exists only in the tests.
INSTALLED_APPS = [*INSTALLED_APPS, "demo", "tests.summary_app"]  # noqa: F405
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# AVIF takes a second per rendition to encode; the tests of pictures switch it on where they need it.
IMAGE_FORMATS = ["webp", "jpeg"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="wsdzhz-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="wsdzhz-test-static-")
WAGTAILADMIN_BASE_URL = "http://testserver"
SITE_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WAGTAIL_2FA_REQUIRED = False  # tests of the second factor switch it on
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # noqa: F405 (one line per login otherwise)
# Mail is sent at once, without a queue worker (the mail queue's own tests use the database queue).
TASKS = {**TASKS, "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["mail"]}}  # noqa: F405
