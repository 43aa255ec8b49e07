"""Wagtail's bulk actions (delete, move, publish... on many objects) for mission users.

A bulk action's confirmation page lists the objects named by ``?id=`` (or, with
``?id=all``, every object of a listing, ``childOf`` a page or collection and matching
``q``) and Wagtail lists them whether or not the user may act on them: "items with no
access" are shown by title. An attack on the demo read other missions' draft titles and
image and document names that way. Wagtail's bulk-action classes have no hook to narrow
the objects, so :func:`mission_bulk_action` answers the bulk-action URL for mission users
with the registered action class narrowed by :class:`OwnMissionOnly`: an object of
another mission named by id is "not found", and ``id=all`` covers the user's own.
What is another mission's is the ownership registry's to say, for any model with bulk
actions.
"""

from django.apps import apps
from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Collection, Page

from missions.isolation.registry import ownership


# What ``childOf`` names, by the model acted on: a page for pages, a collection for
# images and documents (any other model's listing has no parent).
def _model_of_parent(model):
    return Page if issubclass(model, Page) else Collection


class OwnMissionOnly:
    """Mixin for a Wagtail ``BulkAction``: acts on, and lists, the user's own mission only."""

    def get_actionable_objects(self):
        parent = self.request.GET.get("childOf")
        if parent is not None and not self._parent_is_own(parent):
            raise Http404("No such page or collection.")
        objects, extra = super().get_actionable_objects()
        listed = objects + extra["items_with_no_access"]
        own = set(
            ownership.user_may_touch(
                self.request.user, self.model.objects.filter(pk__in=[o.pk for o in listed])
            ).values_list("pk", flat=True)
        )
        # An object of another mission named by id is "not found", as a missing id is;
        # one that ``id=all`` swept in is left out.
        named = set(self.request.GET.getlist("id"))
        if any(o.pk not in own and str(o.pk) in named for o in listed):
            raise Http404("No such object.")
        objects = [o for o in objects if o.pk in own]
        extra["items_with_no_access"] = [o for o in extra["items_with_no_access"] if o.pk in own]
        return objects, extra

    def _parent_is_own(self, parent):
        if not parent.isdigit():
            return False
        return not ownership.is_foreign(self.request.user, _model_of_parent(self.model), parent)


_narrowed_classes = {}


def _narrowed(action_class):
    if action_class not in _narrowed_classes:
        _narrowed_classes[action_class] = type(
            f"OwnMission{action_class.__name__}", (OwnMissionOnly, action_class), {}
        )
    return _narrowed_classes[action_class]


def mission_bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk-action view (``wagtail.admin.views.bulk_action.index``), narrowed."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    return _narrowed(action_class)(request, model).dispatch(request)


# What Wagtail's admin URLconf wraps its own views in; the isolation middleware answers
# with this view before those wrappers would run.
MISSION_BULK_ACTION = never_cache(require_admin_access(mission_bulk_action))
