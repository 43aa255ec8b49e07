"""Whole-page cache for anonymous visitors of the public sites.

An anonymous GET or HEAD of a public page is answered from Django's cache (Redis in
production) for ``settings.PAGE_CACHE_SECONDS`` (0 turns the cache off). A visitor
with a session cookie (every logged-in user has one) or an ``Authorization`` header
never reads from it nor writes to it, and neither do the admin and document URLs.
Only complete, shareable answers are stored: status 200, no cookie set, not
``Cache-Control: private/no-cache/no-store``, and no ``Vary`` other than ``Cookie``.

Invalidation is per site and costs one cache write: every stored page carries the
*version token* its site had when the page was rendered, and a hit is served only
while that token is still current. Publishing, unpublishing, moving, saving or
deleting a page, changing a page's privacy or the site's settings (e.g.
MissionSettings) replaces the token of the page's site, so every page of that site,
in every language and with every query string, is stale at once. Locking, unlocking
and saving a draft change nothing a visitor sees (the draft lives in a revision): they
replace no token at all.

Only what changes which site answers a host, or where a site's home pages are,
replaces a global token too (the *sites generation*), and so makes every site's pages
stale: a Site row saved or deleted, a Locale changed, and a home page (a site's root
page or a translation of it) added, deleted, moved, or changed in what the directory of
the sites keeps of it (``DIRECTORY_PAGE_FIELDS``: its place in the tree, its address,
whether it is live). Each process's directory of the sites (cms.site_directory) is read
again after it. An editor's routine work on their own site (editing, publishing,
locking, even on the home page) changes none of these, so no other site's pages go
stale because of it.

Why not the wagtail-cache package (3.0.0): it requires ``wagtail<8.0``, so it does
not install with Wagtail 8; it clears either the whole cache or URLs listed in one
shared "keyring" entry that every worker rewrites (lost updates under load), with no
per-site invalidation; and its Django-middleware keying costs an extra cache read
(the header list) on every request.
"""

import hashlib
import logging
import pickle
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import cc_delim_re
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

CACHE_HEADER = "X-Cache"
# The admin (editing, previews, the login form) and documents (privacy by collection,
# streamed files) are never cached, whoever asks. Both prefixes come from cms/urls.py.
NEVER_CACHED_PREFIXES = ("/admin/", "/documents/")
SITES_GENERATION_KEY = "pagecache:sites"
UNSHAREABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")

# The page fields Wagtail saves, alone, when a page is locked or unlocked
# (``update_fields``) or a draft of it is saved (Page.save_revision): nothing a visitor
# sees, so such a save makes no cached page stale.
UNSERVED_PAGE_FIELDS = frozenset(
    {
        "locked",
        "locked_at",
        "locked_by",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        COMMENTS_RELATION_NAME,
    }
)
# What the directory of the sites (cms.site_directory) keeps of each home page: a
# change to one of these fields of a home page replaces the sites generation.
DIRECTORY_PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "slug",
    "url_path",
    "live",
    "content_type_id",
    "alias_of_id",
    "translation_key",
    "locale_id",
)


def _site_key(site_id):
    return f"pagecache:site:{site_id}"


def _page_key(request):
    """Scheme, host, port, path (with its language prefix) and query string, hashed."""
    raw = "|".join(
        (request.scheme, request.get_host(), request.get_port(), request.get_full_path())
    )
    return "pagecache:page:" + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def _new_token():
    # Random rather than a counter: if Redis evicts a token, the one that replaces it
    # can never equal a token stored in an old entry, so no stale page comes back.
    return secrets.token_hex(8)


def current_tokens(site_id):
    """The (site, sites-generation) tokens now in force, creating any that are missing.

    With no site (``None``), the site token is ``None``: only the generation is read.
    """
    keys = [SITES_GENERATION_KEY] if site_id is None else [_site_key(site_id), SITES_GENERATION_KEY]
    tokens = cache.get_many(keys)
    if len(tokens) < len(keys):
        for key in keys:
            if key not in tokens:
                cache.add(key, _new_token(), timeout=None)
        tokens = cache.get_many(keys)
    return tokens.get(_site_key(site_id)), tokens.get(SITES_GENERATION_KEY)


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


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous visitors; see the module docstring.

    Placed near the top of ``MIDDLEWARE`` so that a hit skips the session, locale,
    CSRF, authentication and message middleware: it costs one cache round trip (the
    page and its site's tokens together) and no database query. A miss looks up the site once
    (Wagtail reuses that lookup to serve the page) and reads the tokens *before*
    rendering, so a page rendered while its site is being republished is stored
    under the old token and never served.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.PAGE_CACHE_SECONDS
        if not timeout or not _request_is_cacheable(request):
            return self.get_response(request)
        key = _page_key(request)  # an unknown host raises DisallowedHost (400) here
        try:
            cached = self._fetch(request, key)
        except Exception:
            # A cache outage must slow the sites down, not take them down.
            logger.exception("Could not read the page cache.")
            return self.get_response(request)
        if cached is not None:
            return cached

        if request.method != "GET":
            return self.get_response(request)
        from cms.site_directory import resolve  # it builds on this module's tokens

        site = resolve(request)
        if site is None:
            return self.get_response(request)
        try:
            tokens = _request_tokens(request, site)
        except Exception:
            logger.exception("Could not read the page cache.")
            return self.get_response(request)
        response = self.get_response(request)
        if _response_is_storable(request, response):
            entry = (site.pk, *tokens, response.status_code, list(response.items()))
            try:
                cache.set(key, (*entry, response.content), timeout)
            except Exception:
                logger.exception("Could not store a page in the page cache.")
            else:
                response[CACHE_HEADER] = "miss"
        return response

    def _fetch(self, request, key):
        # The site of a host is known once this process has read the directory of the
        # sites (on its first miss): then the page and the tokens come in one round trip
        # to the cache instead of two. Only a hint: checked against the page's own site.
        from cms.site_directory import known_site_id

        hinted_site = known_site_id(request)
        if hinted_site is None:
            entry, tokens = cache.get(key), None
        else:
            keys = [key, _site_key(hinted_site), SITES_GENERATION_KEY]
            found = cache.get_many(keys)
            entry, tokens = found.get(key), (found.get(keys[1]), found.get(keys[2]))
        if entry is None:
            return None
        site_id, site_token, sites_token, status, headers, content = entry
        if hinted_site != site_id:
            tokens = current_tokens(site_id)
        if tokens != (site_token, sites_token):
            return None
        response = HttpResponse(content, status=status, headers=headers)
        response[CACHE_HEADER] = "hit"
        return response


# --- Site-wide data ------------------------------------------------------------

_MISSING = object()


def remember_tokens(request, site, tokens):
    request._page_cache_tokens = (site.pk, tokens)


def _request_tokens(request, site):
    """The tokens of the request's site, read once per request."""
    memo = getattr(request, "_page_cache_tokens", None)
    if memo is None or memo[0] != site.pk:
        memo = (site.pk, current_tokens(site.pk))
        request._page_cache_tokens = memo
    return memo[1]


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
        site_token, sites_token = _request_tokens(request, site)
        key = f"pagecache:data:{site.pk}:{site_token}:{sites_token}:{name}"
        value = _local_site_data.get(key)
        if value is _MISSING:
            value = cache.get(key, _MISSING)
            if value is not _MISSING:
                _local_site_data.put(key, value, timeout)
    except Exception:
        logger.exception("Could not read the site cache.")
        return compute()
    if value is _MISSING:
        value = compute()
        _local_site_data.put(key, value, timeout)
        try:
            cache.set(key, value, timeout)
        except Exception:
            logger.exception("Could not write the site cache.")
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
        return pickle.loads(data)

    def put(self, key, value, timeout):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        with self.lock:
            self.entries[key] = (time.monotonic() + timeout, data)
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


_local_site_data = _LocalSiteData()


# --- Invalidation -------------------------------------------------------------


def _sites_of_paths(*url_paths):
    """Ids of the sites whose tree (in any language) holds one of these url_paths."""
    paths = [p for p in url_paths if p]
    return {
        root.site_id
        for root in Site.get_site_root_paths()
        if any(p.startswith(root.root_path) for p in paths)
    }


def _sites_covered_by(*url_paths):
    """Ids of the sites with a page at or below one of these url_paths.

    A view restriction covers its page's subtree, which may hold whole sites (one on
    the tree's root page covers them all).
    """
    paths = [p for p in url_paths if p]
    return _sites_of_paths(*paths) | {
        root.site_id
        for root in Site.get_site_root_paths()
        if any(root.root_path.startswith(p) for p in paths)
    }


def _replace_tokens(site_ids, sites_generation=False):
    tokens = {_site_key(site_id): _new_token() for site_id in site_ids}
    if sites_generation:
        tokens[SITES_GENERATION_KEY] = _new_token()
    if not tokens:
        return
    try:
        cache.set_many(tokens, timeout=None)
    except Exception:
        # Publishing must not fail because the cache is down; pages expire anyway.
        logger.exception("Could not invalidate the page cache of sites %s.", sorted(site_ids))


def invalidate_sites(site_ids, sites_generation=False):
    """Make every cached page of these sites stale, now and again after the commit.

    Now, so that the change is visible at once (and in tests, which never commit);
    after the commit, because a request that read the database just before the commit
    may have stored the old content under the token replaced now.
    """
    site_ids = set(site_ids)
    _replace_tokens(site_ids, sites_generation)
    transaction.on_commit(lambda: _replace_tokens(site_ids, sites_generation))


def invalidate_page(page, sites_generation=False):
    invalidate_sites(_sites_of_paths(page.url_path), sites_generation=sites_generation)


@receiver(page_published, dispatch_uid="page_cache_published")
@receiver(page_unpublished, dispatch_uid="page_cache_unpublished")
def _on_publish_change(sender, instance, **kwargs):
    # Publishing and unpublishing also save the page: that save (below) decides whether
    # the sites generation changes too.
    invalidate_page(instance)


@receiver(post_page_move, dispatch_uid="page_cache_moved")
def _on_page_move(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    invalidate_sites(
        _sites_of_paths(url_path_before, url_path_after), sites_generation=instance.is_site_root()
    )


def _saves_only_unserved_fields(update_fields):
    return update_fields is not None and set(update_fields) <= UNSERVED_PAGE_FIELDS


def _directory_values(page):
    return tuple(getattr(page, name) for name in DIRECTORY_PAGE_FIELDS)


@receiver(pre_save, dispatch_uid="page_cache_before_save")
def _remember_directory_values(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a home page is saved, what the directory of the sites keeps of it."""
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    if _saves_only_unserved_fields(update_fields):
        return
    if instance.is_site_root():
        instance._page_cache_directory_values = (
            Page.objects.filter(pk=instance.pk).values_list(*DIRECTORY_PAGE_FIELDS).first()
        )


def _changes_the_directory(page, created):
    """True when saving ``page`` changed what the directory of the sites keeps."""
    if created:
        return page.is_site_root()  # a new home: a site's new language
    before = page.__dict__.pop("_page_cache_directory_values", None)
    return before is not None and before != _directory_values(page)


@receiver(post_save, dispatch_uid="page_cache_saved")
@receiver(post_delete, dispatch_uid="page_cache_deleted")
def _on_model_change(sender, instance, raw=False, **kwargs):
    """Pages saved outside publishing, privacy rules, site settings and the sites."""
    if raw:  # loaddata
        return
    if isinstance(instance, Page):
        if _saves_only_unserved_fields(kwargs.get("update_fields")):
            return  # locked, unlocked or a draft saved: nothing a visitor sees changed
        if "created" in kwargs:  # saved
            sites_generation = _changes_the_directory(instance, kwargs["created"])
        else:  # deleted
            sites_generation = instance.is_site_root()
        invalidate_page(instance, sites_generation=sites_generation)
    elif isinstance(instance, PageViewRestriction):
        # Read the path rather than instance.page: the page may be going in the same delete.
        url_paths = Page.objects.filter(pk=instance.page_id).values_list("url_path", flat=True)
        invalidate_sites(_sites_covered_by(*url_paths))
    elif isinstance(instance, BaseSiteSetting):
        invalidate_sites([instance.site_id])
    elif isinstance(instance, Site):
        invalidate_sites([instance.pk], sites_generation=True)
    elif isinstance(instance, Locale):
        # The directory of the sites names each home page's language by its Locale.
        invalidate_sites([], sites_generation=True)
