"""Local development: debug on, mail printed to the console."""

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = True
# Demo content and accounts (`make run`); never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# A development key is fine here; production refuses to start without its own.
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-use-in-production-8f2c1e")
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# The demo's superuser `admin` signs in with its password alone; ADMIN_REQUIRE_2FA=1 asks for
# TOTP as production does.
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_REQUIRE_2FA", False)
# Mail is sent at once, without a queue worker (the mail queue's own tests use the database queue).
TASKS = {**TASKS, "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["mail"]}}  # noqa: F405
