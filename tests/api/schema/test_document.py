"""The OpenAPI document at /api/v2/schema/: valid, complete, public, and true.

- valid: OpenAPI 3.0 (drf-spectacular's validator, the specification's JSON schema);
- complete: every endpoint of the router (listing, detail, find) and every other view
  under /api/v2/ has its operations, and drf-spectacular met nothing it could not
  describe: a field or a parameter added to an endpoint without its documentation is a
  generator warning, and fails here;
- public: anyone may read it, whatever Authorization header they send, and it describes
  no field the API never shows (owner, draft title, lock...);
- true: real responses of every endpoint, with every field (``fields=*``), validate
  against it with additional properties forbidden, so a property an endpoint writes but
  the document does not declare fails here (schemathesis, which allows extra
  properties, would not see it).
"""

import copy

import jsonschema
import pytest
from drf_spectacular.drainage import GENERATOR_STATS
from drf_spectacular.generators import EndpointEnumerator, SchemaGenerator
from drf_spectacular.validation import validate_schema

from api.urls import router

pytestmark = pytest.mark.django_db

# Fields of Wagtail's models that the API never shows, whatever ``fields=`` says.
HIDDEN_FIELDS = {
    "owner",
    "locked_by",
    "locked",
    "locked_at",
    "latest_revision",
    "live_revision",
    "draft_title",
    "has_unpublished_changes",
    "url_path",
    "path",
    "content_type",
    "password",
    "uploaded_by_user",
    "file_hash",
    "collection",
}


def test_the_document_is_valid_openapi_3(api):
    response = api.get("/api/v2/schema/?format=json")

    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    validate_schema(document)  # raises on any departure from the specification


def test_the_document_is_generated_without_a_warning_or_an_error():
    """drf-spectacular warns for what it could not describe and then guesses; nothing
    of the read API may be a guess."""
    GENERATOR_STATS.reset()
    with GENERATOR_STATS.silence():
        SchemaGenerator().get_schema(request=None, public=True)
    assert dict(GENERATOR_STATS._warn_cache) == {}
    assert dict(GENERATOR_STATS._error_cache) == {}


def test_every_endpoint_of_the_api_is_in_the_document(api):
    paths = api.get("/api/v2/schema/?format=json").json()["paths"]

    for name in router._endpoints:
        for path in (f"/api/v2/{name}/", f"/api/v2/{name}/{{id}}/", f"/api/v2/{name}/find/"):
            assert "get" in paths.get(path, {}), path
    # Every Django REST framework view under /api/v2/, the change feed included, minus
    # the document and its docs page.
    served = {
        # drf-spectacular names a path's ``pk`` ``id`` (SCHEMA_COERCE_PATH_PK).
        path.replace("{pk}", "{id}")
        for path, _regex, _method, view in EndpointEnumerator().get_api_endpoints()
        if path.startswith("/api/v2/") and not path.startswith(("/api/v2/schema/", "/api/v2/docs/"))
    }
    assert served == set(paths)


def test_the_document_is_public_and_the_same_for_everyone(api):
    anonymous = api.get("/api/v2/schema/?format=json")
    with_a_bad_token = api.get(
        "/api/v2/schema/?format=json", HTTP_AUTHORIZATION="Bearer not-a-token"
    )

    assert anonymous.status_code == with_a_bad_token.status_code == 200
    assert anonymous.json() == with_a_bad_token.json()
    # YAML by default, as drf-spectacular serves it; JSON on request.
    assert api.get("/api/v2/schema/")["Content-Type"].startswith("application/vnd.oai.openapi")


def test_the_document_describes_no_field_the_api_hides(api):
    components = api.get("/api/v2/schema/?format=json").json()["components"]["schemas"]

    def names(schema):
        properties = schema.get("properties", {})
        yield from properties
        for value in properties.values():
            if isinstance(value, dict):
                yield from names(value)

    described = {name for schema in components.values() for name in names(schema)}
    assert described & HIDDEN_FIELDS == set()
    assert {"title", "html_url", "translations", "total_count", "message"} <= described


def _json_schema(document):
    """The document's components as JSON Schema: OpenAPI 3.0's ``nullable`` spelled
    out, and every object closed (``additionalProperties: false``) unless it says
    otherwise."""

    def convert(node):
        if isinstance(node, list):
            return [convert(each) for each in node]
        if not isinstance(node, dict):
            return node
        node = {key: convert(value) for key, value in node.items()}
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        if node.pop("nullable", False):
            if "enum" in node:
                node["enum"] = [*node["enum"], None]
            node = {"anyOf": [node, {"type": "null"}]}
        return node

    return {"components": convert(copy.deepcopy(document["components"]))}


@pytest.fixture
def strict_validator(api):
    root = _json_schema(api.get("/api/v2/schema/?format=json").json())

    def validate(component, instance):
        schema = {**root, "$ref": f"#/components/schemas/{component}"}
        jsonschema.Draft7Validator(schema).validate(instance)

    return validate


@pytest.mark.parametrize(
    ("address", "component"),
    [
        ("/api/v2/pages/?fields=*&limit=100", "PageListing"),
        ("/api/v2/pages/?type=missions.RepresentativePage&fields=*", "PageListing"),
        ("/api/v2/pages/?type=missions.StatementPage&fields=*", "PageListing"),
        ("/api/v2/pages/?type=missions.MissionHomePage&fields=*", "PageListing"),
        ("/api/v2/news/?fields=*", "NewsItemListing"),
        ("/api/v2/news/", "NewsItemListing"),
        ("/api/v2/statements/?fields=*", "StatementListing"),
        ("/api/v2/events/?fields=*", "EventListing"),
        ("/api/v2/missions/?fields=*", "MissionListing"),
        ("/api/v2/images/?fields=*", "ImageListing"),
        ("/api/v2/documents/?fields=*", "DocumentListing"),
        ("/api/v2/pages/?fields=_", "PageListing"),
        ("/api/v2/pages/?limit=abc", "Error"),
    ],
)
def test_real_listings_have_only_documented_properties(
    api, content, strict_validator, address, component
):
    response = api.get(address)
    assert response.status_code in (200, 400)
    body = response.json()
    if component != "Error":
        assert body["items"], "the world has something to list"
    strict_validator(component, body)


@pytest.mark.parametrize("endpoint", ["pages", "news", "statements", "events", "missions"])
def test_real_details_have_only_documented_properties(api, content, strict_validator, endpoint):
    item = {
        "pages": content["representative"],
        "news": content["news"],
        "statements": content["statement"],
        "events": content["event"],
        "missions": content["mission"],
    }[endpoint]
    response = api.get(f"/api/v2/{endpoint}/{item.pk}/?fields=*")
    assert response.status_code == 200, response.content[:300]
    component = {
        "pages": "Page",
        "news": "NewsItem",
        "statements": "Statement",
        "events": "Event",
        "missions": "Mission",
    }[endpoint]
    strict_validator(component, response.json())


def test_a_page_served_in_another_language_is_documented_too(api, strict_validator, mission_a):
    """``locale`` and ``fallback`` on a detail add ``meta.served_locale`` and
    ``meta.fallback`` (api.fallback)."""
    home = mission_a.site.root_page
    response = api.get(f"/api/v2/pages/{home.pk}/?locale=en&fallback=1")
    assert response.status_code == 200, response.content[:300]
    strict_validator("Page", response.json())
