"""Who belongs to which mission: a user is a mission's through its editors or moderators
group; the Secretariat (superusers) belongs to every mission."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models import Q


def _missions():
    # Looked up lazily: the mission models import this package for their admin forms.
    return apps.get_model("missions", "Mission")._default_manager


def is_unrestricted(user):
    """The Secretariat (superusers) sees every mission."""
    return user.is_active and user.is_superuser


def missions_for_user(user):
    """The missions whose editors or moderators group the user belongs to."""
    if is_unrestricted(user):
        return _missions().all()
    if not user.is_authenticated:
        return _missions().none()
    groups = Group.objects.filter(user=user)
    return (
        _missions().filter(Q(editors_group__in=groups) | Q(moderators_group__in=groups)).distinct()
    )


def foreign_missions(user):
    """The missions the user must not touch: every mission but their own."""
    if is_unrestricted(user):
        return _missions().none()
    return _missions().exclude(pk__in=missions_for_user(user).values("pk"))


def every_mission_but(mission):
    """Every mission but ``mission``."""
    return _missions().exclude(pk=mission.pk)


def only(mission):
    """``mission`` as a queryset of one, the form the registry asks for."""
    return _missions().filter(pk=mission.pk)
