"""The API writes page URLs its own faster way (api.serializers): they are exactly the
URLs Wagtail itself writes, for pages, their translations and their API details."""

from django.test import RequestFactory
from wagtail.api.v2.utils import get_object_detail_url
from wagtail.models import Page

from api.urls import router
from tests.factories import NewsItemPageFactory, section


def test_every_html_url_is_the_one_wagtail_writes(api, mission_a, mission_b):
    # A path out of ASCII, which Wagtail's reverse() percent-encodes (the editors' slugs
    # are transliterated, cms.slugs; a page's path may still hold one made before).
    news = NewsItemPageFactory(parent=section(mission_a, "news"))
    Page.objects.filter(pk=news.pk).update(
        url_path=news.url_path.replace(news.slug, "déclaration-été")
    )
    items = api.get("/api/v2/pages/", {"limit": 100}).json()["items"]
    assert any("d%C3%A9claration" in item["meta"]["html_url"] for item in items)

    for item in items:
        assert item["meta"]["html_url"] == Page.objects.get(pk=item["id"]).full_url
        for other in item["meta"]["translations"]:
            assert other["html_url"] == Page.objects.get(pk=other["id"]).full_url


def test_a_details_parent_and_detail_urls_are_the_ones_wagtail_writes(api, mission_a):
    news = NewsItemPageFactory(parent=section(mission_a, "news"))
    request = RequestFactory().get("/", headers={"host": "api.localhost"})

    body = api.get(f"/api/v2/pages/{news.pk}/").json()

    assert body["meta"]["detail_url"] == get_object_detail_url(router, request, Page, news.pk)
    parent = section(mission_a, "news")
    assert body["meta"]["parent"]["meta"]["html_url"] == parent.full_url
    assert body["meta"]["parent"]["meta"]["detail_url"] == get_object_detail_url(
        router, request, Page, parent.pk
    )
