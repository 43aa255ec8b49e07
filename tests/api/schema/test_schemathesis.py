"""schemathesis against /api/v2/schema/: generated requests for every operation, and not
one answered with a server error or a response the document does not describe.

The document is the one /api/v2/schema/ serves; the requests go to the application's
WSGI handler, in this process, on the test's database connection (so it reads the
test's world: the package's two missions and one of every kind of content, see
conftest.py). schemathesis sends each operation a bounded number of requests made from
the document's parameters (valid ones: a value outside the schema is tests/api/bad_input's business)
and checks each answer: no 5xx, a status the operation documents, the documented content
type, a body that validates against the documented schema.

Deterministic: Hypothesis is derandomized (the same examples every run, no example
database), so CI is not flaky; with no deadline, as a slow shared runner is no failure.
"""

import json

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.schema_views import SchemaView

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 10
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _document():
    """The document as /api/v2/schema/ serves it (its own view; tests/api/schema/
    test_document.py checks the address serves this)."""
    request = RequestFactory().get("/api/v2/schema/", {"format": "json"})
    response = SchemaView.as_view()(request)
    response.render()
    return json.loads(response.content)


# Made when the tests are collected, so each operation is a test of its own.
schema = schemathesis.openapi.from_dict(_document())
schema.app = WSGIHandler()


@pytest.fixture(autouse=True)
def _requests_keep_the_tests_connection(content):
    """A request that starts or ends must not close the connection that holds the
    test's transaction, and with it the test's world (Django's test client does the
    same; on SQLite's in-memory database closing does nothing, on PostgreSQL it would)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_generated_request_breaks_the_api_or_its_document(case):
    case.call_and_validate(checks=CHECKS)
