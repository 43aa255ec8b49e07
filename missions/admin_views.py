"""Mission-scoped versions of the Wagtail admin views that list every mission at once.

Wagtail's tag autocomplete offers every tag name in the install, and the filters of
some reports offer every user, workflow or task, with no hook to narrow them. The
views here are those views, narrowed by the rule of :mod:`missions.permissions`.

Wagtail's own admin URLs come before those of any ``register_admin_urls`` hook, so a
hook cannot take their place. ``MissionIsolationMiddleware``, which already stands
before every admin view, answers the URL names of :data:`MISSION_SCOPED_VIEWS` with
these views instead, for mission users only: superusers keep Wagtail's own.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from taggit.models import Tag, TagBase
from wagtail.admin.auth import require_admin_access
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
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, Task, Workflow, WorkflowState
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from missions.permissions import (
    locales_user_may_translate_into,
    log_entries_user_may_see,
    pages_user_may_touch,
    tags_user_may_see,
    task_states_user_may_touch,
    tasks_user_may_touch,
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
}
MISSION_SCOPED_VIEWS = {name: _admin_view(view) for name, view in _SCOPED_VIEW_OF_URL_NAME.items()}
