"""The permission policy of owned models: Wagtail's answer, never another mission's object.

Wagtail decides site settings by its site policy, under which a model-wide permission
("can change mission settings", granted to a group) opens the settings of every site.
The mission-owned policy (``missions.isolation.policy``) keeps Wagtail's answer for the
user's own mission and refuses another mission's, whatever a group was granted.
"""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Site
from wagtail.permissions import policy_registry

from missions.isolation.policy import MissionOwnedPolicy
from missions.models import MissionSettings
from tests.missions.isolation.test_isolation import build_world, module_world

world = module_world(build_world)


@pytest.fixture
def settings_granted_model_wide(world, db):
    """Mission A's editors hold "can change mission settings" for every site."""
    permission = Permission.objects.get(
        content_type__app_label="missions", codename="change_missionsettings"
    )
    world.mission_a.editors_group.permissions.add(permission)
    return permission


def _policy():
    # The admin's URLconf (loaded by the first request) wraps the policies of owned models.
    reverse("wagtailadmin_home")
    return policy_registry.get_by_type(MissionSettings)


def test_site_settings_answer_to_the_mission_owned_policy(world, db):
    assert isinstance(_policy(), MissionOwnedPolicy)


def test_model_wide_permission_does_not_open_another_missions_settings(
    world, settings_granted_model_wide
):
    policy = _policy()
    site_b = world.mission_b.site

    assert not policy.user_has_permission_for_instance(world.webmaster_a, "change", site_b)
    assert site_b not in policy.sites_user_has_permission_for(world.webmaster_a, "change")


def test_model_wide_permission_still_opens_own_missions_settings(
    world, settings_granted_model_wide
):
    policy = _policy()
    site_a = world.mission_a.site

    assert policy.user_has_permission_for_instance(world.webmaster_a, "change", site_a)
    assert site_a in policy.sites_user_has_permission_for(world.webmaster_a, "change")


def test_secretariat_may_change_every_missions_settings(world, db):
    policy = _policy()

    for site in Site.objects.filter(pk__in=[world.mission_a.site.pk, world.mission_b.site.pk]):
        assert policy.user_has_permission_for_instance(world.superuser, "change", site)


def test_who_may_act_on_an_object_leaves_out_other_missions_users(world, db):
    """Wagtail asks who may act on an object (e.g. whom to notify): not B's webmaster for
    A's image, even if B's group were granted images everywhere by mistake."""
    from wagtail.images import get_image_model
    from wagtail.models import Collection, GroupCollectionPermission

    _policy()
    GroupCollectionPermission.objects.create(
        group=world.mission_b.editors_group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailimages", codename="change_image"
        ),
    )
    image_policy = policy_registry.get_by_type(get_image_model())

    users = image_policy.users_with_permission_for_instance("change", world.image_a)

    assert world.webmaster_a in users
    assert world.webmaster_b not in users
