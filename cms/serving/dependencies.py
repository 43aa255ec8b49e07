"""What a response says about the sites it shows: the page cache's opt-in.

The page cache (cms.serving.page_cache) stores only responses whose view declared the
sites they depend on, and keeps each only while none of those sites changed: a page
depends on its own site; a response gathering several sites (the read API, a portal's
aggregation) lists them, or depends on every site (``ALL_SITES``), so that a publish
anywhere it shows makes it stale. A response that declares nothing is never stored.
"""

ALL_SITES = "all"

_ATTRIBUTE = "cache_depends_on_sites"


def cache_response_for_sites(response, site_ids):
    """Let the page cache store ``response`` until one of ``site_ids`` changes
    (``ALL_SITES``: until any site does). Returns the response."""
    if site_ids == ALL_SITES:
        setattr(response, _ATTRIBUTE, ALL_SITES)
    else:
        setattr(response, _ATTRIBUTE, frozenset(site_ids))
    return response


def cache_response_for_all_sites(response):
    """Let the page cache store ``response`` until anything in any site changes."""
    return cache_response_for_sites(response, ALL_SITES)


def declared_sites(response):
    """The sites ``response`` depends on (a frozenset, or ``ALL_SITES``); None when its
    view did not opt in to the page cache."""
    sites = getattr(response, _ATTRIBUTE, None)
    if sites is None or (sites != ALL_SITES and not sites):
        return None
    return sites


def surrogate_keys(sites):
    """The ``Surrogate-Key`` header of a response depending on ``sites``: a CDN or
    Varnish in front purges by these names."""
    if sites == ALL_SITES:
        return "sites-all"
    return " ".join(f"site-{site_id}" for site_id in sorted(sites))
