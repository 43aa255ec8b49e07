"""Data every visitor of a site sees, kept until the site next changes.

``cached_for_site`` keeps what many pages of a site repeat (the sections of the menu,
the latest news of the home page, a page's route) in the shared cache under the site's
version tokens (cms.serving.tokens), with this process's most recently used values in
front of it; ``cached_for_all_sites`` the same for data about every site, under the
any-site token. With the cache unavailable the value is computed, as if never cached.
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from cms.serving.redis_client import CacheUnavailable
from cms.serving.tokens import (
    ANY_SITE_KEY,
    SITES_GENERATION_KEY,
    request_tokens,
    site_key,
    tokens_of_any_site,
)

_MISSING = object()


def cached_for_site(request, name, compute):
    """``compute()``, kept in the cache until the site of ``request`` next changes.

    For data every visitor of a site sees and many pages repeat (the sections of the
    menu, the latest news of the home page) that would otherwise be queried on every
    page the page cache does not answer. The key carries the site's version tokens, so
    publishing anything in the site, or changing its settings, drops it at once, like
    the cached pages. ``name`` must say everything else the value depends on (e.g. the
    language); the value must be picklable and the same for every visitor. Kept at most
    ``settings.SITE_CACHE_SECONDS`` (0 = always compute), which also bounds how long
    anything that changes with time alone (e.g. "upcoming" events) may lag.
    """
    timeout = getattr(settings, "SITE_CACHE_SECONDS", 0)
    site = Site.find_for_request(request) if timeout and request is not None else None
    if site is None:
        return compute()
    try:
        tokens = request_tokens(request, site.pk)
    except CacheUnavailable:
        return compute()
    site_token, sites_token = tokens[site_key(site.pk)], tokens[SITES_GENERATION_KEY]
    return _kept(f"pagecache:data:{site.pk}:{site_token}:{sites_token}:{name}", compute, timeout)


def cached_for_all_sites(request, name, compute):
    """``compute()``, kept in the cache until any site next changes (the any-site
    token), as ``cached_for_site`` keeps what one site's visitors see: for data about
    every site that every anonymous caller shares (the pages under a view restriction,
    the languages' codes)."""
    timeout = getattr(settings, "SITE_CACHE_SECONDS", 0)
    if not timeout or request is None:
        return compute()
    try:
        tokens = tokens_of_any_site(request)
    except CacheUnavailable:
        return compute()
    any_site_token, sites_token = tokens[ANY_SITE_KEY], tokens[SITES_GENERATION_KEY]
    return _kept(f"pagecache:data:all:{any_site_token}:{sites_token}:{name}", compute, timeout)


def _kept(key, compute, timeout):
    """The value under ``key`` (which says every token it depends on): this process's
    copy, else the shared cache's, else ``compute()``, then kept in both."""
    value = _local_site_data.get(key)
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            _local_site_data.put(key, value, timeout)
    if value is _MISSING:
        value = compute()
        _local_site_data.put(key, value, timeout)
        cache.set(key, value, timeout)
    return value


class _LocalSiteData:
    """The site data this process read last, in front of the shared cache.

    Safe without any invalidation of its own: a key carries the site's tokens, so what
    is stored under it never changes; a changed site is read under a new key. It only
    saves the round trip to Redis. Values are kept pickled and unpickled for each
    request, as the shared cache would, so no request sees another one's objects. Least
    recently used entries go first; each entry also expires with its timeout.
    """

    def __init__(self, max_entries=2048):
        self.max_entries = max_entries
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return _MISSING
            expires, data = entry
            if expires < time.monotonic():
                del self.entries[key]
                return _MISSING
            self.entries.move_to_end(key)
        # Only bytes this process pickled itself in put(), never data read from outside.
        return pickle.loads(data)  # noqa: S301

    def put(self, key, value, timeout):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self.lock:
            self.entries[key] = (time.monotonic() + timeout, data)
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


_local_site_data = _LocalSiteData()
