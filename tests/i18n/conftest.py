"""Fixtures of the per-language public site tests.

``un_mission`` is a mission site in the six official languages of the United Nations,
provisioned by the real ``provision_mission``: its home page and sections are
translated by wagtail-localize, as on a real site. ``translate`` makes more
translations the same way.
"""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from missions.models import Mission
from tests.factories import NewsItemPageFactory, make_mission, section

UN_OFFICIAL = ["ar", "zh-hans", "en", "fr", "ru", "es"]
HOST = "senegal.localhost"
# A date whose month has a distinct name in every language.
NEWS_DATE = datetime.date(2026, 10, 5)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Wagtail keeps site root paths in the cache; start each test clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def publish_on_commit(django_capture_on_commit_callbacks):
    """Run what provisioning and wagtail-localize leave for the end of the transaction.

    The test's transaction never commits, so without this the translated home pages keep
    a child count of 0 and look empty (see ``missions.provisioning``).
    """

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def _provisioned_for_the_module(django_db_blocker, *args, **kwargs):
    """Provision a mission once for the tests of this package, with its on-commit work done.

    Provisioning a six-language mission takes seconds; the tests only read it or change
    it inside their own savepoint. The package's transaction is rolled back at its end.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with TestCase.captureOnCommitCallbacks(execute=True):
            mission_id = make_mission(*args, **kwargs).pk
        yield mission_id
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def _un_mission_id(django_db_setup, django_db_blocker):
    yield from _provisioned_for_the_module(
        django_db_blocker, "SEN", HOST, languages=["en", "ar", "zh-hans", "fr", "ru", "es"]
    )


@pytest.fixture(scope="package")
def _bilingual_mission_id(django_db_setup, django_db_blocker):
    yield from _provisioned_for_the_module(
        django_db_blocker, "FRA", "france.localhost", languages=("fr", "en")
    )


@pytest.fixture
def un_mission(db, _un_mission_id):
    """A mission in the six official languages, English first (its default)."""
    return Mission.objects.select_related("site").get(pk=_un_mission_id)


@pytest.fixture
def bilingual_mission(db, _bilingual_mission_id):
    """A mission in French (its default) and English."""
    return Mission.objects.select_related("site").get(pk=_bilingual_mission_id)


@pytest.fixture
def translate(publish_on_commit):
    """``translate(page, "ar", "fr")``: translations made with wagtail-localize's own
    machinery, live when the source page is live."""

    def run(page, *codes):
        locales = [Locale.objects.get(language_code=code) for code in codes]
        publish_on_commit(
            TranslationCreator(user=None, target_locales=locales).create_translations, page
        )
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
