"""The one place that reads or writes what Wagtail keeps private.

The serving path saves Wagtail work it would otherwise repeat on every request: the
site of a request, the root paths of every site, a page's route, the view
restrictions of a page. Wagtail reads each from a private attribute (or a private
method) that a Wagtail release may rename without notice; every other module calls
the small functions below instead, and tests/cms/test_wagtail_internals.py checks,
by behaviour, that Wagtail still reads what they set. An upgrade that breaks one
fails those tests, and is fixed here only.
"""

from wagtail.models import Site

# What Site.find_for_request() returns without a query once set (wagtail.models.sites).
_SITE = "_wagtail_site"
# Wagtail's per-request copy of Site.get_site_root_paths() (Page._get_site_root_paths).
_ROOT_PATHS = "_wagtail_cached_site_root_paths"
# What Page.route_for_request() returns without routing once set (wagtail.models.pages).
_ROUTE = "_wagtail_route_for_request"
# The project's own: a page's view restrictions, when the router already knows them.
_VIEW_RESTRICTIONS = "_known_view_restrictions"


def set_site(request, site):
    """Make ``site`` what ``Site.find_for_request(request)`` answers, with no query."""
    setattr(request, _SITE, site)


def site_of(request):
    """The site set on ``request`` by ``set_site`` (or by Wagtail), else None."""
    return getattr(request, _SITE, None)


def set_site_root_paths(request, root_paths):
    """Make ``root_paths`` the copy of ``Site.get_site_root_paths()`` Wagtail uses while
    building the links of ``request`` (instead of reading the cache)."""
    setattr(request, _ROOT_PATHS, root_paths)


def site_root_paths(request=None):
    """The root paths of every site: ``request``'s copy if it has one, else Wagtail's."""
    root_paths = getattr(request, _ROOT_PATHS, None) if request is not None else None
    return root_paths if root_paths is not None else Site.get_site_root_paths()


def has_route(request):
    """True once ``request`` has a route, set here or by Wagtail's own routing."""
    return hasattr(request, _ROUTE)


def route_of(request):
    """The route ``(page, args, kwargs)`` of ``request`` (None: no page); see has_route."""
    return getattr(request, _ROUTE)


def set_route(request, route):
    """Make ``route`` what ``Page.route_for_request`` (so Wagtail's serve view) uses."""
    setattr(request, _ROUTE, route)


def set_known_view_restrictions(page, restrictions):
    """Tell ``page.get_view_restrictions()`` its answer (a queryset), saving the query."""
    setattr(page, _VIEW_RESTRICTIONS, restrictions)


class ServingShortcutsMixin:
    """For the project's base page: Wagtail's lookups, answered from what the serving
    path already knows. Placed before ``Page`` in the bases."""

    def _get_relevant_site_root_paths(self, cache_object=None):
        # Wagtail compares this page's path with every site's root path for each link
        # to it (400 with 200 missions); the list the site directory gives a request is
        # indexed by path and answers the same, in the same order, from a few lookups.
        root_paths = self._get_site_root_paths(cache_object)
        if hasattr(root_paths, "relevant"):
            return root_paths.relevant(self.url_path)
        return super()._get_relevant_site_root_paths(cache_object)

    def get_view_restrictions(self):
        # The router works this out from the site cache when it routes a request to the
        # page; Wagtail asks the database for each page's ancestors otherwise.
        known = getattr(self, _VIEW_RESTRICTIONS, None)
        return known if known is not None else super().get_view_restrictions()
