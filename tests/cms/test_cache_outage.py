"""The cache is an accelerator, never a dependency.

With Redis refusing connections, hanging (it accepts the connection and never answers)
or dropping its connections (a restart under load), public pages are served, uncached,
and say so (``X-Page-Cache: unavailable``); the outage is logged once, not once per
request; a hung Redis costs one short timeout per process, not one per cache read; and
publishing still succeeds. The default and renditions caches point at the broken Redis
with the options production uses (cms/settings/base.py).
"""

import logging
import socket
import threading
import time

import pytest
import redis
import wagtail_factories
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from cms.serving import redis_client
from tests.factories import NewsItemPageFactory, section

FRANCE = "france.localhost"
LOGGER = "cms.serving.redis_client"


def point_the_caches_at(settings, location):
    settings.CACHES = {
        alias: {
            "BACKEND": "cms.serving.redis_client.RedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "test-outage",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        }
        for alias in ("default", "renditions")
    }
    settings.PAGE_CACHE_SECONDS = 300
    settings.SITE_CACHE_SECONDS = 300


@pytest.fixture
def closed_port():
    """A loopback port nothing listens on: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentServer:
    """A TCP server on 127.0.0.1 that accepts every connection and never answers."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.port = self.socket.getsockname()[1]
        self.accepted = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        self.socket.close()
        for connection in self.accepted:
            connection.close()


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def pages(mission_a):
    """A mission's home, a news item and its about page."""
    item = NewsItemPageFactory(parent=section(mission_a, "news"), title="Ocean", slug="ocean")
    assert item.live
    return ["/fr/", "/fr/news/ocean/", "/fr/about/"]


def timed_visit(path):
    started = time.monotonic()
    response = Client().get(path, headers={"host": FRANCE})
    return response, time.monotonic() - started


def outage_warnings(caplog):
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


@pytest.mark.parametrize("server", ["refusing", "hanging"])
def test_public_pages_are_served_uncached_and_say_so(
    server, closed_port, silent_server, pages, settings, caplog
):
    port = closed_port if server == "refusing" else silent_server.port
    point_the_caches_at(settings, f"redis://127.0.0.1:{port}/0")
    caplog.set_level(logging.WARNING, logger=LOGGER)
    Client().get("/fr/", headers={"host": FRANCE})  # templates compiled, breaker tripped

    for path in pages * 2:
        response, seconds = timed_visit(path)
        assert response.status_code == 200, path
        assert response["X-Page-Cache"] == "unavailable", path
        assert "X-Cache" not in response
        assert seconds < 0.75, (path, seconds)

    assert len(outage_warnings(caplog)) == 1


def test_a_hung_redis_holds_a_worker_for_one_short_timeout_only(silent_server, pages, settings):
    point_the_caches_at(settings, f"redis://127.0.0.1:{silent_server.port}/0")

    started = time.monotonic()
    for path in pages:
        assert Client().get(path, headers={"host": FRANCE}).status_code == 200
    seconds = time.monotonic() - started

    # One connection, one timeout: later cache reads are not even tried for a while.
    assert len(silent_server.accepted) == 1
    assert settings.REDIS_CACHE_OPTIONS["socket_timeout"] <= 0.25
    assert seconds < 3 * 0.75


def test_wagtails_own_cache_reads_fall_back_to_the_database(closed_port, mission_a, settings):
    point_the_caches_at(settings, f"redis://127.0.0.1:{closed_port}/0")
    image = wagtail_factories.ImageFactory(collection=mission_a.collection)

    root_paths = Site.get_site_root_paths()
    rendition = image.get_rendition("fill-20x20")

    assert mission_a.site.pk in {root_path.site_id for root_path in root_paths}
    assert (rendition.width, rendition.height) == (20, 20)


def test_publishing_succeeds_with_redis_down_and_says_so_in_the_log(
    closed_port, mission_a, settings, caplog
):
    point_the_caches_at(settings, f"redis://127.0.0.1:{closed_port}/0")
    caplog.set_level(logging.ERROR, logger="cms.serving.tokens")
    home = mission_a.site.root_page.specific
    home.title = "Publiée pendant la panne"

    home.save_revision().publish()

    home.refresh_from_db()
    assert home.title == "Publiée pendant la panne"
    assert not home.has_unpublished_changes
    assert any("Could not replace the cache tokens" in r.getMessage() for r in caplog.records)
    assert "Publiée pendant la panne" in Client().get("/fr/", headers={"host": FRANCE}).text


def test_a_publish_redis_missed_is_sent_once_it_answers(
    redis_page_cache, mission_a, monkeypatch, caplog
):
    visit = lambda: Client().get("/fr/", headers={"host": FRANCE})  # noqa: E731
    visit()
    assert visit()["X-Cache"] == "hit"

    def refuse(*args, **kwargs):
        raise redis.ConnectionError("refused")

    with monkeypatch.context() as during_the_outage:
        during_the_outage.setattr(redis_client.RedisCacheClient, "set_many", refuse)
        during_the_outage.setattr(redis_client, "RETRY_SECONDS", 0)  # back at once after
        home = mission_a.site.root_page.specific
        home.title = "Publiée pendant la panne"
        home.save_revision().publish()

    response = visit()
    assert response["X-Cache"] == "miss"
    assert "Publiée pendant la panne" in response.text


def test_a_restarted_redis_costs_no_outage(redis_page_cache, mission_a):
    visit = lambda: Client().get("/fr/", headers={"host": FRANCE})  # noqa: E731
    visit()
    assert visit()["X-Cache"] == "hit"
    # What a restart does to this process: every pooled connection is closed by Redis.
    pool = cache._cache._get_connection_pool(write=False)
    ids = []
    for connection in list(pool._available_connections):
        connection.send_command("CLIENT", "ID")
        ids.append(connection.read_response())
    for client_id in ids:
        redis_page_cache.client_kill_filter(_id=client_id)

    response = visit()

    assert response.status_code == 200
    assert response["X-Cache"] == "hit"
    assert "X-Page-Cache" not in response
