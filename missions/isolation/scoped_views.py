"""Which admin URL a mission user gets a mission-scoped view for, instead of Wagtail's.

Wagtail's own admin URLs come before those of any ``register_admin_urls`` hook, so a
hook cannot take their place. ``MissionIsolationMiddleware``, which already stands
before every admin view, answers the URL names of :data:`MISSION_SCOPED_VIEWS` with
these views instead, for mission users only: superusers keep Wagtail's own.

Any other listing or chooser of an owned model built on Wagtail's generic views (a
``ModelViewSet``, a snippet, a ``ChooserViewSet``: sites, workflows, groups, redirects,
collections, a future per-mission record) is answered the same way by
:func:`owned_listing_of`, with the objects of other missions left out: registering the
model with the ownership registry is enough.
"""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.coreutils import resolve_model_string
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.models import Page

from missions.isolation.choosers import (
    MissionImageChooseMixin,
    MissionPrivacyMixin,
    MissionTaskChooserResultsView,
    MissionTaskChooserView,
    task_chosen,
)
from missions.isolation.listings import (
    MissionDocumentsIndexView,
    MissionImagesIndexView,
    MissionLockedPagesView,
    MissionLogEntriesView,
    MissionScopedFiltersMixin,
    MissionWorkflowTasksView,
    MissionWorkflowView,
    tag_autocomplete,
)
from missions.isolation.registry import ownership


def with_mixin(view, mixin):
    """The class-based ``view`` (what ``as_view()`` made) with ``mixin`` in front of its
    class, made with the same arguments (a viewset's, say)."""
    view_class = type(f"Mission{view.view_class.__name__}", (mixin, view.view_class), {})
    return view_class.as_view(**view.view_initkwargs)


class MissionPageView:
    """Wagtail's page admin view ``name``, with ``mixin``, for the page type of the URL.

    Wagtail answers the explorer and the other page views through its registry of page
    viewsets, which picks the viewset by the type of the page the URL names; this routes
    the same way (``PageViewSetRegistry.as_view``, Wagtail 8.0), so a page type with a
    viewset of its own keeps it.
    """

    def __init__(self, name, mixin, viewset_of_url):
        self.name = name
        self.mixin = mixin
        self.viewset_of_url = viewset_of_url
        self.views = {}

    def __call__(self, request, *args, **kwargs):
        try:
            view = self.viewset_of_url(kwargs).get_view_by_name(self.name)
        except (ObjectDoesNotExist, KeyError) as error:
            raise Http404 from error
        scoped = self.views.get(view)
        if scoped is None:
            scoped = self.views[view] = with_mixin(view, self.mixin)
        return scoped(request, *args, **kwargs)


def _base_page_viewset(kwargs):
    return page_viewset_registry.get_by_type(Page)


def _viewset_of_parent_page(kwargs):
    return page_viewset_registry.get_by_parent_page_id(kwargs["parent_page_id"])


def _viewset_of_page(kwargs):
    return page_viewset_registry.get_by_page_id(kwargs["page_id"])


def _viewset_of_page_type(kwargs):
    return page_viewset_registry.get_by_content_type_natural_key(
        kwargs["content_type_app_name"], kwargs["content_type_model_name"]
    )


class LazyView:
    """A view made on its first request: ``build`` may need what only exists once the
    project is loaded (Wagtail's viewsets, the URLconf)."""

    def __init__(self, build):
        self.build = build
        self.view = None

    def __call__(self, request, *args, **kwargs):
        if self.view is None:
            self.view = self.build()
        return self.view(request, *args, **kwargs)


def _admin_view(view):
    # What Wagtail's admin URLconf wraps its own views in; the middleware answers with
    # these views before those wrappers would run.
    return never_cache(require_admin_access(view))


_SCOPED_VIEW_OF_URL_NAME = {
    "wagtailadmin_tag_autocomplete": tag_autocomplete,
    "wagtailadmin_tag_model_autocomplete": tag_autocomplete,
    "wagtailadmin_reports:locked_pages": MissionLockedPagesView.as_view(),
    "wagtailadmin_reports:locked_pages_results": MissionLockedPagesView.as_view(results_only=True),
    "wagtailadmin_reports:workflow": MissionWorkflowView.as_view(),
    "wagtailadmin_reports:workflow_results": MissionWorkflowView.as_view(results_only=True),
    "wagtailadmin_reports:workflow_tasks": MissionWorkflowTasksView.as_view(),
    "wagtailadmin_reports:workflow_tasks_results": MissionWorkflowTasksView.as_view(
        results_only=True
    ),
    "wagtailadmin_reports:site_history": MissionLogEntriesView.as_view(),
    "wagtailadmin_reports:site_history_results": MissionLogEntriesView.as_view(results_only=True),
    "wagtailadmin_workflows:task_chooser": MissionTaskChooserView.as_view(),
    "wagtailadmin_workflows:task_chooser_results": MissionTaskChooserResultsView.as_view(),
    "wagtailadmin_workflows:task_chosen": task_chosen,
    "wagtailadmin_explore_root": MissionPageView(
        "index", MissionScopedFiltersMixin, _base_page_viewset
    ),
    "wagtailadmin_explore": MissionPageView(
        "index", MissionScopedFiltersMixin, _viewset_of_parent_page
    ),
    "wagtailadmin_explore_results": MissionPageView(
        "index_results", MissionScopedFiltersMixin, _viewset_of_parent_page
    ),
    "wagtailadmin_pages:type_use": MissionPageView(
        "content_type_use", MissionScopedFiltersMixin, _viewset_of_page_type
    ),
    "wagtailadmin_pages:type_use_results": MissionPageView(
        "content_type_use_results", MissionScopedFiltersMixin, _viewset_of_page_type
    ),
    "wagtailadmin_pages:set_privacy": MissionPageView(
        "set_privacy", MissionPrivacyMixin, _viewset_of_page
    ),
    "wagtailimages:index": MissionImagesIndexView.as_view(),
    "wagtailimages:index_results": MissionImagesIndexView.as_view(results_only=True),
    "wagtaildocs:index": MissionDocumentsIndexView.as_view(),
    "wagtaildocs:index_results": MissionDocumentsIndexView.as_view(results_only=True),
    "wagtailimages_chooser:choose": LazyView(
        lambda: with_mixin(image_chooser_viewset.choose_view, MissionImageChooseMixin)
    ),
}
MISSION_SCOPED_VIEWS = {name: _admin_view(view) for name, view in _SCOPED_VIEW_OF_URL_NAME.items()}


class OwnedObjectsListingMixin:
    """A Wagtail generic listing (``IndexView``) or chooser (``BaseChooseView``) of an
    owned model, without the objects of other missions."""

    def get_base_queryset(self):
        return ownership.user_may_touch(self.request.user, super().get_base_queryset())

    def get_object_list(self):
        return ownership.user_may_touch(self.request.user, super().get_object_list())


_owned_listings = {}


def owned_listing_of(view_func):
    """``view_func`` narrowed by :class:`OwnedObjectsListingMixin` when it is a generic
    listing or chooser of an owned model other than pages (which the page hooks and the
    views above narrow), else None."""
    view_class = getattr(view_func, "view_class", None)
    if view_class is None or not issubclass(view_class, (IndexView, BaseChooseView)):
        return None
    model = view_func.view_initkwargs.get("model") or view_class.model
    if isinstance(model, str):
        model = resolve_model_string(model)
    if not ownership.covers(model) or issubclass(model, Page):
        return None
    if view_func not in _owned_listings:
        _owned_listings[view_func] = _admin_view(with_mixin(view_func, OwnedObjectsListingMixin))
    return _owned_listings[view_func]
