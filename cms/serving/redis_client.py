"""Django's Redis cache, made an accelerator that can be down without taking a site down.

Two changes to ``django.core.cache.backends.redis.RedisCache``:

* One redis-py client per connection pool instead of one per call. Django's
  ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` object for every cache
  operation, and redis-py's constructor fills a table of about 170 response callbacks
  each time: with the handful of cache reads an uncached page makes, that was about a
  tenth of its time (bench/RESULTS.md). A ``redis.Redis`` object is safe to share (it
  takes a connection from its pool for each command).
* An unreachable Redis answers like an empty one. A connection refused, a timeout (the
  settings give short ones) or a dropped connection makes a read a miss and a write a
  no-op, as Wagtail and Django expect of a cache, and opens a per-process *breaker*:
  for ``RETRY_SECONDS`` no command is sent at all, so a hung Redis costs one timeout
  per process and per interval, not one per cache read. A warning is logged at most
  once per ``LOG_SECONDS``. Code that must know whether a read was real (the page
  cache, the version tokens) asks ``cache_is_available()``.

A connection dropped by a restarted Redis is retried once at once (redis-py's
``retry_on_error``), so a restart under load costs no outage of its own.
"""

import logging
import threading
import time

import redis
from django.core.cache import cache as default_cache
from django.core.cache.backends import redis as django_redis
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
LOG_SECONDS = 60


class CacheUnavailable(Exception):
    """Raised by the serving path's own code when the cache could not answer."""


class _Breaker:
    """Whether this process should leave a Redis server alone for now.

    Shared by every thread (Django keeps one cache object per thread) and keyed by the
    server's address, so one failure spares every thread the next timeout.
    """

    def __init__(self, location):
        self.location = location
        self.open_until = 0.0
        self.logged_at = None
        self.lock = threading.Lock()

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, error):
        now = time.monotonic()
        with self.lock:
            self.open_until = now + RETRY_SECONDS
            if self.logged_at is not None and now - self.logged_at < LOG_SECONDS:
                return
            self.logged_at = now
        logger.warning(
            "The Redis cache at %s is unavailable (%s): pages are served uncached, "
            "and Redis is tried again every %s s (logged at most once every %s s).",
            self.location,
            error,
            RETRY_SECONDS,
            LOG_SECONDS,
        )


_breakers = {}
_breakers_lock = threading.Lock()


def _breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, _Breaker(location))


def cache_is_available(cache=default_cache):
    """False while the breaker of ``cache`` is open (never for a cache without one)."""
    is_available = getattr(cache, "is_available", None)
    return is_available() if is_available is not None else True


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        # A connection a restarted Redis dropped is retried once, at once; a timeout is
        # not (redis-py's default would retry it too, doubling the wait on a hung Redis).
        kwargs.setdefault("retry", Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)))
        kwargs.setdefault("retry_on_error", [redis.ConnectionError])
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def _degrading(default):
    """Run a cache method unless the breaker is open; on a Redis error, trip it and
    answer ``default(*args, **kwargs)`` instead."""

    def decorate(method):
        def wrapper(self, *args, **kwargs):
            if self._breaker.is_open():
                return default(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except redis.RedisError as error:
                self._breaker.trip(error)
                return default(*args, **kwargs)

        wrapper.__name__ = method.__name__
        wrapper.__doc__ = method.__doc__
        return wrapper

    return decorate


def _none(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _get_default(key, default=None, version=None):
    return default


def _empty(*args, **kwargs):
    return {}


def _all_keys_failed(data, *args, **kwargs):
    return list(data)


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._breaker = _breaker_for(server if isinstance(server, str) else ",".join(server))

    def is_available(self):
        return not self._breaker.is_open()

    def count(self, key, timeout):
        """Raise the integer at ``key`` by one and return it, creating it (at 0, kept
        ``timeout`` seconds) first if it is not there; None while Redis is unavailable.

        One round trip (SET NX EX and INCR in one pipeline) where ``add`` then ``incr``
        take two: a rate limit counts every request, a cached one included
        (api.throttling). The value is stored as ``incr`` leaves it (a bare integer,
        which Django's serializer reads as is), so ``get`` and ``incr`` still apply.
        """
        return self.count_and_get_many(key, timeout, [])[0]

    def count_and_get_many(self, key, timeout, keys):
        """``count(key, timeout)`` and ``get_many(keys)`` in one round trip: the count
        and ``{key: value}`` of the keys found; ``(None, {})`` while Redis is unavailable.

        For the read API's answers from its cache (api.http_caching), which count the
        caller's request against its rate limit and fetch the stored response and the
        tokens it depends on together. Everything goes to the server writes go to (the
        only one, unless the cache is configured with replicas).
        """
        if self._breaker.is_open():
            return None, {}
        key = self.make_and_validate_key(key)
        key_map = {self.make_and_validate_key(name): name for name in keys}
        try:
            pipeline = self._cache.get_client(key, write=True).pipeline(transaction=False)
            pipeline.set(key, 0, ex=timeout, nx=True)
            pipeline.incr(key)
            if key_map:
                pipeline.mget(list(key_map))
            _created, value, *fetched = pipeline.execute()
        except redis.RedisError as error:
            self._breaker.trip(error)
            return None, {}
        found = {}
        if key_map:
            loads = self._cache._serializer.loads
            found = {
                key_map[name]: loads(raw)
                for name, raw in zip(key_map, fetched[0], strict=True)
                if raw is not None
            }
        return value, found

    add = _degrading(_false)(django_redis.RedisCache.add)
    get = _degrading(_get_default)(django_redis.RedisCache.get)
    set = _degrading(_none)(django_redis.RedisCache.set)
    touch = _degrading(_false)(django_redis.RedisCache.touch)
    delete = _degrading(_false)(django_redis.RedisCache.delete)
    get_many = _degrading(_empty)(django_redis.RedisCache.get_many)
    has_key = _degrading(_false)(django_redis.RedisCache.has_key)
    set_many = _degrading(_all_keys_failed)(django_redis.RedisCache.set_many)
    delete_many = _degrading(_none)(django_redis.RedisCache.delete_many)
    clear = _degrading(_false)(django_redis.RedisCache.clear)
