"""Accessibility of the public mission sites, checked in a real browser.

axe-core (through axe-playwright-python) audits one page of every public page type of a
demo mission; the keyboard tests walk the site with Tab and Enter only.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from missions.models import Mission, NewsIndexPage, NewsItemPage
from tests.browser.conftest import PUBLIC_PAGE_TYPES, committed_for_the_module

# The tests only read the demo mission: it is seeded once for the module.
pytestmark = pytest.mark.django_db

BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="module")
def demo_france(django_db_setup, django_db_blocker, module_media_root):
    with committed_for_the_module(django_db_blocker) as port:
        call_command("seed_demo", "--force", "--mission", "FRA", port=port, verbosity=0)
        yield Mission.objects.select_related("site").get(member_state__iso3="FRA")


def one_live_page_of_each_type(mission):
    home = mission.site.root_page
    for model in PUBLIC_PAGE_TYPES:
        page = model.objects.live().public().descendant_of(home, inclusive=True).first()
        assert page is not None, f"the demo has no live {model.__name__}"
        yield page


def test_every_public_page_type_has_no_serious_or_critical_axe_violation(page, demo_france):
    axe = Axe()
    failures = {}
    for demo_page in one_live_page_of_each_type(demo_france):
        page.goto(demo_page.full_url)
        results = axe.run(page)
        blocking = [
            f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} element(s))"
            for violation in results.response["violations"]
            if violation["impact"] in BLOCKING_IMPACTS
        ]
        if blocking:
            failures[f"{type(demo_page).__name__} {demo_page.full_url}"] = blocking

    assert failures == {}


def tab_to(page, predicate_js, max_presses=60):
    """Press Tab until the focused element satisfies ``predicate_js``; return it."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate_js})(document.activeElement)"):
            return page.evaluate("document.activeElement.textContent.trim()")
    raise AssertionError(f"Tab never reached an element where {predicate_js}")


def test_main_navigation_and_a_news_item_can_be_reached_with_the_keyboard(page, demo_france):
    home_url = demo_france.site.root_page.full_url
    page.goto(home_url)

    # The first Tab lands on the skip link, which moves focus to the main content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # From the top, the main navigation's News link is reachable and opens the news.
    page.goto(home_url)
    news_index = NewsIndexPage.objects.child_of(demo_france.site.root_page).get()
    news_path = news_index.get_url(current_site=demo_france.site)  # "/fr/news/", not a full URL
    tab_to(
        page,
        "el.closest('nav.main-nav') && el.getAttribute('href') && "
        f"el.getAttribute('href').endsWith('{news_path}')",
    )
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{news_path}")

    # A news item in the list is reachable, opens, and its heading and text can be read.
    item = NewsItemPage.objects.live().child_of(news_index).order_by("-publication_date").first()
    tab_to(page, f"el.closest('main') && el.textContent.trim() === {item.title!r}")
    page.keyboard.press("Enter")
    page.wait_for_url(item.get_full_url())
    assert page.get_by_role("heading", level=1).inner_text() == item.title
    assert item.introduction[:40] in page.locator("main").inner_text()


def test_focus_is_visible_on_links(page, demo_france):
    page.goto(demo_france.site.root_page.full_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; })()"
    )
    style, width, shadow = outline
    assert (style != "none" and width != "0px") or shadow != "none"
