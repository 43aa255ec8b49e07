"""Fixtures shared by the whole suite.

Two missions on two hostnames are the smallest world in which isolation can be
broken, so most tests start from ``mission_a`` and ``mission_b``, provisioned by the
real ``provision_mission`` (root page -> mission home -> Site(hostname)).
"""

import shutil

import pytest
from django.conf import settings
from django.db import transaction
from django.test import TestCase
from django.utils import translation

from cms.serving import directory as site_directory
from missions.models import Mission
from tests.factories import UserFactory, make_mission


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the migrations' reference data (Member States, the root page) for every test.

    A transactional test (the browser tests) empties the database when it ends, and
    ``serialized_rollback`` puts the migrations' data back from a copy Django keeps on
    the connection object. Django's connections are per context, and Playwright's sync
    API switches context: the next test may get a fresh connection object that lacks
    the copy, and would then start with no Member States. Keeping the copy on the
    connection class gives every connection object of the test run the same copy.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents


@pytest.fixture(autouse=True)
def _media_root(tmp_path, settings):
    """Each test writes uploaded files to its own folder, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_site_directory():
    """Each test reads the sites afresh: a test's rolled-back transaction removes the
    sites it made without changing the sites generation (cms.serving.directory)."""
    site_directory.forget()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request for a page in /ru/ leaves
    Russian active in the thread that served it, and the next test would inherit it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def provision_mission_a():
    return make_mission("FRA", "france.localhost", languages=("fr", "en"))


def provision_mission_b():
    return make_mission("KEN", "kenya.localhost", languages=("en", "sw"))


@pytest.fixture
def mission_a(db):
    return provision_mission_a()


@pytest.fixture
def mission_b(db):
    return provision_mission_b()


def missions_provisioned_once_per_package():
    """``mission_a`` and ``mission_b`` fixtures for a package that provisions them once.

    Provisioning takes a second or two a mission; a package whose tests only read the
    two missions (and change them inside each test's own rolled-back transaction) uses
    these in its conftest.py instead: the missions are made once, inside a transaction
    rolled back when the package ends, and each test gets them afresh from the database.
    """

    @pytest.fixture(scope="package")
    def _missions_of_the_package(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            # The transaction never commits: run what waits for the commit (publishing
            # the translated home pages) as it is scheduled, as it would run for real.
            with TestCase.captureOnCommitCallbacks(execute=True):
                pks = (provision_mission_a().pk, provision_mission_b().pk)
            yield pks
            transaction.set_rollback(True)

    def fresh(pk):
        # As provisioning returns it: the site's home page is the specific page.
        mission = Mission.objects.select_related("site__root_page").get(pk=pk)
        mission.site.root_page = mission.site.root_page.specific
        return mission

    @pytest.fixture
    def mission_a(_missions_of_the_package, db):
        return fresh(_missions_of_the_package[0])

    @pytest.fixture
    def mission_b(_missions_of_the_package, db):
        return fresh(_missions_of_the_package[1])

    return _missions_of_the_package, mission_a, mission_b


@pytest.fixture
def webmaster_a(mission_a):
    return UserFactory(username="webmaster_a", groups=[mission_a.editors_group])


@pytest.fixture
def moderator_a(mission_a):
    return UserFactory(username="moderator_a", groups=[mission_a.moderators_group])


@pytest.fixture
def webmaster_b(mission_b):
    return UserFactory(username="webmaster_b", groups=[mission_b.editors_group])


@pytest.fixture
def superuser(db):
    user = UserFactory(username="secretariat")
    user.is_superuser = user.is_staff = True
    user.save()
    return user


def pytest_report_header(config):
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return f"database: {engine}"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run each module's tests together, and the transactional (browser) tests last.

    pytest-django orders tests by kind: database tests, then transactional ones, then
    those that use no ``db`` fixture. But the tests built on a module-wide world (see
    test_isolation, test_seed_demo) use none, so they would run after a transactional
    test has emptied the database, and a module split in two builds its world twice.
    """

    def is_transactional(item):
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction"))

    items.sort(key=lambda item: (is_transactional(item), str(item.path)))
