"""In a real browser: the JSON-LD of a page breaks no rule of the public
Content-Security-Policy (``script-src 'self'``), and a title cannot turn it into a script.

A ``<script type="application/ld+json">`` is data, which the browser never runs: the
policy does not apply to it, and Chromium reports no violation. A news item titled with
a closing ``</script>`` and a script of its own stays one data block with that title.
"""

import json

import pytest

from tests.browser.conftest import committed_for_the_module
from tests.factories import NewsItemPageFactory, make_mission, section

pytestmark = pytest.mark.django_db

ATTACK = "</script><script>window.pwned = true</script>"
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.effectiveDirective + " " + event.blockedURI);
});
"""


@pytest.fixture(scope="module")
def attacked_news(django_db_setup, django_db_blocker, module_media_root):
    with committed_for_the_module(django_db_blocker) as port:
        mission = make_mission("FRA", "france.localhost", languages=("fr", "en"), port=port)
        yield NewsItemPageFactory(parent=section(mission, "news"), title=ATTACK, slug="attack")


def test_structured_data_reports_no_violation_and_runs_nothing(page, attacked_news):
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(attacked_news.full_url)
    page.wait_for_load_state("load")
    blocks = page.eval_on_selector_all(
        'script[type="application/ld+json"]', "nodes => nodes.map(n => n.textContent)"
    )
    assert (
        [json.loads(block)["headline"] for block in blocks],
        page.evaluate("window.pwned"),
        page.evaluate("window.cspViolations"),
    ) == ([ATTACK], None, [])
