"""HTTP caching for the read API: validators, Cache-Control, and a server-side cache.

Every GET or HEAD answered 200 by a view with ``HTTPCachingMixin`` carries:

- a strong ``ETag``, a hash of the rendered body and its content type, so it is exact
  whatever changed; ``If-None-Match`` (a list, ``*``, weak comparison) answers 304;
- ``Last-Modified``, when the view declared the sites it shows
  (``cms.serving.dependencies.cache_response_for_sites``): the time of the newest
  version token (cms.serving.tokens) among those sites, read anyway for the server
  cache, so it costs no query; every change that could alter the response replaced one
  of those tokens. ``If-Modified-Since`` answers 304 (for anonymous callers; see
  ``HTTPCachingMixin``). Omitted while the cache is down: there are no tokens then;
- ``Cache-Control: public, max-age=API_CACHE_MAX_AGE`` for an anonymous caller,
  ``private, no-store`` for a caller who authenticated (token or session), whose
  response may hold what others may not see;
- ``Vary: Accept, Accept-Encoding, Origin, Authorization``: DRF picks the renderer by
  ``Accept``; django-cors-headers answers each allowed ``Origin`` with its own
  ``Access-Control-Allow-Origin``; and a shared cache must never hand the anonymous
  copy to a request carrying a token, nor the other way round. Not ``Cookie``: a
  session caller's responses are ``private, no-store`` and never stored, and varying
  on it would split a CDN's copies by every analytics cookie of the mission sites
  (Django's session middleware adds it anyway whenever a view read the session).

Anything else (an error, a redirect, a 404) is ``no-store``: a consumer told by a
webhook that a page was just published must not get a 404 kept from a minute ago.

The server-side cache keeps anonymous 200 responses in Django's cache (Redis in
production) for ``API_CACHE_SECONDS`` (0 = off), only those whose view declared its
sites, under the tokens read *before* rendering, and serves one only while they are all
current: exactly the page cache's rule (cms.serving.page_cache), so every event that
makes a site's pages stale (cms.serving.invalidation, api.invalidation) makes the API's
responses about that site stale too, and a publish anywhere makes every cross-site
listing stale (the any-site token). A hit is served after the rate limit and before any
database query: for a caller anonymous at a glance (no ``Authorization``, no session
cookie) before the session and authentication middleware and DRF
(``api.cache_middleware``, ``answer_before_drf``), else after DRF's authentication,
permissions and rate limits. Entries are stored by that middleware, with the headers
the middleware below it add (``store``). The cache is keyed by the
path, the query string with its parameters sorted, the negotiated media type and the
host (Wagtail writes ``meta.detail_url`` on the requesting host unless
``WAGTAILAPI_BASE_URL`` is set). ``X-Cache: hit`` or ``miss`` says what happened,
``unavailable`` that the cache is down: responses are then made afresh, never refused.

Why not Django's ``cache_page`` or ``ConditionalGetMiddleware``: the first keeps a
response for a fixed time, stale after a publish, and keys by the full set of Vary
headers; the second hashes the body too but can only answer 304 after the view did all
its work. Both run as middleware, outside DRF, so a cached answer would skip the rate
limit. The RFC 9110 logic itself is Django's ``get_conditional_response``.
"""

import functools
import hashlib
import time
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.response import SimpleTemplateResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer

from api.authentication import AUTHENTICATION_CLASSES
from api.throttling import remember_count
from cms.serving.dependencies import cache_response_for_sites, declared_sites, surrogate_keys
from cms.serving.directory import resolve
from cms.serving.redis_client import CacheUnavailable, cache_is_available
from cms.serving.tokens import (
    ANY_SITE_KEY,
    SITES_GENERATION_KEY,
    current_tokens_of,
    last_modified,
    request_tokens,
    send_unsent_replacements,
    tokens_for_dependencies,
)

CACHE_HEADER = "X-Cache"
SURROGATE_KEY_HEADER = "Surrogate-Key"
VARY = ("Accept", "Accept-Encoding", "Origin", "Authorization")
# A view that says its response must not be shared keeps its word.
UNSHAREABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")
# Headers made for one request, never stored with a response nor served from the cache:
# rate-limit counters, the cache's own verdict, and Last-Modified (told afresh at each
# hit, see tokens.last_modified).
# The body's length is told by ``stored_response``.
PER_REQUEST_HEADERS = (
    "x-cache",
    "last-modified",
    "retry-after",
    "ratelimit",
    "x-ratelimit",
    "content-length",
)


def caller_is_anonymous(request):
    """True when the caller sent no credentials and DRF authenticated nobody.

    A request carrying an ``Authorization`` header that DRF did not accept (a scheme the
    API does not use) is not anonymous either: whoever sends credentials means to get
    what they allow, and gets nothing shared.
    """
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.user.is_authenticated and request.auth is None


def entity_tag(response):
    """A strong ETag for the rendered ``response``: its content type and body, hashed."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(response.get("Content-Type", "").encode())
    digest.update(b"\n")
    digest.update(response.content)
    return quote_etag(digest.hexdigest())


def response_cache_key(request, per_host=True):
    """The server cache's key of a (DRF) request: path, sorted query, media type, and
    host."""
    return _cache_key(request._request, str(request.accepted_media_type), per_host)


def _cache_key(request, media_type, per_host):
    query = sorted((name, values) for name, values in request.GET.lists())
    parts = [request.path, repr(query), media_type]
    if per_host:
        parts[:0] = [request.scheme, request.get_host()]
    raw = "\x1f".join(parts)
    return "apicache:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


@dataclass
class _Exchange:
    """What the mixin learnt about one request between ``initial`` and the response."""

    anonymous: bool
    shareable: bool  # anonymous, and the representation may be stored and shared
    key: str | None = None
    before: dict | None = None  # tokens read before rendering
    verified_at: float | None = None  # when ``before`` was known current
    hit: "_Entry | None" = None
    unavailable: bool = False


class _Entry(NamedTuple):
    """A stored response: what ``_fetch`` needs to tell whether it is current, and it.

    Stored as a plain tuple, not as this class: an entry of another release's shape
    is then a miss, never an error unpickling it.
    """

    sites: object  # the sites its view declared (a frozenset of ids, or ALL_SITES)
    tokens: dict  # {token key: token} of every site it depends on
    any_site: str  # the any-site token when it was stored
    etag: str
    headers: list
    content: bytes


def _fetch(key):
    """The entry stored under ``key`` if every token it depends on is current, the time
    that was checked; (None, None) when there is none or it is stale.

    One round trip brings the entry and the any-site token: if no site changed since the
    entry was stored (each change replaces the any-site token) it is current; else the
    tokens of its own sites decide (a second round trip), so a publish on another site
    leaves it alone. Raises CacheUnavailable.
    """
    send_unsent_replacements()  # a publish during an outage must not be missed now
    checked_at = time.time()
    found = cache.get_many(_keys_of_a_lookup(key))
    if not cache_is_available():
        raise CacheUnavailable
    entry = _current_entry(key, found)
    return (entry, checked_at) if entry is not None else (None, None)


def _keys_of_a_lookup(key):
    """What a lookup of ``key`` reads in its first round trip."""
    return [key, ANY_SITE_KEY, SITES_GENERATION_KEY]


def _current_entry(key, found):
    """The entry under ``key`` in ``found`` (read with ``_keys_of_a_lookup``) if it is
    current, else None. Raises CacheUnavailable."""
    try:
        entry = _Entry(*found[key])
    except (KeyError, TypeError):
        return None  # none, or one of another shape (written by another release)
    if found.get(ANY_SITE_KEY) != entry.any_site:
        missing = [dependency for dependency in entry.tokens if dependency not in found]
        if missing:
            found.update(current_tokens_of(missing))
        if any(found[dependency] != token for dependency, token in entry.tokens.items()):
            return None
    return entry


def _validated(request, response, *, tokens, verified_at, anonymous):
    """``response`` with ``Last-Modified`` from the tokens it was made under, through
    Django's RFC 9110 preconditions (a 304 when the caller has it already)."""
    modified = None
    if tokens is not None:
        modified = last_modified(tokens.values(), verified_at)
    if modified is not None:
        response["Last-Modified"] = http_date(modified)
    conditional = get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=modified if anonymous else None,
        response=response,
    )
    if conditional is not response and CACHE_HEADER in response:
        conditional[CACHE_HEADER] = response[CACHE_HEADER]
    return conditional


# --- Answering from the cache before Django REST framework ---------------------------
#
# A stored answer needs none of what DRF does for a request (wrapping it, asking each
# authentication class, content negotiation, the permission checks), nor the session,
# locale and authentication middleware, yet those were most of the cost of a hit
# (bench/RESULTS.md). A request that is anonymous at a glance (no ``Authorization``
# header, no session cookie), asks for the only representation (JSON) and finds a
# current entry is answered here, called by api.cache_middleware, exactly as
# ``HTTPCachingMixin`` answers a hit; its rate limit is counted in the same round trip
# to Redis as the entry is fetched. Anything else (a miss, a stale entry, a caller over
# its limit, Redis down) goes on to the view, which counts nothing twice
# (api.throttling.remember_count).

# ``Accept`` headers for which DRF's content negotiation picks the JSON renderer with
# the media type ``application/json`` (the one the entries of anonymous callers are
# stored under): none, anything, or JSON. Any other goes through DRF.
_PLAIN_ACCEPT = frozenset([None, "*/*", "application/json"])
JSON_MEDIA_TYPE = "application/json"


def can_answer_before_drf(view_class):
    """Whether what DRF would do for an anonymous caller of ``view_class`` is known
    without it: anyone may call it, credentials come only as an ``Authorization``
    header or a session cookie, and its rate limits count in fixed windows."""
    return (
        all(permission is AllowAny for permission in view_class.permission_classes)
        and all(
            authentication in AUTHENTICATION_CLASSES
            for authentication in view_class.authentication_classes
        )
        and all(hasattr(throttle, "counter") for throttle in view_class.throttle_classes)
    )


def answer_before_drf(view_class, request):
    """The stored answer to ``request`` for a view of ``view_class`` (one that
    ``can_answer_before_drf``), or None to let the view answer (see above)."""
    if (
        request.method not in ("GET", "HEAD")
        or not settings.API_CACHE_SECONDS
        or "HTTP_AUTHORIZATION" in request.META
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or request.META.get("HTTP_ACCEPT") not in _PLAIN_ACCEPT
    ):
        return None
    throttles = [throttle_class() for throttle_class in view_class.throttle_classes]
    counted = [(t, counter) for t in throttles if (counter := t.counter(request)) is not None]
    if len(counted) > 1:
        return None  # one counter goes with the lookup; the view knows how to count more
    key = _cache_key(request, JSON_MEDIA_TYPE, per_host=view_class.http_cache_per_host)
    send_unsent_replacements()  # a publish during an outage must not be missed now
    checked_at = time.time()
    keys = _keys_of_a_lookup(key)
    if counted:
        throttle, (counter_key, timeout) = counted[0]
        if hasattr(cache, "count_and_get_many"):  # Redis (cms.serving.redis_client)
            count, found = cache.count_and_get_many(counter_key, timeout, keys)
        else:
            count, found = throttle.count(counter_key, timeout), cache.get_many(keys)
        if count is None:
            return None  # Redis is down: the view says so (X-Cache: unavailable)
        remember_count(request, counter_key, count)
        if not throttle.allows(count):
            return None  # the view refuses it (429), with its body and Retry-After
    else:
        found = cache.get_many(keys)
    if not cache_is_available():
        return None
    try:
        entry = _current_entry(key, found)
    except CacheUnavailable:
        return None
    if entry is None:
        return None
    return _validated(
        request,
        stored_response(entry),
        tokens=entry.tokens,
        verified_at=checked_at,
        anonymous=True,
    )


def _entry_of(response, exchange, tokens):
    """The entry that keeps ``response``: its headers as the view left them (those the
    middleware add are added by ``store``)."""
    return _Entry(
        sites=declared_sites(response),
        tokens=tokens,
        any_site=exchange.before[ANY_SITE_KEY],
        etag=response["ETag"],
        headers=list(response.items()),
        content=response.content,
    )


def store(response):
    """Keep the response a view with ``HTTPCachingMixin`` made, if it is to be kept,
    with the headers the middleware between it and ``api.cache_middleware`` added.

    The view may have answered a 304 to a caller who had the response already: its
    entry holds the 200's headers, to which the headers those middleware added to or
    changed in the 304 (``X-Frame-Options``, ``Vary: Cookie``) are applied. Nothing is
    kept once a middleware set a cookie (it would be handed to every caller).
    """
    pending = getattr(response, "_http_cache_entry", None)
    if pending is None or response.cookies:
        return
    key, entry, as_the_view_left_it = pending
    headers = dict(entry.headers)
    served = dict(response.items())
    for name, value in served.items():
        if as_the_view_left_it.get(name) != value:
            headers[name] = value
    for name in as_the_view_left_it.keys() - served.keys():
        headers.pop(name, None)
    kept = [
        (name, value)
        for name, value in headers.items()
        if not name.lower().startswith(PER_REQUEST_HEADERS)
    ]
    cache.set(key, tuple(entry._replace(headers=kept)), settings.API_CACHE_SECONDS)
    if cache_is_available():
        response[CACHE_HEADER] = "miss"


def stored_response(entry):
    """The response kept in ``entry``, marked as a hit."""
    response = HttpResponse(entry.content, headers=entry.headers)
    # Told afresh (not kept: a 304 stored its 200's entry), as CommonMiddleware would.
    response["Content-Length"] = len(entry.content)
    # Declared as when it was stored, so that nothing needs to work it out again.
    cache_response_for_sites(response, entry.sites)
    response[CACHE_HEADER] = "hit"
    return response


class HTTPCachingMixin:
    """ETag, Last-Modified, 304s, Cache-Control, Vary and a server-side response cache
    for a DRF view (see the module docstring). Put it before the DRF or Wagtail base
    class: ``class BaseEndpoint(HTTPCachingMixin, BaseAPIViewSet)``.

    What a view must do:

    - Declare the sites every 200 response depends on, with
      ``cms.serving.dependencies.cache_response_for_sites(response, site_ids)``, or
      ``cache_response_for_all_sites(response)`` for anything that gathers sites (a
      listing with no ``site`` filter, the missions directory): only a declaring
      response gets ``Last-Modified`` and is stored. Declare every site whose content,
      settings or Mission record appear in it (a listing of one site: that site; a
      page's detail: its site, plus any other site it links to). Declaring too few is
      a stale read; too many only costs hits.
    - Make the body depend only on the request's path, query string, ``Accept`` and
      host, and on the caller only through whether they authenticated: the cache is
      shared by every anonymous caller. Set ``http_cache_per_host = False`` on a view
      whose body is the same on every host (absolute URLs not built from the request).
    - Leave headers made for one caller (rate-limit counters) to a class placed before
      this mixin or to middleware: this mixin stores every header the view set, except
      those in ``PER_REQUEST_HEADERS``. A view that sets its own ``Cache-Control`` with
      ``private``, ``no-cache`` or ``no-store`` is neither overridden nor stored.

    The mixin overrides ``initial`` (after DRF's authentication, permissions, rate limits
    and content negotiation: look up the cache; on a hit, the action is not run) and
    ``finalize_response`` (render, validators, headers, store, 304). An authenticated
    caller is answered 304 on ``If-None-Match`` only: what such a caller may see also
    changes with their groups, which replace no token, so a date cannot vouch for it.
    """

    http_cache_per_host = True

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self._http_exchange = None
        if request.method not in ("GET", "HEAD"):
            return
        anonymous = caller_is_anonymous(request)
        # The browsable API's HTML page holds a CSRF token and forms: never shared.
        shareable = anonymous and not isinstance(request.accepted_renderer, BrowsableAPIRenderer)
        exchange = self._http_exchange = _Exchange(anonymous=anonymous, shareable=shareable)
        try:
            if shareable and settings.API_CACHE_SECONDS:
                exchange.key = response_cache_key(request, per_host=self.http_cache_per_host)
                entry, checked_at = _fetch(exchange.key)
                if entry is not None:
                    exchange.hit, exchange.verified_at = entry, checked_at
                    self._answer_with_stored(entry)
                    return
            verified_at = time.time()
            # The site lookup the views make anyway (api.views.base), which reads the
            # tokens of the host's site, the sites generation and the any-site token.
            site = resolve(request)
            exchange.before = request_tokens(request, site.pk if site else None)
            exchange.verified_at = verified_at
        except CacheUnavailable:
            exchange.unavailable = True

    @property
    def served_from_cache(self):
        """True when this request is answered from the server cache (known after
        ``initial``): the action does not run, so it needs nothing looked up."""
        exchange = getattr(self, "_http_exchange", None)
        return exchange is not None and exchange.hit is not None

    def _answer_with_stored(self, entry):
        """Make the action DRF is about to call answer with the stored response.

        DRF calls ``getattr(self, method)`` after ``initial``; a viewset has bound its
        actions there as instance attributes (``ViewSetMixin.as_view``), so the stored
        response takes their place for this request only (a view instance serves one).
        """
        response = stored_response(entry)

        def stored(request, *args, **kwargs):
            return response

        setattr(self, self.request.method.lower(), stored)

    @classmethod
    def as_view(cls, *args, **initkwargs):
        """The view, telling ``api.cache_middleware`` how to answer from the cache
        before the session, authentication and DRF (``answer_before_drf``), when it
        can."""
        view = super().as_view(*args, **initkwargs)
        if can_answer_before_drf(cls):
            view.answer_from_cache = functools.partial(answer_before_drf, cls)
        return view

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, VARY)
        exchange = getattr(self, "_http_exchange", None)
        if exchange is None or response.status_code != 200 or response.streaming:
            # Errors, redirects, other methods, and anything refused before ``initial``
            # finished (401, 403, 429): never kept.
            patch_cache_control(response, no_store=True)
            if exchange is None or not exchange.anonymous:
                patch_cache_control(response, private=True)
            return response
        if exchange.hit is not None:
            return self._conditional(request, response, exchange, exchange.hit.tokens)

        if isinstance(response, SimpleTemplateResponse):
            response.render()  # DRF renders lazily; the ETag needs the body
        response["ETag"] = entity_tag(response)
        own_cache_control = response.get("Cache-Control", "").lower()
        shared = exchange.shareable and not response.cookies
        if any(word in own_cache_control for word in UNSHAREABLE_CACHE_CONTROL):
            shared = False
        elif shared:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        else:
            patch_cache_control(response, private=True, no_store=True)

        tokens = self._tokens_of(response, exchange)
        entry = None
        if tokens is not None and shared:
            response[SURROGATE_KEY_HEADER] = surrogate_keys(declared_sites(response))
            if exchange.key is not None and request.method == "GET":
                entry = _entry_of(response, exchange, tokens)
        if exchange.unavailable or not cache_is_available():
            response[CACHE_HEADER] = "unavailable"
        answer = self._conditional(request, response, exchange, tokens)
        if entry is not None:
            # Stored by api.cache_middleware once the middleware below it added their
            # headers, so that an answer from the cache is the one served now.
            answer._http_cache_entry = (exchange.key, entry, dict(answer.items()))
        return answer

    def _tokens_of(self, response, exchange):
        """The tokens the response was made under, if it declared its sites and they
        did not change while it was rendered; else None."""
        sites = declared_sites(response)
        if sites is None or exchange.before is None:
            return None
        try:
            return tokens_for_dependencies(sites, exchange.before)
        except CacheUnavailable:
            exchange.unavailable = True
            return None

    def _conditional(self, request, response, exchange, tokens):
        return _validated(
            request._request,
            response,
            tokens=tokens,
            verified_at=exchange.verified_at,
            anonymous=exchange.anonymous,
        )
