"""Whole-page cache for anonymous visitors of the public sites.

An anonymous GET or HEAD of a public page is answered from Django's cache (Redis in
production) for ``settings.PAGE_CACHE_SECONDS`` (0 turns the cache off). A visitor
with a session cookie (every logged-in user has one) or an ``Authorization`` header
never reads from it nor writes to it, and neither do the admin, document and API URLs
(the read API keeps its own, api.http_caching).

Only responses whose view opted in are stored (cms.serving.dependencies: Wagtail's
pages opt in for their own site, cms.serving.routing), and only complete, shareable
ones: status 200, no cookie set, not ``Cache-Control: private/no-cache/no-store``, and
no ``Vary`` other than ``Cookie``. Search results, the sitemap, robots.txt, the brand
stylesheets are not stored.

A stored response records the version tokens (cms.serving.tokens) of every site it
depends on, read *before* it was rendered, and a hit is served only while they are all
still current: one cache round trip brings the page and the tokens of its host's site
together. It also carries ``Cache-Control: s-maxage`` and a ``Surrogate-Key`` header
naming its sites (``site-3``, ``sites-all``), so a CDN or Varnish in front can keep it
as long and purge it by site.

The cache is an accelerator, never a dependency: with Redis down or hung, pages are
served uncached with ``X-Page-Cache: unavailable`` (cms.serving.redis_client logs it,
at most once a minute per process).

Why not the wagtail-cache package (3.0.0): it requires ``wagtail<8.0``, so it does
not install with Wagtail 8; it clears either the whole cache or URLs listed in one
shared "keyring" entry that every worker rewrites (lost updates under load), with no
per-site invalidation; and its Django-middleware keying costs an extra cache read
(the header list) on every request.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from cms.serving.dependencies import declared_sites, surrogate_keys
from cms.serving.directory import known_site_id, resolve
from cms.serving.redis_client import CacheUnavailable, cache_is_available
from cms.serving.tokens import (
    ANY_SITE_KEY,
    SITES_GENERATION_KEY,
    current_tokens_of,
    request_tokens,
    send_unsent_replacements,
    site_key,
    tokens_for_dependencies,
)

CACHE_HEADER = "X-Cache"
AVAILABILITY_HEADER = "X-Page-Cache"
SURROGATE_KEY_HEADER = "Surrogate-Key"
# The admin (editing, previews, the login form) and documents (privacy by collection,
# streamed files) are never cached, whoever asks. The read API keeps its own cache, after
# its authentication and rate limits, and looking its responses up here would only cost
# a round trip to the cache each (they vary on Accept and Origin, so none is stored
# here). The prefixes come from cms/urls.py.
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/", "/api/")
UNSHAREABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")


def _page_key(request):
    """Scheme, host, port, path (with its language prefix) and query string, hashed."""
    raw = "|".join(
        (request.scheme, request.get_host(), request.get_port(), request.get_full_path())
    )
    return "pagecache:page:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def _request_is_cacheable(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(NEVER_CACHED_PREFIXES)
    )


def _response_is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in UNSHAREABLE_CACHE_CONTROL):
        return False
    # The key holds no request header, so a page that varies on one (e.g. the
    # Accept-Language of unprefixed URLs) cannot be shared. "Vary: Cookie" can: the
    # cookies that change a rendering are the session (bypassed above), the CSRF
    # token (its use sets a cookie, refused above) and the language cookie (read
    # only on unprefixed URLs, which also vary on Accept-Language).
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return vary <= {"cookie"}


def _uncached(response):
    response[AVAILABILITY_HEADER] = "unavailable"
    return response


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors; see the module docstring.

    Placed near the top of ``MIDDLEWARE`` so that a hit skips the session, locale,
    CSRF, authentication and message middleware: it costs one cache round trip (the
    page and its site's tokens together) and no database query. A miss looks up the
    site once (Wagtail reuses that lookup to serve the page) and reads the tokens
    *before* rendering, so a page rendered while its site is being republished is
    stored under the old token and never served.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.PAGE_CACHE_SECONDS
        if not timeout or not _request_is_cacheable(request):
            return self.get_response(request)
        key = _page_key(request)  # an unknown host raises DisallowedHost (400) here
        try:
            cached = _fetch(request, key)
            if cached is not None:
                return cached
            if request.method != "GET":
                return self.get_response(request)
            before = _tokens_before_rendering(request)
        except CacheUnavailable:
            return _uncached(self.get_response(request))

        response = self.get_response(request)
        sites = declared_sites(response)
        if sites is None or not _response_is_storable(request, response):
            return response if cache_is_available() else _uncached(response)
        try:
            tokens = tokens_for_dependencies(sites, before)
        except CacheUnavailable:
            return _uncached(response)
        if tokens is None:
            return response  # a site it shows changed while it was rendered
        patch_cache_control(response, s_maxage=timeout)
        response[SURROGATE_KEY_HEADER] = surrogate_keys(sites)
        cache.set(
            key, (tokens, response.status_code, list(response.items()), response.content), timeout
        )
        if not cache_is_available():
            return _uncached(response)
        response[CACHE_HEADER] = "miss"
        return response


def _fetch(request, key):
    """The stored response for ``key`` if every token it depends on is still current.

    The site of a host is known once this process has read the directory of the sites
    (on its first miss): then the page and its site's tokens come in one round trip
    to the cache instead of two. Only a hint: the entry names its own dependencies.
    """
    send_unsent_replacements()  # a publish during an outage must not be missed now
    hinted_site = known_site_id(request)
    keys = [key, SITES_GENERATION_KEY, ANY_SITE_KEY]
    if hinted_site is not None:
        keys.append(site_key(hinted_site))
    found = cache.get_many(keys)
    if not cache_is_available():
        raise CacheUnavailable
    entry = found.get(key)
    if entry is None:
        return None
    tokens, status, headers, content = entry
    if not all(dependency in found for dependency in tokens):
        found = current_tokens_of(list(tokens))
    if any(found[dependency] != token for dependency, token in tokens.items()):
        return None
    response = HttpResponse(content, status=status, headers=headers)
    response[CACHE_HEADER] = "hit"
    return response


def _tokens_before_rendering(request):
    """The tokens of the request's site, the sites generation and the any-site token:
    those the site lookup read (one round trip for both)."""
    site = resolve(request)
    return request_tokens(request, site.pk if site is not None else None)
