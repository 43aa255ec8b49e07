"""Version tokens: what makes a stored page or site datum stale, in one cache write.

Each site has a token; whatever is stored for a site (a whole page, the menu of its
home page) records the tokens it was made under, and is used only while they are still
current. Replacing a site's token so makes everything stored for the site stale at once.
Two tokens are global: the *sites generation*, replaced only when what decides which
site answers a host or where a site's home pages are changes (every process then reads
its directory of the sites again, cms.serving.directory), and the *any-site* token,
replaced with every site's, on which a response showing every site depends.

With the cache unavailable, reading tokens raises ``CacheUnavailable`` (callers then
serve uncached), and a replacement that could not be written is logged and written
again by this process on its next successful read, so a publish during an outage
leaves nothing stale once Redis is back (unless the process ends first: the page cache
timeout still bounds it).

A token also says when it was made (``"<unix seconds>-<random>"``), so the newest time
among the tokens a response depends on is its ``Last-Modified`` (``last_modified``),
read in the same round trip that decides whether a stored copy is current.
"""

import logging
import secrets
import threading
import time

from django.core.cache import cache
from django.db import transaction

from cms.serving.dependencies import ALL_SITES
from cms.serving.redis_client import CacheUnavailable, cache_is_available

logger = logging.getLogger(__name__)

SITES_GENERATION_KEY = "pagecache:sites"
ANY_SITE_KEY = "pagecache:any-site"


def site_key(site_id):
    return f"pagecache:site:{site_id}"


def dependency_keys(sites):
    """The token keys a response depending on ``sites`` (ids or ALL_SITES) is kept under.

    Always the sites generation too: a site's pages may change when another site takes
    over a hostname, or when a site's home moves.
    """
    if sites == ALL_SITES:
        return [ANY_SITE_KEY, SITES_GENERATION_KEY]
    return [*(site_key(site_id) for site_id in sorted(sites)), SITES_GENERATION_KEY]


def _new_token():
    # Random rather than a counter: if Redis evicts a token, the one that replaces it
    # can never equal a token stored in an old entry, so no stale page comes back. The
    # time in front is only read by ``last_modified``, never compared for equality alone.
    return f"{int(time.time())}-{secrets.token_hex(6)}"


def made_at(token):
    """The Unix time (whole seconds) ``token`` was made; None for a token that says none
    (one written before tokens carried their time)."""
    seconds, dash, _random = str(token).partition("-")
    return int(seconds) if dash and seconds.isdigit() else None


def last_modified(tokens, verified_at):
    """The ``Last-Modified`` (Unix seconds) of a response made under ``tokens`` (values);
    None if it cannot be told.

    ``verified_at``: a time at which the tokens were current, no later than the moment
    the response's content was read (the read of the tokens before rendering, or the
    check of a stored copy). The newest token's time, since every change of what the
    response shows replaced one of its tokens; but only when that time is a whole second
    before ``verified_at``. HTTP dates count whole seconds: a change committed later in
    the same second would get a token of the same second, and a client holding that
    date would be told "not modified" (``If-Modified-Since``) about a changed response.
    A change whose final token (``invalidate_sites`` replaces it again after the commit)
    is from an earlier second was committed before ``verified_at``, so the response
    shows it; one committed later gets a later token, and a 200.
    """
    times = [made_at(token) for token in tokens]
    if not times or None in times:
        return None
    newest = max(times)
    return newest if newest < int(verified_at) else None


def current_tokens_of(keys):
    """``{key: token}`` now in force for ``keys``, creating any that are missing.

    Raises CacheUnavailable when the cache cannot answer.
    """
    tokens = cache.get_many(keys)
    if len(tokens) < len(keys):
        for key in keys:
            if key not in tokens:
                cache.add(key, _new_token(), timeout=None)
        tokens = cache.get_many(keys)
    if len(tokens) < len(keys) or not cache_is_available():
        raise CacheUnavailable
    send_unsent_replacements()
    return tokens


def tokens_for_dependencies(sites, before):
    """The tokens to store a response depending on ``sites`` (ids or ALL_SITES) under,
    as they were before it was rendered; None if they changed meanwhile.

    ``before``: ``{key: token}`` read before rendering, holding at least the any-site
    token. The keys of ``dependency_keys(sites)`` it lacks (a site's token the request
    did not know it would show) are read now, and trusted only if no site changed since
    ``before`` was read (every site's change replaces the any-site token).

    Raises CacheUnavailable when the cache cannot answer.
    """
    keys = dependency_keys(sites)
    if all(dependency in before for dependency in keys):
        return {dependency: before[dependency] for dependency in keys}
    now = current_tokens_of([*keys, ANY_SITE_KEY])
    if now[ANY_SITE_KEY] != before[ANY_SITE_KEY]:
        return None
    return {dependency: now[dependency] for dependency in keys}


# --- The tokens of a request, read once per request ---------------------------------


def request_token_keys(site_id):
    """What a request to a site reads in one round trip: its site's token (none without
    a site), the sites generation and the any-site token."""
    keys = [SITES_GENERATION_KEY, ANY_SITE_KEY]
    return keys if site_id is None else [site_key(site_id), *keys]


def read_request_tokens(request, site_id):
    """``{key: token}`` for ``request_token_keys(site_id)``, kept on the request."""
    tokens = current_tokens_of(request_token_keys(site_id))
    request._serving_tokens = (site_id, tokens)
    return tokens


def tokens_of_any_site(request):
    """The tokens this request read (for whichever site), else those of no site: each
    holds the any-site token and the sites generation, all that data about every site
    depends on."""
    memo = getattr(request, "_serving_tokens", None)
    return memo[1] if memo is not None else read_request_tokens(request, None)


def request_tokens(request, site_id):
    """Like ``read_request_tokens``, but read at most once per request."""
    memo = getattr(request, "_serving_tokens", None)
    if memo is None or memo[0] != site_id:
        return read_request_tokens(request, site_id)
    return memo[1]


# --- Replacing tokens ---------------------------------------------------------------

_unsent = set()
_unsent_lock = threading.Lock()


def _replace_tokens(keys):
    if not keys:
        return
    failed = cache.set_many({key: _new_token() for key in keys}, timeout=None)
    if failed or not cache_is_available():
        # Publishing must not fail because the cache is down; sent again later.
        logger.error(
            "Could not replace the cache tokens %s: sent again once Redis answers.", sorted(keys)
        )
        with _unsent_lock:
            _unsent.update(keys)


def send_unsent_replacements():
    """Write the token replacements an outage kept from Redis, if any (a cheap check)."""
    if not _unsent:
        return
    with _unsent_lock:
        keys = set(_unsent)
        _unsent.clear()
    _replace_tokens(keys)


def forget_unsent_replacements():
    """Drop the replacements an outage kept from Redis (for tests: each starts afresh)."""
    with _unsent_lock:
        _unsent.clear()


def invalidate_sites(site_ids, sites_generation=False):
    """Make everything stored for these sites stale, now and again after the commit.

    Now, so that the change is visible at once (and in tests, which never commit);
    after the commit, because a request that read the database just before the commit
    may have stored the old content under the token replaced now.
    """
    # The any-site token always: what depends on every site (a cross-site listing, its
    # cached count) also shows pages no site's tree holds (no site token of their own).
    keys = {site_key(site_id) for site_id in site_ids} | {ANY_SITE_KEY}
    if sites_generation:
        keys.add(SITES_GENERATION_KEY)
    _replace_tokens(keys)
    transaction.on_commit(lambda: _replace_tokens(keys))
