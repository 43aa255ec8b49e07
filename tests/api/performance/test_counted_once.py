"""A listing's ``meta.total_count`` is counted once per version of the content
(api.counting), and is still exact on the very next request after every change."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from tests.factories import NewsItemPageFactory, section

NEWS = "/api/v2/news/?limit=1"


def total(api, path=NEWS):
    return api.get(path).json()["meta"]["total_count"]


def counts(api, path=NEWS):
    with CaptureQueriesContext(connection) as queries:
        api.get(path)
    return sum("COUNT(" in query["sql"] for query in queries.captured_queries)


def test_the_count_is_read_once_then_from_the_cache(api, mission_a):
    NewsItemPageFactory(parent=section(mission_a, "news"))
    assert counts(api) == 1
    assert counts(api) == 0
    assert counts(api, NEWS + "&offset=1") == 0  # the next page of the listing too
    assert counts(api, NEWS + "&locale=fr") == 1  # another filter, another count


def test_the_count_follows_every_change(api, mission_a, mission_b):
    news_a, news_b = section(mission_a, "news"), section(mission_b, "news")
    first = NewsItemPageFactory(parent=news_a)
    before = total(api)

    second = NewsItemPageFactory(parent=news_b)  # published on another site
    assert total(api) == before + 1
    second.unpublish()
    assert total(api) == before
    second.save_revision().publish()
    assert total(api) == before + 1
    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)
    assert total(api) == before
    PageViewRestriction.objects.filter(page=second).delete()
    assert total(api) == before + 1
    second.delete()
    assert total(api) == before
    first.save_revision()  # a draft: nothing shown changes
    assert total(api) == before
    first.unpublish()
    assert total(api) == before - 1


def test_a_page_outside_every_site_changes_the_count_too(api, mission_a):
    before = total(api)
    # Under the tree's root, in no site's tree: its publish replaces no site's token.
    NewsItemPageFactory(parent=Page.get_first_root_node())
    assert total(api) == before + 1


def test_a_signed_in_caller_counts_what_they_see(api, mission_a, django_user_model):
    page = NewsItemPageFactory(parent=section(mission_a, "news"))
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    anonymous = total(api)
    api.force_login(django_user_model.objects.create_user("reader"))
    assert total(api) == anonymous + 1
