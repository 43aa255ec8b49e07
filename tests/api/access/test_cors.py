"""CORS (django-cors-headers): a page on an allowed origin may read /api/v2/ from the
browser (a GET, and the preflight a token's Authorization header needs), with the
caching and rate-limit headers exposed; any other origin gets no CORS header, and
nothing outside /api/v2/ (the admin, the public sites) ever does."""

import pytest

from tests.api.access.conftest import bearer

PORTAL = "https://portal.example.org"
ELSEWHERE = "https://evil.example.net"


@pytest.fixture(autouse=True)
def allowed_origins(settings):
    settings.CORS_ALLOWED_ORIGINS = [PORTAL, "http://localhost:3000"]


def preflight(api, origin, path="/api/v2/pages/"):
    return api.options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, if-none-match",
    )


def test_an_allowed_origin_may_read_the_api(api, mission_a):
    response = api.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PORTAL
    exposed = {h.strip().lower() for h in response["Access-Control-Expose-Headers"].split(",")}
    assert exposed == {"etag", "last-modified", "retry-after", "content-language"}
    assert "Access-Control-Allow-Credentials" not in response
    assert "origin" in response["Vary"].lower()


def test_the_preflight_of_an_allowed_origin_allows_reads_with_a_token(api, db):
    response = preflight(api, PORTAL)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PORTAL
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    allowed = {h.strip() for h in response["Access-Control-Allow-Headers"].split(",")}
    assert allowed == {"authorization", "if-none-match", "if-modified-since"}


def test_another_origin_gets_no_cors_header(api, mission_a):
    for response in (api.get("/api/v2/pages/", HTTP_ORIGIN=ELSEWHERE), preflight(api, ELSEWHERE)):
        assert not [h for h in response.headers if h.lower().startswith("access-control-")]


def test_the_admin_never_gets_cors_headers(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/", HTTP_ORIGIN=PORTAL).status_code == 200

    for response in (
        client.get("/admin/", HTTP_ORIGIN=PORTAL),
        preflight(client, PORTAL, "/admin/"),
    ):
        assert not [h for h in response.headers if h.lower().startswith("access-control-")]


def test_a_public_site_never_gets_cors_headers(client, mission_a):
    response = client.get("/fr/", HTTP_HOST="france.localhost", HTTP_ORIGIN=PORTAL)

    assert response.status_code == 200
    assert not [h for h in response.headers if h.lower().startswith("access-control-")]


def test_a_refusal_is_readable_by_an_allowed_origin(api, mission_a, settings):
    """A browser consumer must be able to read its 401 and its 429 (and Retry-After)."""
    settings.API_ANONYMOUS_RATE = "1/hour"
    api.get("/api/v2/pages/")

    throttled = api.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL)
    refused = api.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL, **bearer("wagtail_nonsense"))

    assert (throttled.status_code, refused.status_code) == (429, 401)
    assert throttled["Access-Control-Allow-Origin"] == PORTAL
    assert refused["Access-Control-Allow-Origin"] == PORTAL


def test_a_preflight_does_not_spend_the_rate_limit(api, mission_a, settings):
    settings.API_ANONYMOUS_RATE = "1/hour"

    preflight(api, PORTAL)

    assert api.get("/api/v2/pages/", HTTP_ORIGIN=PORTAL).status_code == 200
