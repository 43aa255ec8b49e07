"""The public serving path: from a request's Host to a stored page, in layers.

The layers, from the bottom up; a module imports only from the layers before its own
(an import-linter "layers" contract checks it, so there is no import loop):

1. ``redis_client``, ``wagtail_internals``, ``dependencies`` (independent, at the bottom):
   Django's Redis cache made an accelerator that never fails a request (one client per
   pool, short timeouts, a per-process breaker that stops asking a down Redis); the one
   module that touches Wagtail's private request attributes and overrides; and how a
   view declares which sites its response depends on (opting in to the page cache).
2. ``tokens``: the version token of each site, the global *sites generation* and the
   *any-site* token; replacing a token makes stale everything stored under it.
3. ``directory`` (which site answers a host, kept per process, checked against the
   sites generation) and ``site_data`` (``cached_for_site``: per-site data, with a
   process-local LRU in front of Redis).
4. ``routing`` (a public page's route in one query, and Wagtail's page responses opted
   in for their site), ``invalidation`` (the signal receivers that replace tokens when
   content changes) and ``page_cache`` (the whole-page cache middleware).
"""
