"""A listing's ``meta.total_count``, exact and counted once per version of the content.

An exact COUNT reads every row it counts: the cross-site listings (``news``,
``statements``, ``events``, ``pages`` without ``site``) count tens of thousands of live
pages, several times the cost of the rest of the response, and the count grows with
the corpus while a page of items does not. The count is so kept in the cache under
the version tokens of the content (cms.serving.tokens) read at the start of the
request: the any-site token, replaced with every publish, unpublish, move, deletion
or privacy change on any site, and the sites generation. The key also holds the
listing's whole SQL (its filters, the caller's hidden paths), so two listings, or two
callers, share a count only when they count the same rows. A stored count is used
only while those tokens are current, so it is never stale; a change committed while a
request counts replaces the tokens again after its commit (``invalidate_sites``), so
a count read before the commit is never found under the tokens after it.

Without tokens (the cache down), for a search (not a queryset), or with
``API_COUNT_CACHE_SECONDS = 0``, the count is made as before. The cache is an
accelerator: a lost entry is counted again. A change that sends no signal (a bulk
``QuerySet.update``, raw SQL) replaces no token: its count is right again after
``API_COUNT_CACHE_SECONDS``, as the page and response caches after theirs.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import QuerySet
from wagtail.api.v2.pagination import WagtailPagination

from cms.serving.tokens import ANY_SITE_KEY, SITES_GENERATION_KEY


def count_cache_key(queryset, tokens):
    """The cache key of ``queryset``'s count under ``tokens`` (``{key: token}``)."""
    # What is counted is the rows the joins and filters select, not their columns (one
    # column compiles in half the time of a page's forty).
    counted = queryset.order_by().values_list("pk")
    sql, params = counted.query.get_compiler(queryset.db).as_sql()
    raw = repr((queryset.db, sql, params, tokens[ANY_SITE_KEY], tokens[SITES_GENERATION_KEY]))
    return "apicount:" + hashlib.sha256(raw.encode()).hexdigest()


def total_count(queryset, tokens):
    """``queryset.count()``, read from the cache while ``tokens`` are current."""
    if (
        not settings.API_COUNT_CACHE_SECONDS
        or not isinstance(queryset, QuerySet)
        or not tokens
        or ANY_SITE_KEY not in tokens
    ):
        return queryset.count()
    key = count_cache_key(queryset, tokens)
    found = cache.get(key)
    if isinstance(found, int):
        return found
    count = queryset.count()
    cache.set(key, count, settings.API_COUNT_CACHE_SECONDS)
    return count


class _Counted:
    """A queryset whose ``count()`` is the view's (``WagtailPagination`` counts, then
    slices); counted only when asked, so a bad ``limit`` is refused before counting."""

    def __init__(self, queryset, count):
        self._queryset = queryset
        self._count = count

    def count(self):
        return self._count(self._queryset)

    def __getitem__(self, key):
        return self._queryset[key]


class CachedCountPagination(WagtailPagination):
    """Wagtail's pagination, with the total from ``view.total_count_of`` if it has one."""

    def paginate_queryset(self, queryset, request, view=None):
        count = getattr(view, "total_count_of", None)
        if count is not None:
            queryset = _Counted(queryset, count)
        return super().paginate_queryset(queryset, request, view)
