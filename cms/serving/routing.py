"""Routing a public page in one query, whatever its depth.

Wagtail routes ``/en/news/some-item/`` one level at a time: the home page in the
active language, its specific page, then each child by slug and its specific page,
two queries a level (seven for a news item), and then two more to gather the view
restrictions of the page's ancestors. The same answer comes from one query for the
pages on the path (by tree path and slug) and one for the specific page at its end;
the first answer, like the site's few view restrictions, is kept in the site cache
(cms.serving.site_data), so a request usually makes the second query only.

Wagtail's own routing still decides, answering exactly as before, whenever a page on
the way routes URLs of its own that match (RoutablePageMixin: the news feed) or
overrides ``route`` otherwise, when the home page is not live in the language, or when
a page on the path is missing.

``WagtailPageMiddleware`` does this for every request Wagtail's page view serves, and
opts the page's answer in to the page cache (cms.serving.page_cache): a public page
depends on its own site only. A page under a view restriction never opts in, whoever
asks, nor does anything Wagtail's view did not answer with the page itself.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction
from wagtail.views import serve as wagtail_serve

from cms.serving import wagtail_internals
from cms.serving.dependencies import cache_response_for_sites
from cms.serving.directory import directory_of, resolve
from cms.serving.site_data import cached_for_site

ROUTE_FIELDS = ("pk", "path", "depth", "slug", "content_type_id", "live", "alias_of_id")


class _Undecided(Exception):
    """Raised when Wagtail's own routing has to decide."""


def _model(content_type_id):
    # Content types are cached by Django after their first lookup: no query.
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _check_passes_through(content_type_id, live, remaining):
    """Refuse a page on the way that would route ``remaining`` itself."""
    model = _model(content_type_id)
    if model.route is Page.route:
        return
    if model.route is RoutablePageMixin.route:
        if not live:
            return  # a routable page that is not live routes only to its children
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Http404:
            return
    raise _Undecided


def _pages_on_path(home, components):
    """The rows of the pages below ``home`` named by ``components``, in order."""
    rows = Page.objects.filter(
        path__startswith=home.path,
        depth__gt=home.depth,
        depth__lte=home.depth + len(components),
        slug__in=set(components),
    ).values_list(*ROUTE_FIELDS)
    by_level = {}
    for row in rows:
        by_level.setdefault((row[2], row[3]), []).append(row)
    chain, parent_path = [], home.path
    for level, slug in enumerate(components, start=1):
        candidates = by_level.get((home.depth + level, slug), ())
        row = next((r for r in candidates if r[1].startswith(parent_path)), None)
        if row is None:
            raise _Undecided
        chain.append(row)
        parent_path = row[1]
    return chain


def _restricted_paths(request, homes):
    """Tree paths of the pages with view restrictions that can cover a page of this site.

    A restriction covers its page and everything below it: those on the site's pages and
    those on the ancestors of its home pages. Few, so kept in the site cache (changing a
    restriction drops it, see cms.serving.invalidation).
    """

    def compute():
        covering = Q(page__path__in=_ancestor_paths(home.path for home in homes.values()))
        for home in homes.values():
            covering |= Q(page__path__startswith=home.path)
        return sorted(
            set(PageViewRestriction.objects.filter(covering).values_list("page__path", flat=True))
        )

    return cached_for_site(request, "view-restrictions", compute)


def _ancestor_paths(paths):
    return {path[:end] for path in paths for end in range(Page.steplen, len(path), Page.steplen)}


def prime_route(request, path):
    """Give Wagtail the route of ``path`` before it looks for it (see the module docstring)."""
    if wagtail_internals.has_route(request):
        return
    directory = directory_of(request)
    site = wagtail_internals.site_of(request)
    if directory is None or site is None:
        return
    homes = directory.homes.get(site.pk, {})
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return
    home = homes.get(language)
    if home is None or not home.live:
        return
    components = [component for component in path.split("/") if component]
    # Which page a path names changes only when something in the site does: the answer
    # is kept in the site cache, so a page costs one query, for the page itself.
    key = "route:{}:{}".format(
        home.page_id, hashlib.md5("/".join(components).encode(), usedforsecurity=False).hexdigest()
    )
    target = cached_for_site(request, key, lambda: _find_target(home, components))
    if target is None:
        return
    target_id, target_type, target_path, through_alias = target
    try:
        page = _model(target_type)._default_manager.get(pk=target_id)
    except Page.DoesNotExist:  # deleted since the route was cached
        return
    # An alias takes the restrictions of its source page: Wagtail works those out.
    if not through_alias:
        restricted = _restricted_paths(request, homes)
        if not any(target_path.startswith(path) for path in restricted):
            # Nothing restricts this page: Wagtail need not ask the database.
            wagtail_internals.set_known_view_restrictions(page, PageViewRestriction.objects.none())
    try:
        wagtail_internals.set_route(request, page.route(request, []))
    except Http404:
        wagtail_internals.set_route(request, None)


def _find_target(home, components):
    """(id, content type, tree path, alias on the way?) of the page ``components`` name
    below ``home``; None when Wagtail's own routing has to decide."""
    try:
        chain = _pages_on_path(home, components) if components else []
        _check_passes_through(home.content_type_id, home.live, components)
        for index, row in enumerate(chain[:-1]):
            _check_passes_through(row[4], row[5], components[index + 1 :])
    except _Undecided:
        return None
    through_alias = bool(home.alias_of_id) or any(row[6] for row in chain)
    if not chain:
        return home.page_id, home.content_type_id, home.path, through_alias
    return chain[-1][0], chain[-1][4], chain[-1][1], through_alias


def _is_public_page(request):
    """True when Wagtail answered ``request`` with an unrestricted page (not a password
    form, not a redirect of a before-serve hook: the caller checks the status too)."""
    if not wagtail_internals.has_route(request):
        return False
    route = wagtail_internals.route_of(request)
    return route is not None and not route[0].get_view_restrictions().exists()


class WagtailPageMiddleware:
    """For the pages Wagtail serves: the site from the directory (cms.serving.directory),
    the page's route in one query, and the page opted in to the page cache for its site.

    Other views (the admin, search, sitemaps) find their site the way Wagtail does, if
    they need one: they pay nothing here, not even the cache read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        site = getattr(request, "_serving_page_site", None)
        if (
            site is not None
            and response.status_code == 200
            and settings.PAGE_CACHE_SECONDS
            and _is_public_page(request)
        ):
            cache_response_for_sites(response, [site.pk])
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and view_args:
            request._serving_page_site = resolve(request)
            prime_route(request, view_args[0])
