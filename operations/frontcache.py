"""Front-cache backends for wagtail.contrib.frontend_cache (settings: ``WAGTAILFRONTENDCACHE``).

home/frontcache.py hands every backend absolute addresses; one ending in ``*`` means every
address under it. Both backends here answer within a few seconds or log and give up: a purge
runs in the editor's request and must never hang or fail it.
"""

import logging
import re
from urllib.parse import urlsplit

import requests
from django.utils.encoding import iri_to_uri
from wagtail.contrib.frontend_cache.backends import CloudflareBackend as WagtailCloudflareBackend
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger(__name__)

TIMEOUT = 5  # seconds


def ban_pattern(url):
    """The regular expression (on the path and query) that drops an address from Varnish: a page
    with all its query variants (pagination, filters), or everything under a ``*`` address."""
    path = iri_to_uri(urlsplit(url).path or "/")
    if path.endswith("*"):
        return re.escape(path[:-1])
    return re.escape(path) + r"(\?|$)"


class VarnishBanBackend(BaseBackend):
    """BAN requests to Varnish (site_project/deploy/varnish/site.vcl), one per 50 addresses, the
    pattern in the ``X-Ban-Url`` header; Varnish accepts them only from its own machine."""

    CHUNK_SIZE = 50

    def __init__(self, params):
        super().__init__(params)
        self.location = params.pop("LOCATION").rstrip("/") + "/"
        self.timeout = params.pop("TIMEOUT", TIMEOUT)

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        patterns = sorted({ban_pattern(url) for url in urls})
        for start in range(0, len(patterns), self.CHUNK_SIZE):
            self.ban("^(" + "|".join(patterns[start : start + self.CHUNK_SIZE]) + ")")

    def ban(self, pattern):
        try:
            response = requests.request(
                "BAN", self.location, headers={"X-Ban-Url": pattern}, timeout=self.timeout
            )
        except requests.RequestException as exc:
            logger.error("Varnish at %s could not be reached to ban %s: %s", self.location, pattern, exc)
            return
        if response.status_code != 200:
            logger.error("Varnish refused to ban %s: %s %s", pattern, response.status_code, response.reason)


class CloudflareBackend(WagtailCloudflareBackend):
    """Wagtail's backend with a timeout, and "everything" for an address ending in ``*``
    (Cloudflare purges prefixes only on its Enterprise plan)."""

    def purge_batch(self, urls):
        urls = list(urls)
        if any(url.endswith("*") for url in urls):
            self._post({"purge_everything": True}, "everything")
            return
        for start in range(0, len(urls), self.CHUNK_SIZE):
            self._purge_urls(urls[start : start + self.CHUNK_SIZE])

    def _purge_urls(self, urls):
        self._post({"files": urls}, ", ".join(urls))

    def _post(self, data, what):
        headers = {"Authorization": f"Bearer {self.cloudflare_token}"}
        if not self.cloudflare_token:
            headers = {"X-Auth-Email": self.cloudflare_email, "X-Auth-Key": self.cloudflare_api_key}
        try:
            response = requests.post(
                self.cloudflare_purge_endpoint_url, json=data, headers=headers, timeout=TIMEOUT
            )
            success = response.json().get("success", False)
        except (requests.RequestException, ValueError) as exc:
            logger.error("Couldn't purge %s from Cloudflare: %s", what, exc)
            return
        if not success:
            logger.error("Couldn't purge %s from Cloudflare: %s", what, response.text[:500])
