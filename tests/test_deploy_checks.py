"""`manage.py check --deploy` warns about what only production gets wrong."""

import pytest

from operations.checks import public_base_url, shared_cache


def test_a_cache_per_process_is_flagged_for_production(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    (warning,) = shared_cache(None)
    assert warning.id == "operations.W001"
    assert "REDIS_URL" in warning.hint


def test_a_shared_cache_passes(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    assert shared_cache(None) == []


@pytest.mark.parametrize(
    "base", ["", "http://localhost:8000", "https://127.0.0.1", "http://werkplaats.example.org"]
)
def test_a_missing_or_local_base_url_is_flagged_for_production(settings, base):
    settings.SITE_BASE_URL = base
    (warning,) = public_base_url(None)
    assert warning.id == "operations.W002" and "SITE_BASE_URL" in warning.hint


def test_the_public_https_base_url_passes(settings):
    settings.SITE_BASE_URL = "https://werkplaats.example.org"
    assert public_base_url(None) == []
