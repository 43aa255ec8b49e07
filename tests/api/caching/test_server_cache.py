"""The server-side cache: anonymous callers share stored responses, each kept only while
the sites it shows are unchanged; nobody authenticated reads or fills it.

Each test runs twice: in the real Redis at 127.0.0.1:6379 and in Django's in-memory
cache (conftest.py).
"""

import pytest
from django.test import Client
from wagtail.models import APIToken, PageViewRestriction

from tests.api.caching.helpers import get
from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("tiny_views", "api_cache")


def publish_home_title(mission, title):
    home = mission.site.root_page.specific
    home.title = title
    home.save_revision().publish()


@pytest.fixture
def path(mission_a):
    return f"/api/tiny/site/{mission_a.site.pk}/"


def test_the_first_anonymous_call_stores_the_response_and_the_second_reads_it(path):
    first = get(path)
    second = get(path)

    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == first["Cache-Control"]


def test_a_stored_response_costs_no_database_query(path, django_assert_num_queries):
    get(path)

    with django_assert_num_queries(0):
        assert get(path)["X-Cache"] == "hit"


def test_a_stored_response_answers_a_revalidation_with_304(path):
    etag = get(path)["ETag"]

    revalidated = get(path, **{"If-None-Match": etag})

    assert revalidated.status_code == 304
    assert revalidated["X-Cache"] == "hit"
    assert revalidated["ETag"] == etag


def test_a_stored_response_answers_head(path):
    stored = get(path)

    head = Client().head(path, headers={"host": "api.localhost"})

    assert (head.status_code, head["X-Cache"], head["ETag"]) == (200, "hit", stored["ETag"])


def test_the_order_of_the_query_parameters_does_not_matter(path):
    get(f"{path}?b=2&a=1")

    assert get(f"{path}?a=1&b=2")["X-Cache"] == "hit"


def test_each_host_has_its_own_copy(path):
    # Wagtail writes ``detail_url`` on the host asked (unless WAGTAILAPI_BASE_URL is set).
    get(path, host="france.localhost")

    assert get(path, host="kenya.localhost")["X-Cache"] == "miss"


def test_a_publish_on_the_site_makes_its_responses_stale(path, mission_a):
    get(path)
    publish_home_title(mission_a, "Mission permanente, republiée")

    response = get(path)

    assert response["X-Cache"] == "miss"
    assert response.json()["home"] == "Mission permanente, republiée"


def test_a_publish_on_another_site_leaves_a_sites_responses_stored(path, mission_b):
    get(path)
    publish_home_title(mission_b, "Kenya, republished")

    assert get(path)["X-Cache"] == "hit"


def test_a_publish_anywhere_makes_a_cross_site_response_stale(mission_a, mission_b):
    get("/api/tiny/every-site/")
    publish_home_title(mission_b, "Kenya, republished")

    response = get("/api/tiny/every-site/")

    assert response["X-Cache"] == "miss"
    assert "Kenya, republished" in response.json()["homes"]


def test_a_response_that_declares_no_sites_is_never_stored(mission_a):
    get("/api/tiny/undeclared/")

    assert "X-Cache" not in get("/api/tiny/undeclared/")


def test_a_private_response_is_never_stored(mission_a):
    get(f"/api/tiny/private/{mission_a.site.pk}/")

    assert "X-Cache" not in get(f"/api/tiny/private/{mission_a.site.pk}/")


@pytest.fixture
def home_for_signed_in_users_only(mission_a):
    PageViewRestriction.objects.create(
        page=mission_a.site.root_page, restriction_type=PageViewRestriction.LOGIN
    )


@pytest.fixture
def token(db):
    _instance, plaintext = APIToken.create_token(user=UserFactory(), name="Portal")
    return plaintext


@pytest.mark.usefixtures("home_for_signed_in_users_only")
def test_a_token_holder_never_gets_the_anonymous_copy(path, token, mission_a):
    assert get(path).json() == {"home": None}

    response = get(path, Authorization=f"Bearer {token}")

    assert response.json() == {"home": mission_a.site.root_page.title}
    assert "X-Cache" not in response


@pytest.mark.usefixtures("home_for_signed_in_users_only")
def test_an_anonymous_caller_never_gets_a_token_holders_copy(path, token):
    get(path, Authorization=f"Bearer {token}")

    response = get(path)

    assert response.json() == {"home": None}
    assert response["X-Cache"] == "miss"
