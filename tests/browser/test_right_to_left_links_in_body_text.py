"""A phone number linked in Arabic body text reads as written.

In right-to-left text the groups of digits of "+1 212 555 0196" are laid out from right
to left ("0196 555 212 1+"). A webmaster who links a number with the editor's phone
link gets it as one left-to-right run (cms/static/cms/site.css; e-mail links too, though
an address of Latin letters already reads as written), in the middle of an Arabic
sentence. The check is what a reader sees: the screen position of each character
(tests/browser/test_right_to_left_runs.py).
"""

import pytest

from tests.browser.conftest import committed_for_the_module
from tests.browser.test_right_to_left_runs import reads_left_to_right
from tests.factories import NewsItemPageFactory, make_mission, section

pytestmark = pytest.mark.django_db

PHONE = "+1 212 555 0196"
EMAIL = "info.egypt@un.example"
PARAGRAPH = (
    f'<p>للاستفسار اتصلوا على <a href="tel:+12125550196">{PHONE}</a> '
    f'أو راسلونا على <a href="mailto:{EMAIL}">{EMAIL}</a> خلال ساعات العمل.</p>'
)


@pytest.fixture(scope="module")
def arabic_news_item(django_db_setup, django_db_blocker, module_media_root):
    """A mission in Arabic with a news item whose body links a phone number and an address."""
    with committed_for_the_module(django_db_blocker) as port:
        mission = make_mission("EGY", "egypt.localhost", languages=("ar",), port=port)
        yield NewsItemPageFactory(
            parent=section(mission, "news"),
            title="ساعات العمل",
            slug="contact-us",
            body=[("paragraph", PARAGRAPH)],
        )


def test_a_linked_phone_number_in_arabic_text_reads_as_written(page, arabic_news_item):
    page.goto(arabic_news_item.full_url)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert reads_left_to_right(page, ".block-rich-text", PHONE)
