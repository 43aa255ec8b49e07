"""Routing a public page in one query, whatever its depth.

Wagtail routes ``/en/news/some-item/`` one level at a time: the home page in the
active language, its specific page, then each child by slug and its specific page,
two queries a level (seven for a news item), and then two more to gather the view
restrictions of the page's ancestors. The same answer comes from one query for the
pages on the path (by tree path and slug) and one for the specific page at its end;
the first answer, like the site's few view restrictions, is kept in the site cache
(cms.page_cache), so a request usually makes the second query only.

Wagtail's own routing still decides, answering exactly as before, whenever a page on
the way routes URLs of its own that match (RoutablePageMixin: the news feed) or
overrides ``route`` otherwise, when the home page is not live in the language, or when
a page on the path is missing.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction

from cms.page_cache import cached_for_site

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
    restriction drops it, see cms.page_cache).
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
    if hasattr(request, "_wagtail_route_for_request"):
        return
    directory = getattr(request, "_site_directory", None)
    site = getattr(request, "_wagtail_site", None)
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
            # Read by BasePage.get_view_restrictions: nothing restricts this page.
            page._known_view_restrictions = PageViewRestriction.objects.none()
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None


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
