"""A real browser for what only a browser shows: Debian's Chromium driven by Playwright.

Playwright's own browser download does not work here, so the tests use
/usr/bin/chromium. Under CI a missing browser is a failure; on a developer's machine
the tests skip and say how to install it.
"""

import os
import threading
from pathlib import Path

import pytest

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


def _one_request_at_a_time_on_shared_sqlite(live_server):
    """Serve one request at a time when the server shares the tests' SQLite connection.

    The in-memory SQLite test database exists only on the test thread's connection, so
    the live server's request threads all use that one connection object, and with it
    one transaction state. The admin sends requests side by side (the editing-session
    ping next to a save, the chooser's fetches next to a page load); two of them
    inside one connection's transaction at once end in a 500 that no user could meet
    (each production request has its own connection). PostgreSQL needs none of this.
    """
    from django.db import connections

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
