"""Content-Security-Policy (cms.content_security_policy): strict on the public sites, and
on the admin as strict as Wagtail 8 allows, with every relaxation listed here.

The public policy is what stops a script that reached a page from running; the browser
test (tests/browser/test_content_security_policy.py) shows it does in Chromium.
"""

import base64
import hashlib
import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.http import HttpResponseServerError
from django.template.loader import render_to_string
from django.test import RequestFactory
from wagtail.documents.models import Document

from cms.content_security_policy import ContentSecurityPolicyMiddleware
from tests.factories import NewsItemPageFactory, StandardPageFactory, section

pytestmark = pytest.mark.django_db

FRANCE = "france.localhost"
ENFORCED = "Content-Security-Policy"
REPORT_ONLY = "Content-Security-Policy-Report-Only"

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "frame-src": [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://webtv.un.org",
    ],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}

# What the admin enforces. Every difference from ADMIN_TARGET is a relaxation Wagtail 8
# needs (the reasons are in cms/settings/base.py); changing one must change this test.
ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
}
# The strict policy the admin should reach, sent report-only.
ADMIN_TARGET = {
    **ADMIN_POLICY,
    "script-src": ["'self'", "'report-sample'"],
    "style-src": ["'self'", "'report-sample'"],
    "img-src": ["'self'"],
}
ADMIN_RELAXATIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
}


def directives(header):
    """``"a x y; b z"`` -> ``{"a": ["x", "y"], "b": ["z"]}`` (django-csp's order of the
    directives is not fixed; the order of a directive's sources is)."""
    parsed = {}
    for directive in header.split(";"):
        name, *sources = directive.split()
        assert name not in parsed, f"{name} twice in {header!r}"
        parsed[name] = sources
    return parsed


def public_get(client, path):
    response = client.get(path, HTTP_HOST=FRANCE, follow=True)
    assert response.status_code in (200, 404), (path, response.status_code)
    return response


# --- The public sites ------------------------------------------------------------------


def test_a_public_page_carries_the_public_policy_exactly(client, mission_a):
    response = public_get(client, "/")

    assert response.status_code == 200
    assert directives(response[ENFORCED]) == PUBLIC_POLICY
    assert REPORT_ONLY not in response


def test_no_inline_script_or_style_is_allowed_on_the_public_sites(client, mission_a):
    policy = directives(public_get(client, "/")[ENFORCED])

    for directive in ("default-src", "script-src", "style-src"):
        for loose in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "*"):
            assert loose not in policy[directive], (directive, loose)
    assert "script-src-attr" not in policy
    assert "style-src-attr" not in policy


@pytest.fixture
def pages_of_mission_a(mission_a):
    image = wagtail_factories.ImageFactory(collection=mission_a.collection)
    standard = StandardPageFactory(
        parent=section(mission_a, "about"),
        body=[
            ("heading", {"text": "Background", "level": "h2"}),
            ("paragraph", "<p>Some <b>text</b>.</p>"),
            ("image", {"image": image, "alt_text": "The hall", "caption": "New York"}),
        ],
    )
    news = NewsItemPageFactory(parent=section(mission_a, "news"))
    return ["/", standard.url, news.url, "/fr/news/", "/fr/search/?q=ocean", "/fr/no-such-page/"]


def test_the_public_templates_need_nothing_the_policy_forbids(client, pages_of_mission_a):
    """No inline script, style element, style attribute, event handler or data: address
    in what the templates write: under the policy they would be blocked (and reported)."""
    for path in pages_of_mission_a:
        html = BeautifulSoup(public_get(client, path).content, "html.parser")
        # A JSON-LD block is data the browser never runs: the policy does not govern it
        # (tests/browser/test_structured_data_in_the_browser.py).
        inline_scripts = [
            s
            for s in html.find_all("script")
            if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        styled = html.find_all(style=True)
        handlers = [t for t in html.find_all(True) if any(a.startswith("on") for a in t.attrs)]
        data_urls = [t for t in html.find_all(True) if str(t.get("src", "")).startswith("data:")]
        assert (inline_scripts, html.find_all("style"), styled, handlers, data_urls) == (
            [],
            [],
            [],
            [],
            [],
        ), path


def test_the_mission_colour_is_a_stylesheet_of_the_site_kept_for_a_year(client, mission_a):
    response = client.get("/brand/1F4E79.css", HTTP_HOST=FRANCE)

    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert response.content.decode() == ".site-header,\n.site-footer {\n  --brand: #1f4e79;\n}\n"
    assert "max-age=31536000" in response["Cache-Control"]
    assert client.get("/brand/1f4e7.css", HTTP_HOST=FRANCE).status_code == 404
    assert client.get("/brand/1f4e79;}.css", HTTP_HOST=FRANCE).status_code == 404


def test_a_page_served_from_the_page_cache_carries_the_policy_too(client, mission_a, settings):
    settings.PAGE_CACHE_SECONDS = 300
    public_get(client, "/fr/")
    response = public_get(client, "/fr/")

    assert response["X-Cache"] == "hit"
    assert directives(response[ENFORCED]) == PUBLIC_POLICY


def test_the_server_error_page_may_use_its_own_inline_style_and_nothing_else():
    html = render_to_string("500.html")
    (style,) = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponseServerError(html))

    response = middleware(RequestFactory().get("/fr/", HTTP_HOST=FRANCE))

    assert directives(response[ENFORCED]) == {
        **PUBLIC_POLICY,
        "style-src": ["'self'", f"'sha256-{digest}'"],
    }


def test_a_document_keeps_the_policy_wagtail_serves_it_with(client, mission_a):
    document = Document.objects.create(
        title="Statement",
        file=ContentFile(b"%PDF-1.4\n" + b"0" * 64, name="statement.pdf"),
        collection=mission_a.collection,
    )
    response = client.get(document.url, HTTP_HOST=FRANCE)

    assert response.status_code == 200
    assert response[ENFORCED] == "default-src 'none'"
    assert REPORT_ONLY not in response


# --- The admin --------------------------------------------------------------------------


def test_the_admin_relaxes_exactly_these_directives():
    relaxed = {
        name: [source for source in sources if source not in ADMIN_TARGET[name]]
        for name, sources in ADMIN_POLICY.items()
    }

    assert {name: sources for name, sources in relaxed.items() if sources} == ADMIN_RELAXATIONS
    assert set(ADMIN_POLICY) == set(ADMIN_TARGET)


@pytest.mark.parametrize("signed_in", [False, True], ids=["login page", "dashboard"])
def test_the_admin_enforces_its_policy_and_reports_the_strict_one(client, superuser, signed_in):
    if signed_in:
        client.force_login(superuser)
    response = client.get("/admin/", follow=True)

    assert response.status_code == 200
    assert directives(response[ENFORCED]) == ADMIN_POLICY
    assert directives(response[REPORT_ONLY]) == ADMIN_TARGET


def test_a_preview_in_the_admin_gets_the_public_policy_framed_by_the_admin_only(
    client, superuser, mission_a
):
    """Wagtail renders a preview by sending the page's own address through the middleware
    again: the draft content, on the admin's origin, runs under the public policy, which
    lets only the admin itself frame it (the preview panel)."""
    news = NewsItemPageFactory(parent=section(mission_a, "news"), title="Draft news")
    news.title = "A draft not yet published"
    news.save_revision()
    client.force_login(superuser)

    response = client.get(f"/admin/pages/{news.pk}/view_draft/")

    assert response.status_code == 200
    assert b"A draft not yet published" in response.content
    assert directives(response[ENFORCED]) == {**PUBLIC_POLICY, "frame-ancestors": ["'self'"]}
    assert REPORT_ONLY not in response
