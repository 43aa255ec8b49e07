"""The isolation tests attack the suite's two missions, provisioned once for the package;
each module builds its adversarial world on them (``module_world`` in test_isolation)."""

from tests.conftest import missions_provisioned_once_per_package

_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()
