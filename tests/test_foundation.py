"""The foundation: settings, language routing, production checks, set-up commands."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

BASE_DIR = Path(settings.BASE_DIR)

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "site_project.settings.production",
    "SECRET_KEY": "p9v$Xq2!mZ7rT#kL4wB8nE1yH6uJ3cF0sD5gA-RtYw*QeVb&Nx",
    "ALLOWED_HOSTS": "www.werkplaatssociaaldomeinzhz.nl",
    "DATABASE_URL": "sqlite:///:memory:",
}


def run_manage(*args, env_overrides, drop=()):
    env = {**os.environ, **env_overrides}
    for name in drop:
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_language_settings():
    assert settings.LANGUAGE_CODE == "nl"
    assert [code for code, _ in settings.LANGUAGES] == ["nl", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert "home.localization.LocaleMiddleware" in settings.MIDDLEWARE  # Django's, unprefixed paths Dutch
    assert {"wagtail_localize", "wagtail_localize.locales"} <= set(settings.INSTALLED_APPS)


@pytest.mark.django_db
def test_root_redirects_to_dutch_by_default(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


@pytest.mark.django_db
def test_root_redirects_to_english_for_english_browsers(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_admin_speaks_dutch(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="nl"' in response.content.decode()
    assert "Dashboard" in response.content.decode() or "Pagina" in response.content.decode()


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    result = run_manage("check", env_overrides=PRODUCTION_ENV, drop=[missing])
    assert result.returncode != 0
    assert f"The environment variable {missing} is required" in result.stderr


def test_production_deploy_check_is_clean():
    # Production has a shared cache (REDIS_URL) and its public address (SITE_BASE_URL); without
    # them, check --deploy warns (operations.W001, operations.W002).
    env = {
        **PRODUCTION_ENV,
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "SITE_BASE_URL": "https://werkplaats.example.org",
    }
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_uses_hashed_static_files():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])",
        env_overrides=PRODUCTION_ENV,
    )
    assert result.stdout.strip().splitlines()[-1] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_redis_cache_is_used_when_configured():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        env_overrides={**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/15"},
    )
    assert result.stdout.strip().splitlines()[-1] == "django.core.cache.backends.redis.RedisCache"


@pytest.mark.django_db
def test_ensure_accounts_creates_admin_once(capsys, monkeypatch):
    from django.contrib.auth import get_user_model

    monkeypatch.setenv("ADMIN_USERNAME", "beheer")
    monkeypatch.setenv("ADMIN_PASSWORD", "een-lang-wachtwoord")
    call_command("ensure_accounts")
    first = capsys.readouterr().out
    assert "een-lang-wachtwoord" in first
    call_command("ensure_accounts")
    second = capsys.readouterr().out
    assert "een-lang-wachtwoord" not in second
    user = get_user_model().objects.get(username="beheer")
    assert user.is_superuser and user.check_password("een-lang-wachtwoord")
