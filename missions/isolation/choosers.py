"""Choosers and choice lists that offer only the user's own mission's.

The page, image and document choosers are narrowed by Wagtail's hooks (``hooks``); the
views here are those with no hook: the image chooser's tag links, the task chooser
(and the name of a chosen task), and the groups a page's privacy offers.
"""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from wagtail.admin.views.workflows import (
    TaskChooserResultsView,
    TaskChooserView,
    get_task_chosen_response,
)
from wagtail.images import get_image_model
from wagtail.models import Task

from missions.isolation.listings import popular_tags_user_may_see
from missions.isolation.membership import is_unrestricted
from missions.isolation.querysets import groups_user_may_choose
from missions.isolation.registry import ownership


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


class MissionTaskListingMixin:
    """Wagtail's task chooser, offering only the tasks of the user's own mission's workflow.

    Wagtail 8.0 lists (and searches) every active task of the install.
    """

    def get_task_listing_context_data(self):
        context = super().get_task_listing_context_data()
        all_tasks = ownership.user_may_touch(self.request.user, context["all_tasks"])
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
    tasks = ownership.user_may_touch(request.user, Task.objects.all())
    return get_task_chosen_response(request, get_object_or_404(tasks, id=task_id))
