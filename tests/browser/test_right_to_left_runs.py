"""Numbers, phone numbers and e-mail addresses read in their own order on Arabic pages.

In right-to-left text the groups of digits of "+1 212 555 0196" are laid out from right
to left, and a reader sees "0196 555 212 1+"; a number with spaces between its
thousands ("3 400 000") comes out as "000 400 3". The page isolates them as
left-to-right runs. The check is what a reader sees: the screen position of each
character, which must go from left to right in the order the text is written.
"""

import pytest
from django.core.management import call_command

from missions.models import ContactPage, Mission, MissionSettings, NewsIndexPage
from tests.browser.conftest import committed_for_the_module
from tests.factories import NewsItemPageFactory

pytestmark = pytest.mark.django_db

POPULATION = "3 400 000"
TYPED_PHONE = "+1 212 555 0143"
WEB_ADDRESS = "https://www.un.org/ar/"
# What a webmaster types: a number, a telephone number and a web address in running
# text, not linked.
PARAGRAPH = (
    f"يبلغ عدد السكان {POPULATION} نسمة، وللاستفسار اتصلوا بالرقم {TYPED_PHONE} "
    f"أو زوروا {WEB_ADDRESS} من فضلكم."
)

# [character, left edge on screen] of each character of the first text node under
# `element` that contains `text`, in the order the characters are written.
CHARACTER_POSITIONS = """([element, text]) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const start = node.data.indexOf(text);
    if (start < 0) continue;
    const positions = [];
    for (let index = start; index < start + text.length; index++) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      positions.push([node.data[index], range.getBoundingClientRect().left]);
    }
    return positions;
  }
  return null;
}"""


@pytest.fixture(scope="module")
def demo_egypt(django_db_setup, django_db_blocker, module_media_root):
    """Egypt's demo site, written in Arabic first, with an Arabic news item holding a table."""
    with committed_for_the_module(django_db_blocker) as port:
        call_command("seed_demo", "--force", "--mission", "EGY", port=port, verbosity=0)
        mission = Mission.objects.select_related("site").get(member_state__iso3="EGY")
        news_index = NewsIndexPage.objects.descendant_of(mission.site.root_page).get(
            locale__language_code="ar"
        )
        NewsItemPageFactory(
            parent=news_index,
            title="مساهمات مصر في عمليات حفظ السلام",
            slug="table-of-numbers",
            body=[
                (
                    "table",
                    {
                        "data": [["البلد", "السكان"], ["مدينة", POPULATION]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "السكان",
                    },
                ),
                ("paragraph", f"<p>{PARAGRAPH}</p>"),
            ],
        )
        yield mission


def reads_left_to_right(page, selector, text):
    """True when ``text`` inside ``selector`` shows its characters from left to right."""
    element = page.locator(selector).first.element_handle()
    positions = page.evaluate(CHARACTER_POSITIONS, [element, text])
    assert positions is not None, f"{text!r} is not in {selector}"
    lefts = [left for character, left in positions if not character.isspace()]
    return lefts == sorted(lefts) and len(set(lefts)) == len(lefts)


@pytest.fixture
def phone_number(demo_egypt):
    return MissionSettings.for_site(demo_egypt.site).phone


def test_the_page_is_right_to_left(page, demo_egypt):
    page.goto(demo_egypt.site.root_page.full_url)
    assert page.evaluate("document.documentElement.dir") == "rtl"


def test_the_footer_phone_number_reads_as_written(page, demo_egypt, phone_number):
    page.goto(demo_egypt.site.root_page.full_url)
    assert phone_number.startswith("+1 212")
    assert reads_left_to_right(page, "footer address", phone_number)


def test_the_contact_pages_phone_number_and_e_mail_read_as_written(page, demo_egypt, phone_number):
    contact = ContactPage.objects.descendant_of(demo_egypt.site.root_page).get(
        locale__language_code="ar"
    )
    page.goto(contact.full_url)
    assert reads_left_to_right(page, "main address", phone_number)
    email = MissionSettings.for_site(demo_egypt.site).email
    assert reads_left_to_right(page, "main address", email)


def test_the_footer_address_follows_the_page_and_its_lines_keep_their_order(page, demo_egypt):
    page.goto(demo_egypt.site.root_page.full_url)
    address = page.locator("footer address")
    # Aligned with the Arabic around it (to the right), not turned left to right.
    assert address.evaluate("element => getComputedStyle(element).direction") == "rtl"
    first_line = MissionSettings.for_site(demo_egypt.site).address.splitlines()[0]
    assert reads_left_to_right(page, "footer address", first_line)


def test_a_number_in_a_right_to_left_table_reads_in_its_order(page, demo_egypt):
    page.goto(demo_egypt.site.root_page.full_url.rstrip("/") + "/news/table-of-numbers/")
    assert reads_left_to_right(page, "main table", POPULATION)


def test_numbers_and_addresses_typed_in_a_right_to_left_paragraph_read_in_their_order(
    page, demo_egypt
):
    page.goto(demo_egypt.site.root_page.full_url.rstrip("/") + "/news/table-of-numbers/")
    assert reads_left_to_right(page, "main .block-rich-text", POPULATION)
    assert reads_left_to_right(page, "main .block-rich-text", TYPED_PHONE)
    assert reads_left_to_right(page, "main .block-rich-text", WEB_ADDRESS)
