"""Bad input, walked by hand: every parameter of every endpoint given a value it cannot
take is refused with a 400 (or a 404 for an object that does not exist) and a JSON body
naming the parameter; never a 500, never a silent full listing.

Two tables. The first is generated from the OpenAPI document (api.schema): for each
operation and each query parameter it documents, a value of the wrong kind for that
parameter's schema (a word for a number, a number past its bounds, a value outside an
enum, an impossible date, a NUL character in free text). A parameter added to an
endpoint is so checked without anyone writing a line here. The second holds the cases
a reviewer would try by hand: overflowing ids, hidden fields, ``find`` without a site.
"""

import pytest
from django.conf import settings
from drf_spectacular.generators import SchemaGenerator

pytestmark = pytest.mark.django_db


def _document():
    return SchemaGenerator().get_schema(request=None, public=True)


def _bad_values(name, schema):
    """Values ``schema`` does not admit, each a (label, value)."""
    if "oneOf" in schema:  # a page id or "root"
        return [("a word", "abc"), ("a negative id", "-1")]
    kind = schema.get("type")
    if "enum" in schema:
        return [("a value outside the enum", "nope")]
    if kind == "integer":
        values = [("a word", "abc"), ("a decimal", "1.5")]
        # An id of 0 or less names nothing (an empty listing, a 404), like any other
        # unknown id; only the bounds of limit and offset are refusals.
        if schema.get("minimum") == 0:
            values.append(("under the minimum", str(schema["minimum"] - 1)))
        if "maximum" in schema:
            values.append(("over the maximum", str(schema["maximum"] + 1)))
        return values
    if kind == "boolean":
        return [("not a boolean", "maybe")]
    if schema.get("format") == "date":
        return [("an impossible date", "2024-13-40")]
    if schema.get("format") == "date-time":
        return [("not a time", "yesterday")]
    if name == "_":
        return []  # a cache-buster: any text, by design
    return [("a NUL character", "a\x00b")]


def _operations():
    document = _document()
    for path, item in document["paths"].items():
        operation = item["get"]
        for parameter in operation.get("parameters", []):
            if parameter["in"] != "query":
                continue
            for label, value in _bad_values(parameter["name"], parameter["schema"]):
                yield pytest.param(
                    path,
                    parameter["name"],
                    value,
                    id=f"{operation['operationId']}-{parameter['name']}-{label}",
                )


def _address(path, content):
    """The path of the document with its ``{id}`` an existing object's, when it has one."""
    if "{id}" not in path:
        return path
    endpoint = path.split("/")[3]
    item = {
        "pages": content["representative"],
        "news": content["news"],
        "statements": content["statement"],
        "events": content["event"],
        "missions": content["mission"],
        "images": content["image"],
        "documents": content["document"],
    }[endpoint]
    return path.replace("{id}", str(item.pk))


def assert_refused(response, parameter, statuses=(400,)):
    assert response.status_code in statuses, (response.status_code, response.content[:300])
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert isinstance(body["message"], str)
    assert body["message"]
    assert body.get("parameter") == parameter, body


@pytest.mark.parametrize(("path", "parameter", "value"), _operations())
def test_a_value_a_parameter_cannot_take_is_a_400_naming_it(
    api, mission_a, request, path, parameter, value
):
    # Content only for a detail: a listing's refusals need none, and are quicker without.
    address = _address(path, request.getfixturevalue("content")) if "{id}" in path else path
    response = api.get(address, {parameter: value})
    assert_refused(response, parameter)


def test_the_generated_table_walks_every_endpoint_and_many_parameters():
    """The table above cannot be vacuous: it covers every path of the document."""
    cases = list(_operations())
    assert {case.values[0] for case in cases} == set(_document()["paths"])
    assert len(cases) > 150


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("limit=abc", "limit"),
        ("limit=101", "limit"),
        ("limit=-1", "limit"),
        ("offset=-1", "offset"),
        ("offset=abc", "offset"),
        ("offset=99999999999999999999", "offset"),  # past PostgreSQL's bigint
        ("child_of=999999", "child_of"),
        ("child_of=abc", "child_of"),
        ("descendant_of=999999", "descendant_of"),
        ("ancestor_of=999999", "ancestor_of"),
        ("translation_of=abc", "translation_of"),
        ("translation_of=999999", "translation_of"),
        ("type=nope.Nope", "type"),
        ("type=wagtailcore.Site", "type"),
        ("type=", "type"),
        ("order=password", "order"),
        ("order=owner", "order"),
        ("order=random&offset=5", "order"),
        ("fields=owner", "fields"),
        ("fields=*,owner", "fields"),
        ("fields=locked_by", "fields"),
        ("fields=latest_revision", "fields"),
        ("fields=draft_title", "fields"),
        ("fields=has_unpublished_changes", "fields"),
        ("fields=title(x)", "fields"),
        ("fields=body(", "fields"),
        ("search=" + "word " * 400, "search"),
        ("search=a%00b", "search"),
        ("search_operator=xor", "search_operator"),
        ("locale=xx", "locale"),
        ("locale=", "locale"),
        ("site=nope", "site"),
        ("site=", "site"),
        ("site=XXX", "site"),
        ("date_from=2024-13-40", "date_from"),
        ("date_from=2024-01-01", "date_from"),  # /pages/ has no date to filter on
        ("owner=1", "owner"),
        ("locked_by=1", "locked_by"),
        ("draft_title=x", "draft_title"),
        ("has_unpublished_changes=true", "has_unpublished_changes"),
        ("show_in_menus=maybe", "show_in_menus"),
        ("first_published_at=yesterday", "first_published_at"),
        ("id=abc", "id"),
        ("body=x", "body"),
        ("html_path=/fr/", "html_path"),  # only on find
        ("rich_text_format=pdf", "rich_text_format"),
        ("nonsense=1", "nonsense"),
    ],
)
def test_pages_listing_refuses(api, mission_a, query, parameter):
    assert_refused(api.get(f"/api/v2/pages/?{query}"), parameter)


@pytest.mark.parametrize(
    ("address", "parameter"),
    [
        ("/api/v2/news/?type=missions.EventPage", "type"),
        ("/api/v2/news/?publication_date=2024-13-40", "publication_date"),
        ("/api/v2/statements/?un_body=NOPE", "un_body"),
        ("/api/v2/statements/?meeting_date=tuesday", "meeting_date"),
        ("/api/v2/statements/?delivered_document=abc", "delivered_document"),
        ("/api/v2/events/?starts_at=soon", "starts_at"),
        ("/api/v2/events/?date_to=31/12/2026", "date_to"),
        ("/api/v2/missions/?regional_group=MARS", "regional_group"),
        ("/api/v2/missions/?status=EMPIRE", "status"),
        ("/api/v2/missions/?language=xx", "language"),
        ("/api/v2/missions/?order=password", "order"),
        ("/api/v2/missions/?search=france", "search"),
        ("/api/v2/missions/?site=FRA", "site"),
        ("/api/v2/missions/?iso3=FR%00A", "iso3"),
        ("/api/v2/images/?order=file", "order"),
        ("/api/v2/images/?file=x", "file"),
        ("/api/v2/images/?renditions=1", "renditions"),
        ("/api/v2/documents/?fields=file", "fields"),
        ("/api/v2/documents/?collection=1", "collection"),
        ("/api/v2/pages/find/?html_path=/fr/%00", "html_path"),
        ("/api/v2/pages/find/?html_path=/fr/&site=nope", "site"),
        ("/api/v2/pages/find/?html_path=/fr/&limit=5", "limit"),
        ("/api/v2/pages/find/?id=abc", "id"),
        ("/api/v2/pages/find/?id=99999999999999999999", "id"),  # no row can have it
        ("/api/v2/news/?id=99999999999999999999", "id"),
        ("/api/v2/news/find/?html_path=/fr/&nonsense=1", "nonsense"),
    ],
)
def test_every_endpoint_refuses(api, mission_a, address, parameter):
    assert_refused(api.get(address), parameter)


def test_a_detail_refuses_parameters_it_does_not_take(api, mission_a):
    home = mission_a.site.root_page.pk
    assert_refused(api.get(f"/api/v2/pages/{home}/?limti=5"), "limti")
    assert_refused(api.get(f"/api/v2/pages/{home}/?search=x"), "search")
    assert_refused(api.get(f"/api/v2/pages/{home}/?fields=owner"), "fields")
    # What a detail does take is still answered.
    assert api.get(f"/api/v2/pages/{home}/?fields=title").status_code == 200


@pytest.mark.parametrize(
    "address",
    [
        "/api/v2/pages/99999999999999999999/",  # past a 64-bit integer
        "/api/v2/pages/2147483648/",  # past PostgreSQL's integer
        "/api/v2/pages/0/",
        "/api/v2/missions/99999999999999999999/",
        "/api/v2/news/99999999999999999999/",
        "/api/v2/images/99999999999999999999/",
        "/api/v2/pages/abc/",
        "/api/v2/pages/-1/",
        "/api/v2/nothing/",
        "/api/v2/pages/find/?html_path=/fr/no-such-page/&site=france.localhost",
    ],
)
def test_an_object_that_does_not_exist_is_a_json_404(api, mission_a, address):
    response = api.get(address)
    assert response.status_code == 404, response.content[:300]
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_the_filters_cap_and_offsets_are_those_of_the_settings(api, mission_a):
    """The cap the table tests is the configured one, and a listing at the cap works."""
    assert settings.WAGTAILAPI_LIMIT_MAX == 100
    response = api.get("/api/v2/pages/?limit=100&offset=0")
    assert response.status_code == 200
    assert len(response.json()["items"]) <= 100
