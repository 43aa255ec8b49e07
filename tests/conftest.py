"""Fixtures shared by the whole suite.

Two missions on two hostnames are the smallest world in which isolation can be
broken, so most tests start from ``mission_a`` and ``mission_b``, provisioned by the
real ``provision_mission`` (root page -> mission home -> Site(hostname)) once per
package (``missions_provisioned_once_per_package``). What a transaction leaves for its
commit runs one way throughout: ``as_if_committed``.
"""

import shutil
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import translation

from cms.serving import directory as site_directory
from cms.serving import tokens
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
def _media_root(request, tmp_path, settings):
    """Each test writes uploaded files to its own folder, removed afterwards; the tests
    of a world made once for their module, with files, share its (``module_media_root``)."""
    if "module_media_root" in request.fixturenames:
        yield
        return
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture(scope="module")
def module_media_root(tmp_path_factory):
    """One folder for the uploaded files of a module-wide world, removed with it."""
    path = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=path):
        yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_site_directory():
    """Each test reads the sites afresh: a test's rolled-back transaction removes the
    sites it made without changing the sites generation (cms.serving.directory), and
    leaves in the cache what Wagtail keeps there (the sites' root paths, renditions) and
    the login and reset counters. Token replacements an earlier test's simulated outage
    kept from Redis are dropped: sent later, they would replace this test's tokens (same
    keys) at a moment it did not choose."""
    site_directory.forget()
    tokens.forget_unsent_replacements()
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request for a page in /ru/ leaves
    Russian active in the thread that served it, and the next test would inherit it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def as_if_committed():
    """Run the block, then what it left for the commit, as a committed transaction would.

    Tests run inside transactions that never commit, so ``transaction.on_commit`` work
    (provisioning recounting the translated home pages' children, wagtail-localize
    publishing a translation, the page cache's tokens) would never run. This is the one
    way the suite runs it: ``with as_if_committed(): ...``, in a test or in a fixture of
    any scope. Callbacks scheduled by the callbacks run too.
    """
    return TestCase.captureOnCommitCallbacks(execute=True)


@contextmanager
def rolled_back_at_the_end(django_db_blocker):
    """A transaction for a fixture wider than a test, rolled back when the fixture ends.

    Each test inside runs in its own savepoint of it (pytest-django's usual rollback), so
    what a test changes is gone for the next one and what the fixture made stays.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def default_cache_in_real_redis(test_settings, database, purpose):
    """Point Django's default cache at the real Redis at 127.0.0.1:6379 (``database``), as
    production does when REDIS_URL is set, under a key prefix of this test only (parallel
    workers never share an entry); yields a redis-py connection whose ``prefix`` names
    the test's keys, and deletes them afterwards. A generator for fixtures:
    ``yield from default_cache_in_real_redis(settings, 5, "page cache")``."""
    url = f"redis://127.0.0.1:6379/{database}"
    connection = redis.Redis.from_url(url)
    try:
        connection.ping()
    except redis.ConnectionError:
        pytest.fail(f"The {purpose} tests need Redis at 127.0.0.1:6379: start redis-server.")
    connection.prefix = f"test-{purpose.replace(' ', '-')}-{uuid.uuid4().hex}"
    test_settings.CACHES = {
        "default": {
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": connection.prefix,
            "OPTIONS": test_settings.REDIS_CACHE_OPTIONS,
        }
    }
    yield connection
    for key in connection.scan_iter(f"{connection.prefix}:*", count=1000):
        connection.delete(key)


def provision_mission_a():
    return make_mission("FRA", "france.localhost", languages=("fr", "en"))


def provision_mission_b():
    return make_mission("KEN", "kenya.localhost", languages=("en", "sw"))


DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


def uses_the_database(item):
    """True for a test marked ``django_db`` or asking for one of pytest-django's fixtures."""
    if item.get_closest_marker("django_db") is not None:
        return True
    return bool(DATABASE_FIXTURES & set(item.fixturenames))


def tests_of_the_package(request):
    """The collected tests under the package a package-scoped fixture serves."""
    folder = Path(request.node.path)
    if folder.is_file():  # an __init__.py
        folder = folder.parent
    return [item for item in request.session.items if item.path.is_relative_to(folder)]


def mission_as_provisioned(pk):
    """The mission ``pk`` as provisioning returns it: its site's home page is specific."""
    mission = Mission.objects.select_related("site__root_page").get(pk=pk)
    mission.site.root_page = mission.site.root_page.specific
    return mission


def missions_provisioned_once_per_package():
    """The suite's world: ``mission_a`` (France, French and English) and ``mission_b``
    (Kenya, English and Kiswahili), provisioned once per package and xdist worker.

    Two missions on two hostnames are the smallest world in which isolation can be
    broken. Provisioning takes a second or more a mission, so a package whose tests only
    read the two missions (or change them inside their own rolled-back test) binds these
    in its conftest.py::

        _missions_of_the_package, mission_a, mission_b = missions_provisioned_once_per_package()

    A fixture with ``scope="package"`` belongs to the package of the conftest.py that
    defines it, subpackages included: defined here, in the root conftest, it would live
    for the whole run. Made by this function in the package's own conftest.py, it lives
    until that package's last test, so a package that needs an empty database (the
    provisioning tests, the demo's) never sees it. It is made before the package's first
    test (autouse): a test that asks for a mission only while running
    (``request.getfixturevalue``) would otherwise provision it inside its own
    transaction, gone for the package's next test. Only when some test of the package
    uses the database, so a module of tests that use none still runs alone (pytest-django
    then sets up no database).
    """

    @pytest.fixture(scope="package", autouse=True)
    def _missions_of_the_package(request, django_db_blocker):
        if not any(uses_the_database(item) for item in tests_of_the_package(request)):
            yield None
            return
        request.getfixturevalue("django_db_setup")
        with rolled_back_at_the_end(django_db_blocker):
            with as_if_committed():
                pks = (provision_mission_a().pk, provision_mission_b().pk)
            yield pks

    @pytest.fixture
    def mission_a(_missions_of_the_package, db):
        """France, in French (its default) and English, on france.localhost."""
        return mission_as_provisioned(_missions_of_the_package[0])

    @pytest.fixture
    def mission_b(_missions_of_the_package, db):
        """Kenya, in English (its default) and Kiswahili, on kenya.localhost."""
        return mission_as_provisioned(_missions_of_the_package[1])

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
    """Run each module's and each package's tests together, the browser tests last (the
    transactional ones after those that share a committed world, see
    tests/browser/conftest.py::committed_for_the_module).

    pytest-django orders tests by kind: database tests, then transactional ones, then
    those that use no ``db`` fixture. But the tests built on a module-wide world (see
    test_isolation, test_seed_demo) use none, so they would run after a transactional
    test has emptied the database, and a module or package split in two builds its world
    twice. ``make test`` keeps this order on each xdist worker (``--dist loadfile
    --no-loadscope-reorder``).
    """

    def is_transactional(item):
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction"))

    def is_browser_test(item):
        return item.get_closest_marker("browser") is not None

    items.sort(key=lambda item: (is_browser_test(item), is_transactional(item), str(item.path)))
