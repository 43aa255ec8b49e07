"""The package's world (tests/api/conftest.py) and one of everything the API shows."""

from tests.api.schema.world import content  # noqa: F401 (a fixture)
