"""Mission-scoped versions of the Wagtail admin views that list every mission at once.

Wagtail's tag autocomplete offers every tag name in the install, the filters of its
listings (the explorer's "Owner", "Edited by" and "Site", the tags of the image and
document libraries, those of some reports) offer every user, site, tag, workflow or
task, the task chooser every task and a page's privacy every group, with no hook to
narrow them. The views here are those views, narrowed by the rule of
:mod:`missions.permissions`.

Wagtail's own admin URLs come before those of any ``register_admin_urls`` hook, so a
hook cannot take their place. ``MissionIsolationMiddleware``, which already stands
before every admin view, answers the URL names of :data:`MISSION_SCOPED_VIEWS` with
these views instead, for mission users only: superusers keep Wagtail's own.
"""

from functools import lru_cache

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.views.decorators.cache import never_cache
from taggit.models import Tag, TagBase
from wagtail.admin.auth import require_admin_access
from wagtail.admin.filters import PopularTagsFilter
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.admin.views.reports.locked_pages import (
    LockedPagesReportFilterSet,
    LockedPagesView,
)
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.admin.views.workflows import (
    TaskChooserResultsView,
    TaskChooserView,
    get_task_chosen_response,
)
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.contrib.forms.views import FormPagesListView
from wagtail.documents import get_document_model
from wagtail.documents.views.documents import IndexView as DocumentsIndexView
from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
from wagtail.images import get_image_model
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.images.views.images import IndexView as ImagesIndexView
from wagtail.images.wagtail_hooks import ImagesSummaryItem
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, Site, Task, Workflow, WorkflowState
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from missions.permissions import (
    collection_members_user_may_touch,
    groups_user_may_choose,
    is_unrestricted,
    locales_user_may_translate_into,
    log_entries_user_may_see,
    own_missions_pages,
    pages_user_may_touch,
    sites_user_may_see,
    tags_user_may_see,
    task_states_user_may_touch,
    tasks_user_may_touch,
    users_user_may_see,
    workflow_states_user_may_touch,
    workflows_user_may_touch,
)


def _users(queryset_of_ids):
    User = get_user_model()
    return User.objects.filter(pk__in=queryset_of_ids).order_by(User.USERNAME_FIELD)


def tag_autocomplete(request, app_name=None, model_name=None):
    """Wagtail's tag autocomplete, offering only the tags used on the user's own mission.

    Written after ``wagtail.admin.views.tags.autocomplete`` (Wagtail 8.0), which queries
    every tag and has no hook to narrow them. Mission content is tagged with taggit's
    ``Tag`` only, so any other tag model offers nothing.
    """
    if app_name and model_name:
        try:
            content_type = ContentType.objects.get_by_natural_key(app_name, model_name)
        except ContentType.DoesNotExist as error:
            raise Http404 from error
        tag_model = content_type.model_class()
        if tag_model is None or not issubclass(tag_model, TagBase):
            raise Http404
    else:
        tag_model = Tag
    term = request.GET.get("term")
    if not term or tag_model is not Tag:
        return JsonResponse([], safe=False)
    tags = tags_user_may_see(request.user, Tag.objects.filter(name__istartswith=term))
    names = tags.order_by("name").values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]
    return JsonResponse(list(names), safe=False)


class MissionLockedPagesFilterSet(LockedPagesReportFilterSet):
    """ "Locked by" offers only those who locked a page of the user's own mission."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locked = pages_user_may_touch(self.request.user, Page.objects.filter(locked=True))
        self.filters["locked_by"].queryset = _users(locked.values("locked_by"))


class MissionLockedPagesView(LockedPagesView):
    """The "Locked pages" report, of the user's own mission only."""

    filterset_class = MissionLockedPagesFilterSet

    def get_base_queryset(self):
        return pages_user_may_touch(self.request.user, super().get_base_queryset())


class MissionWorkflowFilterSet(WorkflowReportFilterSet):
    """ "Workflow" and "Requested by" offer only the user's own mission's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        states = workflow_states_user_may_touch(user, WorkflowState.objects.all())
        self.filters["workflow"].queryset = workflows_user_may_touch(user, Workflow.objects.all())
        self.filters["requested_by"].queryset = _users(states.values("requested_by"))


class MissionWorkflowView(WorkflowView):
    """The "Workflows" report, of the user's own mission only."""

    filterset_class = MissionWorkflowFilterSet

    def get_queryset(self):
        return workflow_states_user_may_touch(self.request.user, super().get_queryset())


class MissionWorkflowTasksFilterSet(WorkflowTasksReportFilterSet):
    """ "Workflow" and "Task" offer only the user's own mission's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        self.filters["workflow"].queryset = workflows_user_may_touch(user, Workflow.objects.all())
        self.filters["task"].queryset = tasks_user_may_touch(user, Task.objects.all())


class MissionWorkflowTasksView(WorkflowTasksView):
    """The "Workflow tasks" report, of the user's own mission only."""

    filterset_class = MissionWorkflowTasksFilterSet

    def get_queryset(self):
        return task_states_user_may_touch(self.request.user, super().get_queryset())


class MissionSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """ "User" offers only those named in the log entries the user may see.

    Wagtail 8.0 builds that list from every page log entry of the install.
    """

    def get_users_queryset(self):
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = log_model.objects.viewable_by_user(self.request.user)
            user_ids.update(log_entries_user_may_see(self.request.user, entries).get_user_ids())
        return _users(user_ids)


class MissionLogEntriesView(LogEntriesView):
    """The "Site history" report, whose user filter names only the user's own mission's."""

    filterset_class = MissionSiteHistoryFilterSet


class MissionSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", into the languages of the page's site only.

    wagtail-localize offers every locale of the install, which names other missions'
    languages and would let a webmaster start a language their site does not have.
    """

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales_user_may_translate_into(
            self.request.user, self.object, locales.queryset
        )
        if len(locales.queryset) < 2:  # as wagtail-localize does for its own list
            form.fields["select_all"].widget = forms.HiddenInput()
        return form


# --- The filters of admin listings ---------------------------------------------------


def popular_tags_user_may_see(user, model, count=10):
    """The tags most used on the ``model`` objects (images, documents) the user may touch.

    Wagtail's ``popular_tags_for_model`` counts the tags of every mission's objects.
    """
    own = collection_members_user_may_touch(user, model.objects.all())
    return (
        Tag.objects.filter(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(model),
            taggit_taggeditem_items__object_id__in=own.values("pk"),
        )
        .annotate(item_count=Count("taggit_taggeditem_items"))
        .order_by("-item_count", "name")[:count]
    )


def choices_user_may_see(user, queryset):
    """``queryset`` (the choices of a filter or a form field) narrowed by the rule of its
    model; unchanged for a model the rule says nothing about (page types, locales...)."""
    model = queryset.model
    for base, narrow in (
        (get_user_model(), users_user_may_see),
        (Group, groups_user_may_choose),
        (Site, sites_user_may_see),
        (Page, pages_user_may_touch),
        (Workflow, workflows_user_may_touch),
        (Task, tasks_user_may_touch),
        (Tag, tags_user_may_see),
    ):
        if issubclass(model, base):
            return narrow(user, queryset)
    return queryset


class MissionScopedFilterSetMixin:
    """A Wagtail filter set whose choices are the user's own mission's.

    Every filter that offers objects (owners, editors, sites, workflows, tasks...) offers
    only those :func:`choices_user_may_see` lets through, and the "popular tags" of the
    image and document libraries are those of the mission's own images and documents.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        if is_unrestricted(user):
            return
        for name, filter_ in list(self.filters.items()):
            if isinstance(filter_, PopularTagsFilter):
                tags = [tag.name for tag in popular_tags_user_may_see(user, self._meta.model)]
                if tags:
                    filter_.extra["choices"] = [(tag, tag) for tag in tags]
                else:  # as Wagtail does when there is no tag at all
                    del self.filters[name]
                continue
            get_queryset = getattr(filter_, "get_queryset", None)
            if get_queryset is None:
                continue
            # A filter set given its choices after construction keeps them in ``extra``.
            queryset = get_queryset(self.request)
            if queryset is None:
                queryset = filter_.extra.get("queryset")
            if queryset is not None:
                filter_.queryset = choices_user_may_see(user, queryset)


@lru_cache(maxsize=64)
def mission_scoped_filterset(filterset_class):
    """``filterset_class`` with :class:`MissionScopedFilterSetMixin` in front."""
    return type(
        f"MissionScoped{filterset_class.__name__}",
        (MissionScopedFilterSetMixin, filterset_class),
        {},
    )


class MissionScopedFiltersMixin:
    """A Wagtail listing view (BaseListingView) whose filter set is mission-scoped."""

    @cached_property
    def filters(self):
        # As BaseListingView.filters (Wagtail 8.0), with the scoped filter set.
        if self.filterset_class:
            filterset_class = mission_scoped_filterset(self.filterset_class)
            filterset = filterset_class(**self.get_filterset_kwargs())
            if filterset.form.fields:
                return filterset
        return None


class MissionImageChooseMixin:
    """The image chooser, whose tag links are those of the mission's own images."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "popular_tags" in context and not is_unrestricted(self.request.user):
            context["popular_tags"] = popular_tags_user_may_see(
                self.request.user, get_image_model()
            )
        return context


class MissionPrivacyMixin:
    """A page's privacy modal, whose "groups" are those of the user's own mission."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        groups = form.fields.get("groups")
        if groups is not None:
            groups.queryset = groups_user_may_choose(self.request.user, groups.queryset)
        return form


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


class MissionFormPagesListView(MissionScopedFiltersMixin, FormPagesListView):
    """The "Forms" listing, whose filters name only the user's own mission's."""


class MissionImagesIndexView(MissionScopedFiltersMixin, ImagesIndexView):
    """The image library, whose filters (tags) name only the user's own mission's."""


class MissionDocumentsIndexView(MissionScopedFiltersMixin, DocumentsIndexView):
    """The document library, whose filters (tags) name only the user's own mission's."""


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


# --- The task chooser -----------------------------------------------------------------


class MissionTaskListingMixin:
    """Wagtail's task chooser, offering only the tasks of the user's own mission's workflow.

    Wagtail 8.0 lists (and searches) every active task of the install.
    """

    def get_task_listing_context_data(self):
        context = super().get_task_listing_context_data()
        all_tasks = tasks_user_may_touch(self.request.user, context["all_tasks"])
        tasks = all_tasks
        if context["query_string"]:
            tasks = tasks.filter(name__icontains=context["query_string"])
        context["all_tasks"] = all_tasks
        # As Wagtail paginates its own list.
        context["tasks"] = Paginator(tasks, per_page=10).get_page(self.request.GET.get("p"))
        return context


class MissionTaskChooserView(MissionTaskListingMixin, TaskChooserView):
    pass


class MissionTaskChooserResultsView(MissionTaskListingMixin, TaskChooserResultsView):
    pass


def task_chosen(request, task_id):
    """Wagtail's ``task_chosen``, which answers the name of any task id: the user's own only."""
    tasks = tasks_user_may_touch(request.user, Task.objects.all())
    return get_task_chosen_response(request, get_object_or_404(tasks, id=task_id))


# --- The dashboard's counts -----------------------------------------------------------


class MissionPagesSummaryItem(PagesSummaryItem):
    """ "N Pages" on the dashboard: the pages of the user's own mission.

    Wagtail counts every page under the user's explorable root, which for a mission
    in several languages is the root of the tree: every mission's pages.
    """

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["total_pages"] = own_missions_pages(self.request.user).exclude(depth=1).count()
        return context


class MissionImagesSummaryItem(ImagesSummaryItem):
    """ "N Images" on the dashboard: the images of the user's own mission."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        images = get_image_model().objects.all()
        context["total_images"] = collection_members_user_may_touch(
            self.request.user, images
        ).count()
        return context


class MissionDocumentsSummaryItem(DocumentsSummaryItem):
    """ "N Documents" on the dashboard: the documents of the user's own mission."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        documents = get_document_model().objects.all()
        context["total_docs"] = collection_members_user_may_touch(
            self.request.user, documents
        ).count()
        return context


MISSION_SUMMARY_ITEMS = {
    PagesSummaryItem: MissionPagesSummaryItem,
    ImagesSummaryItem: MissionImagesSummaryItem,
    DocumentsSummaryItem: MissionDocumentsSummaryItem,
}


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
    "wagtailforms:index": MissionFormPagesListView.as_view(),
    "wagtailforms:index_results": MissionFormPagesListView.as_view(results_only=True),
    "wagtailimages:index": MissionImagesIndexView.as_view(),
    "wagtailimages:index_results": MissionImagesIndexView.as_view(results_only=True),
    "wagtaildocs:index": MissionDocumentsIndexView.as_view(),
    "wagtaildocs:index_results": MissionDocumentsIndexView.as_view(results_only=True),
    "wagtailimages_chooser:choose": LazyView(
        lambda: with_mixin(image_chooser_viewset.choose_view, MissionImageChooseMixin)
    ),
}
MISSION_SCOPED_VIEWS = {name: _admin_view(view) for name, view in _SCOPED_VIEW_OF_URL_NAME.items()}
