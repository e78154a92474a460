"""`manage.py check --deploy` warns about what only production gets wrong."""

from operations.checks import shared_cache


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
