"""In a real browser: the public sites' Content-Security-Policy stops a script that got
into a page.

A news item's body is given an inline ``<script>`` and an inline event handler straight
through the ORM, as an attack that got past the editor and the content rules would leave
it (``save(clean=False)``); the rich text is rendered as stored, so both reach the
page. Chromium must refuse to run them and report the violation. The same page, with
the header taken off on its way to the browser, runs the script: the test can see a
script run, so its passing means the header stopped it.
"""

import pytest

from tests.browser.conftest import committed_for_the_module
from tests.factories import NewsItemPageFactory, make_mission, section

# The tests only read the injected page: it is made once for the module.
pytestmark = pytest.mark.django_db

INJECTED = (
    "<p>Forty students met the Ambassador.</p>"
    '<script>document.title = "injected"; window.injected = true;</script>'
    '<img alt="" src="/no-such-image.png" onerror="window.injectedHandler = true">'
)
# Every violation the page reports, kept on the page for the test to read.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    disposition: event.disposition,
  });
});
"""


@pytest.fixture(scope="module")
def injected_news(django_db_setup, django_db_blocker, module_media_root):
    with committed_for_the_module(django_db_blocker) as port:
        mission = make_mission("FRA", "france.localhost", languages=("fr", "en"), port=port)
        news = NewsItemPageFactory(
            parent=section(mission, "news"), title="Students visit the Mission", slug="students"
        )
        news.body = [("paragraph", INJECTED)]
        news.save(clean=False)  # past the editor and the content rules, as an attack would be
        yield news


def open_and_listen(page, url):
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_function("window.cspViolations.length >= 2")
    return response, console


def test_an_inline_script_injected_into_a_public_page_does_not_run(page, injected_news):
    response, console = open_and_listen(page, injected_news.full_url)

    assert "script-src 'self'" in response.headers["content-security-policy"]
    # The markup reached the browser...
    assert "document.title" in page.content()
    # ...and neither the script nor the event handler ran.
    assert page.title().startswith("Students visit the Mission")
    assert page.evaluate("[window.injected, window.injectedHandler]") == [None, None]
    # Chromium says why, in the console and in the page's violation events.
    assert any("Content Security Policy" in text and "inline script" in text for text in console), (
        console
    )
    violations = page.evaluate("window.cspViolations")
    assert {
        (violation["directive"], violation["blocked"], violation["disposition"])
        for violation in violations
    } == {("script-src-elem", "inline", "enforce"), ("script-src-attr", "inline", "enforce")}


def test_without_the_header_the_same_script_runs(page, injected_news):
    """The control: the test would see the script run if the header did not stop it."""

    def without_policy(route):
        # Fetched by Playwright itself, which does not resolve *.localhost as Chromium does.
        address = route.request.url.replace("://france.localhost:", "://127.0.0.1:")
        host = {"host": route.request.url.split("/")[2]}
        response = route.fetch(url=address, headers={**route.request.headers, **host})
        headers = {
            name: value
            for name, value in response.headers.items()
            if name.lower() != "content-security-policy"
        }
        route.fulfill(response=response, headers=headers)

    page.route(injected_news.full_url, without_policy)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(injected_news.full_url)
    page.wait_for_function("window.injectedHandler === true")

    assert page.title() == "injected"
    assert page.evaluate("[window.injected, window.injectedHandler]") == [True, True]
    assert page.evaluate("window.cspViolations") == []
