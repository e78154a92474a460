"""Values every page shows (menu, footer, partners, where the tag pages are), computed once per
site and language and kept in the cache until an editor changes something.

Every cached value carries the site's content generation in its key; publishing, unpublishing,
moving or deleting a page and saving a chrome snippet or setting starts a new generation
(home/signals.py), so nothing stale is served and old entries simply expire. With more than one
process the cache must be shared (Redis, ``REDIS_URL``) for a change to reach all of them.

A cache that is down never fails a request: the value is then computed as if nothing was cached.

A page reads a dozen cached values; each would be a round trip to Redis. Instead a request asks
for the generation once, and values already seen by this process are taken from its own memory:
their keys carry the generation, so they can never be stale. They are kept pickled, so no caller
can change another request's copy.
"""

import logging
import pickle
import threading
import uuid
from urllib.parse import urlencode

from django.core.cache import cache
from django.utils import timezone, translation

logger = logging.getLogger(__name__)

GENERATION_KEY = "home:content-generation"
TIMEOUT = 60 * 60
MAX_KEY_PARAMETER = 40  # longer query parameter values are not worth a cache entry
PROCESS_MEMORY_BYTES = 32 * 1024 * 1024  # pickled values kept in this process before it starts afresh

_request = threading.local()  # the generation read once in this thread's current request


def request_started(**kwargs):
    """Signal receiver: a new request reads the generation afresh (at its first cached value)."""
    _request.active, _request.generation = True, None


def request_finished(**kwargs):
    _request.active, _request.generation = False, None


def _generation():
    generation = getattr(_request, "generation", None)
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = uuid.uuid4().hex
            # add(), not set(): two processes starting at once agree on one generation.
            cache.add(GENERATION_KEY, generation, timeout=None)
            generation = cache.get(GENERATION_KEY, generation)
        if getattr(_request, "active", False):
            _request.generation = generation
    return generation


def cached_per_language(name, site_id, build):
    """``build()``'s value for this site and the active language, from the cache when possible."""
    return cached(f"{name}:{site_id}:{translation.get_language()}", build)


def cached_for_readers(request, name, build, *, parameters=(), hourly=False):
    """``build()``'s value as ``cached`` keeps it, for what a reader asked: ``parameters`` are the
    query parameters the value depends on (a listing's tag, year and page). A preview (the page
    as edited) and odd parameter values (an entry for every address a crawler makes up) are
    built afresh; ``hourly`` for values that move on with the clock (the agenda)."""
    values = [(parameter, request.GET.get(parameter, "")) for parameter in parameters]
    if getattr(request, "is_preview", False) or any(len(value) > MAX_KEY_PARAMETER for _, value in values):
        return build()
    if hourly:
        values.append(("hour", timezone.localtime().strftime("%Y%m%d%H")))
    return cached(f"{name}?{urlencode(values)}", build)


class ProcessMemory:
    """Pickled values this process has seen, up to a size, all of one ``era`` (a generation):
    values of another era are never read again."""

    def __init__(self):
        self.values, self.era, self.size = {}, None, 0

    def keep(self, key, value, era=None):
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if era != self.era or self.size + len(pickled) > PROCESS_MEMORY_BYTES:
            self.values.clear()
            self.era, self.size = era, 0
        self.values[key] = pickled
        self.size += len(pickled)


_per_generation = ProcessMemory()
_per_content = ProcessMemory()


def cached(name, build):
    """``build()``'s value for the current content generation, from the cache when possible."""
    try:
        generation = _generation()
    except Exception:  # noqa: BLE001 (any cache failure: compute instead)
        logger.warning("Cache unavailable; computing %s directly.", name, exc_info=True)
        return build()
    return _kept(f"home:{name}:{generation}", build, _per_generation, generation)


def cached_by_content(name, build):
    """``build()``'s value under a name that says what it is built from (an image's file and
    crop): the same in every content generation, so a publish does not build it again."""
    return _kept(f"home:{name}", build, _per_content)


def _kept(key, build, memory, era=None):
    try:
        if key in memory.values:
            return pickle.loads(memory.values[key])
        value = cache.get(key)
    except Exception:  # noqa: BLE001 (any cache failure: compute instead)
        logger.warning("Cache unavailable; computing %s directly.", key, exc_info=True)
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, timeout=TIMEOUT)
        except Exception:  # noqa: BLE001
            logger.warning("Cache unavailable; %s not stored.", key, exc_info=True)
    memory.keep(key, value, era)
    return value


def start_new_generation(**kwargs):
    """Signal receiver: everything cached so far describes content that has changed."""
    generation = uuid.uuid4().hex
    if getattr(_request, "active", False):
        _request.generation = generation
    try:
        cache.set(GENERATION_KEY, generation, timeout=None)
    except Exception:  # noqa: BLE001
        # Entries written before the outage may be served until they expire (TIMEOUT).
        logger.error("Cache unavailable: the site's cached menu and footer were not renewed.", exc_info=True)
