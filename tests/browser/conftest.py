"""A real browser for what only a browser shows: Debian's Chromium driven by Playwright.

Playwright's own browser download does not work here, so the tests use
/usr/bin/chromium. Under CI a missing browser is a failure; on a developer's machine
the tests skip and say how to install it.
"""

import os
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections

from missions.models import (
    ContactPage,
    EventIndexPage,
    EventPage,
    MissionHomePage,
    NewsIndexPage,
    NewsItemPage,
    RepresentativePage,
    StandardPage,
    StatementIndexPage,
    StatementPage,
)

# Every page type a visitor of a mission site meets.
PUBLIC_PAGE_TYPES = [
    MissionHomePage,
    StandardPage,
    NewsIndexPage,
    NewsItemPage,
    StatementIndexPage,
    StatementPage,
    EventIndexPage,
    EventPage,
    RepresentativePage,
    ContactPage,
]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Chromium reaches for Google's services at start-up; this machine has no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium`."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # While Playwright's sync API is started, its event loop lives in this thread, and
    # Django would refuse every ORM call (the tests' own, the database flush between
    # tests) as "async". Those calls are synchronous and safe; the switch is on only
    # while the browser is, and the settings tests never pass it to a subprocess.
    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def live_port(live_server, settings):
    _one_request_at_a_time_on_shared_sqlite(live_server)
    # The admin answers on its own hostname only (cms.admin_origin): the live server's,
    # localhost; the mission sites are on *.localhost. See admin_url().
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return int(live_server.url.rsplit(":", 1)[1])


@contextmanager
def committed_for_the_module(django_db_blocker):
    """A world for a module of browser tests that only read it: made once, committed,
    served by the module's own live server, and wiped when the module ends.

    pytest-django makes every test that asks for its ``live_server`` transactional, and
    empties the database after each: a world that takes seconds to make (a seeded demo
    mission) would be made again for every test. Here the module's fixture makes it
    inside this block, which yields the port of a server of its own; its tests are plain
    ``django_db`` tests (they only read, so their rollback changes nothing the server
    sees). On PostgreSQL the server reads through its own connections, so the world must
    be committed; on the in-memory SQLite database it shares the tests' connection.
    When the module ends the database is emptied and given back the migrations' data,
    as a transactional test with ``serialized_rollback`` would leave it.
    """
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    _one_request_at_a_time_on_shared_sqlite(server)
    # Playwright's event loop may already run in this thread (see ``browser``).
    with pytest.MonkeyPatch.context() as env, django_db_blocker.unblock():
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        # The copy Django keeps when some test of the run has serialized_rollback.
        before = {
            connection.alias: getattr(connection, "_test_serialized_contents", None)
            or connection.creation.serialize_db_to_string()
            for connection in connections.all()
        }
        try:
            yield server.thread.port
        finally:
            server.stop()
            for alias, contents in before.items():
                call_command(
                    "flush",
                    database=alias,
                    interactive=False,
                    verbosity=0,
                    # As TransactionTestCase does: the restored rows keep their ids and
                    # the sequences stay past them.
                    reset_sequences=False,
                    inhibit_post_migrate=True,
                )
                connections[alias].creation.deserialize_db_from_string(contents)


def _one_request_at_a_time_on_shared_sqlite(live_server):
    """Serve one request at a time when the server shares the tests' SQLite connection.

    The in-memory SQLite test database exists only on the test thread's connection, so
    the live server's request threads all use that one connection object, and with it
    one transaction state. The admin sends requests side by side (the editing-session
    ping next to a save, the chooser's fetches next to a page load); two of them
    inside one connection's transaction at once end in a 500 that no user could meet
    (each production request has its own connection). PostgreSQL needs none of this.
    """
    shared = any(
        connection.vendor == "sqlite" and connection.is_in_memory_db()
        for connection in connections.all()
    )
    server = live_server.thread.httpd
    app = server.get_app()
    if not shared or getattr(app, "one_at_a_time", False):
        return
    lock = threading.Lock()

    def one_at_a_time(environ, start_response):
        with lock:
            return app(environ, start_response)

    one_at_a_time.one_at_a_time = True
    server.set_app(one_at_a_time)


def site_url(hostname, port, path="/"):
    """The address of a mission site on the test server; *.localhost resolves to loopback."""
    return f"http://{hostname}:{port}{path}"


def admin_url(port, path="/admin/"):
    """The address of the admin on the test server: its own host, never a mission's."""
    return f"http://localhost:{port}{path}"
