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
"""

import logging
import secrets
import threading

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
    # can never equal a token stored in an old entry, so no stale page comes back.
    return secrets.token_hex(8)


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


def invalidate_sites(site_ids, sites_generation=False):
    """Make everything stored for these sites stale, now and again after the commit.

    Now, so that the change is visible at once (and in tests, which never commit);
    after the commit, because a request that read the database just before the commit
    may have stored the old content under the token replaced now.
    """
    keys = {site_key(site_id) for site_id in site_ids}
    if sites_generation:
        keys.add(SITES_GENERATION_KEY)
    if keys:
        keys.add(ANY_SITE_KEY)
    _replace_tokens(keys)
    transaction.on_commit(lambda: _replace_tokens(keys))
