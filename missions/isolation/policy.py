"""The Wagtail permission policy of owned models: Wagtail's answer, without other missions.

Wagtail asks a model's permission policy (``wagtail.permissions.policy_registry``)
whether a user may act on an object, and which objects a user may act on: the generic
model views, the snippet and settings views and their menu items, the site switcher of
site settings. :class:`MissionOwnedPolicy` wraps the policy Wagtail (or an app)
registered for an owned model and keeps its answer, minus another mission's objects:
an object of another mission is one the user has no permission for, whatever their
groups' model-wide permissions say.

:func:`register_owned_policies` wraps the policy of every owned model that has one
(pages keep Wagtail's page policy, which the page tree and the hooks already narrow;
the Mission record keeps the Secretariat's own policy).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from missions.isolation.registry import ownership

# Owned models whose own policy already says everything (see the module docstring).
KEEP_THEIR_OWN_POLICY = (Page,)
SECRETARIAT_POLICY_MODELS = {"missions.Mission"}


class MissionOwnedPolicy(BasePermissionPolicy):
    """``policy`` (any Wagtail permission policy) without another mission's objects."""

    def __init__(self, policy):
        super().__init__(policy._model_or_name)
        self.policy = policy

    def __getattr__(self, name):
        # Whatever else the wrapped policy offers (a site policy's helpers...).
        if name == "policy":
            raise AttributeError(name)
        return getattr(self.policy, name)

    def _is_foreign(self, user, instance):
        return ownership.is_foreign(user, type(instance), instance.pk)

    # Model-wide questions: the wrapped policy's answer.

    def user_has_permission(self, user, action):
        return self.policy.user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return self.policy.user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions):
        return self.policy.users_with_any_permission(actions)

    def users_with_permission(self, action):
        return self.policy.users_with_permission(action)

    # Questions about objects: never another mission's.

    def user_has_permission_for_instance(self, user, action, instance):
        return not self._is_foreign(
            user, instance
        ) and self.policy.user_has_permission_for_instance(user, action, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return not self._is_foreign(
            user, instance
        ) and self.policy.user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return ownership.user_may_touch(
            user, self.policy.instances_user_has_any_permission_for(user, actions)
        )

    def instances_user_has_permission_for(self, user, action):
        return ownership.user_may_touch(
            user, self.policy.instances_user_has_permission_for(user, action)
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.policy.users_with_any_permission_for_instance(actions, instance)
        return users.filter(_users_of_mission_or_none(ownership.mission_of(instance))).distinct()

    def users_with_permission_for_instance(self, action, instance):
        return self.users_with_any_permission_for_instance([action], instance)

    # Site settings: the site switcher offers the user's own mission's sites only.

    def sites_user_has_permission_for(self, user, action):
        return ownership.user_may_touch(
            user, self.policy.sites_user_has_permission_for(user, action)
        )


def _users_of_mission_or_none(mission):
    """Who may act on an object of ``mission``: its own users, the Secretariat, and users
    of no mission (whose model-wide permissions Wagtail's policy has already weighed)."""
    if mission is None:
        return Q()
    from missions.models import Mission  # the models import this package

    every_mission_group = Group.objects.filter(
        Q(pk__in=Mission.objects.values("editors_group"))
        | Q(pk__in=Mission.objects.values("moderators_group"))
    )
    own_groups = [mission.editors_group_id, mission.moderators_group_id]
    return (
        Q(is_superuser=True)
        | Q(groups__in=own_groups)
        | ~Q(pk__in=get_user_model().objects.filter(groups__in=every_mission_group).values("pk"))
    )


def owned_policy(model):
    """The mission-owned policy of ``model``, or None when it keeps its own."""
    if issubclass(model, KEEP_THEIR_OWN_POLICY) or model._meta.label in SECRETARIAT_POLICY_MODELS:
        return None
    # A fallback policy Wagtail already made (and handed out) cannot be replaced.
    if policy_registry.get_fallback_policy(model) is not None:
        return None
    policy = policy_registry.get_by_type(model, fallback=False)
    if policy is None or isinstance(policy, MissionOwnedPolicy):
        return None
    return MissionOwnedPolicy(policy)


def register_owned_policies():
    """Wrap the registered policy of every owned model (see the module docstring)."""
    for model in ownership.models:
        policy = owned_policy(model)
        if policy is not None:
            register_permission_policy(model, policy)
