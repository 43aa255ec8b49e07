"""The read API's server cache at the door: stored answers served to anonymous callers
ahead of the session, locale, CSRF and authentication middleware, and responses stored
as those middleware leave them.

A hit on the page cache (cms.serving.page_cache) skips that middleware; an API hit went
through all of it (reading the session, the user, the language) before
``api.http_caching.answer_before_drf`` answered it, which made a hit cost twice what
Django's own floor costs (bench/RESULTS.md). This middleware, placed beside the page
cache, resolves a path under ``/api/`` and asks the view, if it can answer before DRF
(``HTTPCachingMixin.as_view``), for its stored answer: one round trip to Redis and no
other middleware.

For that answer to be the one the view and the middleware below would have given, the
entry is stored here, on the way out, with the headers those middleware added
(``X-Frame-Options``, ``Vary: Cookie``; ``api.http_caching.store``), not by the view.
The middleware above (security headers, CORS, Content-Security-Policy) add theirs to a
hit as to any response: CORS's answer depends on each caller's ``Origin`` and must
never be stored.
"""

from django.conf import settings
from django.core import checks
from django.urls import Resolver404, resolve

from api.http_caching import store

# Where cms/urls.py mounts the read API (api.urls).
API_PATH_PREFIX = "/api/"


class APICacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PATH_PREFIX):
            answer = _answer_from_cache(request)
            if answer is not None:
                return answer
        response = self.get_response(request)
        store(response)
        return response


def _answer_from_cache(request):
    """The stored answer of the view at the request's path, or None."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    answer_from_cache = getattr(match.func, "answer_from_cache", None)
    if answer_from_cache is None:
        return None
    # As CommonMiddleware would, before anything is answered: a Host outside
    # ALLOWED_HOSTS is a 400 (DisallowedHost), whether the answer depends on it or not.
    request.get_host()
    return answer_from_cache(request)


MIDDLEWARE_PATH = f"{__name__}.{APICacheMiddleware.__name__}"
# Above it, the middleware whose headers depend on each caller (never stored); below
# it, those a hit skips.
MUST_FOLLOW = "corsheaders.middleware.CorsMiddleware"
MUST_PRECEDE = "django.contrib.sessions.middleware.SessionMiddleware"


def check_middleware(app_configs=None, **kwargs):
    """System check: the read API's cache stores nothing without its middleware, and
    in the wrong place it would store one caller's CORS headers or skip nothing."""
    if not settings.API_CACHE_SECONDS:
        return []
    middleware = list(settings.MIDDLEWARE)
    if MIDDLEWARE_PATH not in middleware:
        return [
            checks.Error(
                f"{MIDDLEWARE_PATH} is not in MIDDLEWARE: the read API's cache "
                "(API_CACHE_SECONDS) would store nothing.",
                id="api.E001",
            )
        ]
    position = middleware.index(MIDDLEWARE_PATH)
    if MUST_FOLLOW in middleware and middleware.index(MUST_FOLLOW) > position:
        return [checks.Error(f"{MIDDLEWARE_PATH} must come after {MUST_FOLLOW}.", id="api.E002")]
    if MUST_PRECEDE in middleware and middleware.index(MUST_PRECEDE) < position:
        return [checks.Error(f"{MIDDLEWARE_PATH} must come before {MUST_PRECEDE}.", id="api.E002")]
    return []
