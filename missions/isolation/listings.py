"""Mission-scoped versions of the Wagtail admin listings that show every mission at once.

Wagtail's tag autocomplete offers every tag name in the install, the filters of its
listings (the explorer's "Owner", "Edited by" and "Site", the tags of the image and
document libraries, those of some reports) offer every user, site, tag, workflow or
task, and some reports list every mission's pages, with no hook to narrow them. The
views here are those views, narrowed by the ownership registry. ``scoped_views`` says
which URL each answers, for mission users only.
"""

from functools import lru_cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.utils.functional import cached_property
from taggit.models import Tag, TagBase
from wagtail.admin.filters import PopularTagsFilter
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
from wagtail.documents.views.documents import IndexView as DocumentsIndexView
from wagtail.images.views.images import IndexView as ImagesIndexView
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, Task, Workflow, WorkflowState

from missions.isolation.membership import is_unrestricted
from missions.isolation.querysets import (
    collection_members_user_may_touch,
    groups_user_may_choose,
    pages_user_may_touch,
    tags_user_may_see,
    users_user_may_see,
)
from missions.isolation.registry import ownership


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
        states = ownership.user_may_touch(user, WorkflowState.objects.all())
        self.filters["workflow"].queryset = ownership.user_may_touch(user, Workflow.objects.all())
        self.filters["requested_by"].queryset = _users(states.values("requested_by"))


class MissionWorkflowView(WorkflowView):
    """The "Workflows" report, of the user's own mission only."""

    filterset_class = MissionWorkflowFilterSet

    def get_queryset(self):
        return ownership.user_may_touch(self.request.user, super().get_queryset())


class MissionWorkflowTasksFilterSet(WorkflowTasksReportFilterSet):
    """ "Workflow" and "Task" offer only the user's own mission's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.request.user
        self.filters["workflow"].queryset = ownership.user_may_touch(user, Workflow.objects.all())
        self.filters["task"].queryset = ownership.user_may_touch(user, Task.objects.all())


class MissionWorkflowTasksView(WorkflowTasksView):
    """The "Workflow tasks" report, of the user's own mission only."""

    filterset_class = MissionWorkflowTasksFilterSet

    def get_queryset(self):
        return ownership.user_may_touch(self.request.user, super().get_queryset())


class MissionSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """ "User" offers only those named in the log entries the user may see.

    Wagtail 8.0 builds that list from every page log entry of the install.
    """

    def get_users_queryset(self):
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = log_model.objects.viewable_by_user(self.request.user)
            user_ids.update(ownership.user_may_touch(self.request.user, entries).get_user_ids())
        return _users(user_ids)


class MissionLogEntriesView(LogEntriesView):
    """The "Site history" report, whose user filter names only the user's own mission's."""

    filterset_class = MissionSiteHistoryFilterSet


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
    """``queryset`` (the choices of a filter or a form field) narrowed for ``user``.

    An owned model's choices are narrowed by the registry; users, groups and tags, which
    no mission owns but which name missions' content, by their own rule; anything else
    (page types, locales...) is left as it is.
    """
    model = queryset.model
    for base, narrow in (
        (get_user_model(), users_user_may_see),
        (Group, groups_user_may_choose),
        (Tag, tags_user_may_see),
    ):
        if issubclass(model, base):
            return narrow(user, queryset)
    return ownership.user_may_touch(user, queryset)


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


class MissionImagesIndexView(MissionScopedFiltersMixin, ImagesIndexView):
    """The image library, whose filters (tags) name only the user's own mission's."""


class MissionDocumentsIndexView(MissionScopedFiltersMixin, DocumentsIndexView):
    """The document library, whose filters (tags) name only the user's own mission's."""
