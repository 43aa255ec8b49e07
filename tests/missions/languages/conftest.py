"""Fixtures of the per-language public site tests.

``un_mission`` is a mission site in the six official languages of the United Nations,
provisioned by the real ``provision_mission``: its home page and sections are
translated by wagtail-localize, as on a real site. ``bilingual_mission`` is the suite's
``mission_a`` (French and English). ``translate`` makes more translations the same way.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from missions.models import Mission
from tests.conftest import (
    as_if_committed,
    missions_provisioned_once_per_package,
    rolled_back_at_the_end,
)
from tests.factories import NewsItemPageFactory, make_mission, section

UN_OFFICIAL = ["ar", "zh-hans", "en", "fr", "ru", "es"]
HOST = "senegal.localhost"
# A date whose month has a distinct name in every language.
NEWS_DATE = datetime.date(2026, 10, 5)


_missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()


@pytest.fixture(scope="package")
def _un_mission_id(django_db_setup, django_db_blocker):
    """Provisioned once for the tests of this package, with its on-commit work done.

    Provisioning a six-language mission takes seconds; the tests only read it or change
    it inside their own savepoint. The package's transaction is rolled back at its end.
    """
    with rolled_back_at_the_end(django_db_blocker):
        with as_if_committed():
            languages = ["en", "ar", "zh-hans", "fr", "ru", "es"]
            mission_id = make_mission("SEN", HOST, languages=languages).pk
        yield mission_id


@pytest.fixture
def un_mission(db, _un_mission_id):
    """A mission in the six official languages, English first (its default)."""
    return Mission.objects.select_related("site").get(pk=_un_mission_id)


@pytest.fixture
def bilingual_mission(mission_a):
    """A mission in French (its default) and English, on france.localhost."""
    return mission_a


@pytest.fixture
def translate(db):
    """``translate(page, "ar", "fr")``: translations made with wagtail-localize's own
    machinery, live when the source page is live (wagtail-localize publishes them when
    the transaction commits)."""

    def run(page, *codes):
        locales = [Locale.objects.get(language_code=code) for code in codes]
        with as_if_committed():
            TranslationCreator(user=None, target_locales=locales).create_translations(page)
        return {
            code: page.get_translation(Locale.objects.get(language_code=code)) for code in codes
        }

    return run


@pytest.fixture
def english_news(un_mission):
    """A live news item of the default (English) site, dated ``NEWS_DATE``."""
    return NewsItemPageFactory(
        parent=section(un_mission, "news"),
        title="Statement on the Sahel",
        slug="sahel",
        publication_date=NEWS_DATE,
    )


def parse(response):
    return BeautifulSoup(response.content, "html.parser")
