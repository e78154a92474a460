"""Timeouts, media storage and upload limits from the environment (see the README's
"Production" section). Pure functions of the environment: settings import nothing else."""

from urllib.parse import urlsplit

from .env import env, env_int


def database_options(engine):
    """A database that is down or hangs must fail a request in seconds, not hang it: libpq's
    connect_timeout bounds connecting, statement_timeout (milliseconds, 0 = off) bounds each
    query. Other engines get none."""
    if "postgresql" not in engine:
        return {}
    statement_timeout = env_int("DATABASE_STATEMENT_TIMEOUT", 15_000)
    return {
        "connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", 3),
        "options": f"-c statement_timeout={statement_timeout}",
    }


def media_storage():
    """S3-compatible object storage when S3_BUCKET is set, the local MEDIA_ROOT otherwise.

    Images are linked straight to the bucket (or S3_CUSTOM_DOMAIN, e.g. a CDN), so their
    keys must be publicly readable; documents always go through Django's document view,
    which checks privacy, so the bucket need not expose them.
    """
    bucket = env("S3_BUCKET", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": env("S3_ENDPOINT_URL") or None,
            "region_name": env("S3_REGION") or None,
            "access_key": env("S3_ACCESS_KEY_ID") or None,
            "secret_key": env("S3_SECRET_ACCESS_KEY") or None,
            "custom_domain": env("S3_CUSTOM_DOMAIN") or None,
            "url_protocol": env("S3_URL_PROTOCOL", "https:"),
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
            "object_parameters": {"CacheControl": f"public, max-age={media_cache_seconds()}"},
        },
    }


def media_origin():
    """The origin images come from when it is not the site itself, for the CSP's img-src."""
    if not env("S3_BUCKET", ""):
        return ""
    domain = env("S3_CUSTOM_DOMAIN", "")
    if domain:
        return f"{env('S3_URL_PROTOCOL', 'https:')}//{domain.split('/')[0]}"
    endpoint = urlsplit(env("S3_ENDPOINT_URL", ""))
    if endpoint.netloc:
        return f"{endpoint.scheme}://{endpoint.netloc}"
    return "https://*.amazonaws.com"


def media_cache_seconds():
    return env_int("MEDIA_CACHE_SECONDS", 24 * 60 * 60)


def front_cache_backends():
    """Where published changes are purged (home/frontcache.py): Varnish by BAN requests
    (FRONT_CACHE_VARNISH_URL, e.g. http://127.0.0.1:8080), Cloudflare (CLOUDFLARE_API_TOKEN
    with purge permission and CLOUDFLARE_ZONE_ID) and CloudFront (CLOUDFRONT_DISTRIBUTION_ID;
    credentials as boto3 finds them). Any combination; none without the variables."""
    backends = {}
    varnish = env("FRONT_CACHE_VARNISH_URL", "")
    if varnish:
        backends["varnish"] = {"BACKEND": "operations.frontcache.VarnishBanBackend", "LOCATION": varnish}
    token, zone = env("CLOUDFLARE_API_TOKEN", ""), env("CLOUDFLARE_ZONE_ID", "")
    if token and zone:
        backends["cloudflare"] = {
            "BACKEND": "operations.frontcache.CloudflareBackend",
            "BEARER_TOKEN": token,
            "ZONEID": zone,
        }
    distribution = env("CLOUDFRONT_DISTRIBUTION_ID", "")
    if distribution:
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends
