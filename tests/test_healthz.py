"""/healthz for load balancers: database, cache, storage and mail queue, 200 or 503, nothing secret,
never cached, no cookie."""

import json

import pytest
from django.db import OperationalError, connections
from django.test import override_settings

FAILING_REDIS = "redis://:geheim-wachtwoord@127.0.0.1:8139/0"  # nothing listens on that port


def get_health(client):
    response = client.get("/healthz")
    return response, json.loads(response.content)


def assert_uncacheable_without_cookie(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.django_db
def test_healthy_site_answers_200_with_every_check(client):
    response, body = get_health(client)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert body == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "queue": "ok"},
    }
    assert_uncacheable_without_cookie(response)


@pytest.mark.django_db
def test_storage_check_leaves_nothing_behind(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    response, _ = get_health(client)
    assert response.status_code == 200
    assert not any(path.is_file() for path in tmp_path.rglob("*"))


@pytest.mark.django_db
def test_unreachable_cache_answers_503_without_its_address(client):
    failing = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": FAILING_REDIS}
    }
    with override_settings(CACHES=failing):
        response, body = get_health(client)
    assert response.status_code == 503
    assert body == {
        "status": "error",
        "checks": {"database": "ok", "cache": "error", "storage": "ok", "queue": "ok"},
    }
    assert b"geheim" not in response.content and b"8139" not in response.content
    assert_uncacheable_without_cookie(response)


@pytest.mark.django_db
def test_unwritable_storage_answers_503(client, tmp_path):
    not_a_folder = tmp_path / "bestand"
    not_a_folder.write_text("x")
    storages = {
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": not_a_folder},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        response, body = get_health(client)
    assert response.status_code == 503
    assert body["checks"] == {"database": "ok", "cache": "ok", "storage": "error", "queue": "ok"}


@pytest.mark.django_db
def test_unusable_database_answers_503(client, monkeypatch):
    def refuse():
        raise OperationalError(
            "connection to server at 10.0.0.5, port 5432 failed: password authentication failed"
        )

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    response, body = get_health(client)
    assert response.status_code == 503
    assert body["checks"]["database"] == "error"
    assert b"10.0.0.5" not in response.content and b"password" not in response.content


def test_checks_are_a_list_in_the_settings(settings):
    """Another check (the mail queue) is one more entry in HEALTHZ_CHECKS."""
    assert list(settings.HEALTHZ_CHECKS) == ["database", "cache", "storage", "queue"]
