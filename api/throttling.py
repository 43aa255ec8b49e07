"""Rate limits of the read API: per client address for anonymous callers, per user for
signed-in ones (an API token or a session), with a higher limit.

The limits are ``API_ANONYMOUS_RATE`` and ``API_TOKEN_RATE`` (``120/min`` and
``1200/min`` by default, checked when the settings load). A caller over its limit gets a
429 with ``Retry-After`` (whole seconds until its counter starts again) and a JSON body.

Why a fixed-window counter and not Django REST framework's own ``SimpleRateThrottle``
storage: DRF keeps a list of timestamps per caller and writes it back after each request
(get, then set), so two workers serving the same caller at once both read the old list
and one request goes uncounted; the list also grows to the limit (1,200 floats for a
token holder) and is re-sent to Redis on every request. Here each window has its own
counter, created and raised in one round trip to Redis (``RedisCache.count``: SET NX
then INCR, atomic however many workers count; ``add`` then ``incr`` on another cache),
a few bytes. The cost
is the fixed window's known edge: a caller may spend a whole limit at the end of one
window and another at the start of the next. The classes stay DRF throttles (rate
parsing, scopes, ``wait``, the view's ``check_throttles``).

The counters live in the default cache: Redis when ``REDIS_URL`` is set, shared by every
worker; otherwise each process counts on its own. Redis is an accelerator here as
everywhere (cms.serving.redis_client): while it cannot be reached the limits are not
applied and every request is served, rather than refusing the API to everyone.
"""

import math

import redis
from django.conf import settings
from rest_framework import exceptions
from rest_framework.throttling import SimpleRateThrottle

from cms.login_throttling import client_ip_address
from cms.serving.redis_client import cache_is_available


class RateLimitExceeded(exceptions.Throttled):
    """429 with ``Retry-After``; the endpoints' ``handle_exception`` (api.views.base)
    answers ``{"message": detail}``."""

    default_detail = "Too many requests: this client's rate limit is reached."
    extra_detail_singular = "Try again in {wait} second."
    extra_detail_plural = "Try again in {wait} seconds."


#: Where a request keeps the counts already made for it: ``{counter key: count}``.
COUNTED_ATTRIBUTE = "_rate_limit_counts"


def remember_count(request, key, count):
    """Note that ``request`` raised the counter ``key`` to ``count`` (api.http_caching,
    which counts before DRF runs the throttles): they use this count instead of
    counting the request again."""
    counts = request.__dict__.setdefault(COUNTED_ATTRIBUTE, {})
    counts[key] = count


class FixedWindowRateThrottle(SimpleRateThrottle):
    """A DRF rate throttle counting requests per caller in fixed windows of its period."""

    #: The name of the setting holding this throttle's rate, read on each request so a
    #: test's ``settings`` fixture takes effect.
    rate_setting = None
    # How long a counter outlives its window: a request that computed its window just
    # before the end still finds the counter to raise.
    KEY_GRACE_SECONDS = 5

    def get_rate(self):
        return getattr(settings, self.rate_setting)

    def get_ident_for(self, request):
        """Who is counted, or None when this throttle does not apply to the request."""
        raise NotImplementedError

    def get_cache_key(self, request, view):
        ident = self.get_ident_for(request)
        if ident is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": ident}

    def counter(self, request, view=None):
        """The key of the caller's counter for the current window and how long to keep
        it, or None when this throttle does not count the request."""
        key = self.get_cache_key(request, view)
        if key is None:
            return None
        self.now = self.timer()
        window = int(self.now // self.duration)
        return f"{key}:{window}", self.duration + self.KEY_GRACE_SECONDS

    def allow_request(self, request, view):
        counter = self.counter(request, view)
        if counter is None:
            return True
        key, timeout = counter
        # Counted already when the request first looked for a stored answer
        # (api.cache_middleware answers those before DRF): never counted twice.
        count = getattr(request, COUNTED_ATTRIBUTE, {}).get(key)
        if count is None:
            count = self.count(key, timeout)
        return self.allows(count)

    def allows(self, count):
        """Whether a request that brought the caller's counter to ``count`` is served
        (None: Redis is down, and so is the limit)."""
        return count is None or count <= self.num_requests

    def count(self, key, timeout):
        """The caller's counter for this window, raised by one; None if Redis is down."""
        count_in_one_round_trip = getattr(self.cache, "count", None)
        if count_in_one_round_trip is not None:  # the project's Redis cache
            return count_in_one_round_trip(key, timeout)
        self.cache.add(key, 0, timeout)
        # ``add`` is where an outage of another cache with a breaker shows; ``incr``
        # would raise. Fail open: serve.
        if not cache_is_available(self.cache):
            return None
        try:
            return self.cache.incr(key)
        except ValueError:
            # Gone between add and incr (evicted, or the cache was cleared): this request
            # is the window's first.
            self.cache.set(key, 1, timeout)
            return 1
        except redis.RedisError:
            return None

    def wait(self):
        """Seconds until the current window ends and the caller's counter starts again."""
        return max(1, math.ceil(self.duration - self.now % self.duration))


class AnonymousRateThrottle(FixedWindowRateThrottle):
    """Callers with neither a valid token nor a session, counted per client address."""

    scope = "api_anonymous"
    rate_setting = "API_ANONYMOUS_RATE"

    def get_ident_for(self, request):
        if _signed_in(request):
            return None
        return client_ip_address(request) or "unknown"


class SignedInRateThrottle(FixedWindowRateThrottle):
    """Callers with an API token or a session, counted per user.

    Per user rather than per token: a budget belongs to an account, so a consumer given
    several tokens (or using a session beside one) does not get several budgets.
    """

    scope = "api_user"
    rate_setting = "API_TOKEN_RATE"

    def get_ident_for(self, request):
        if not _signed_in(request):
            return None
        return request.user.pk


def _signed_in(request):
    """Whether the request's caller authenticated. A request asked about before the
    authentication middleware ran has no user yet: it brought no credentials, or it
    would not be answered there (api.cache_middleware)."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


#: What every public endpoint sets as ``throttle_classes``.
THROTTLE_CLASSES = [AnonymousRateThrottle, SignedInRateThrottle]


class RateLimitedMixin:
    """For a DRF view: the read API's rate limits, refused with the API's JSON body."""

    throttle_classes = THROTTLE_CLASSES

    def throttled(self, request, wait):
        raise RateLimitExceeded(wait)
