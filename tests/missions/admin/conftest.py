"""The mission admin's tests (moderation, the Secretariat's missions) share the two missions."""

from tests.conftest import missions_provisioned_once_per_package

_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()
