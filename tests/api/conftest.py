"""The read API's tests share one world: France (French, English) and Kenya (English,
Kiswahili), provisioned once for the whole ``tests/api`` package (tests/conftest.py).

Every test runs in its own rolled-back savepoint: publish, restrict, delete at will.
Do not define ``mission_a``/``mission_b`` again in a sub-package: they are these.
"""

import pytest
from rest_framework.test import APIClient

from tests.conftest import missions_provisioned_once_per_package

_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()


@pytest.fixture
def api():
    """A client of the read API, anonymous, on a host that is no mission's."""
    return APIClient(HTTP_HOST="api.localhost")
