"""Measurements inside one Python process: site resolution, render time, query counts.

They need Django set up on the benchmark database (bench/run.py does it) and show how
the cost of a request grows, or not, with the number of sites.
"""

import statistics
import time

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from cms.serving import directory as site_directory


def time_site_lookup(hosts, lookup, repeat=2000):
    """Median microseconds of ``lookup(request)`` for a fresh request, hosts in turn."""
    factory = RequestFactory()
    timings = []
    for n in range(repeat):
        request = factory.get("/en/", headers={"host": hosts[n % len(hosts)]})
        start = time.perf_counter()
        site = lookup(request)
        timings.append(time.perf_counter() - start)
        if site is None or site.hostname != request.get_host():
            raise RuntimeError(f"{request.get_host()} resolved to {site}")
    return statistics.median(timings) * 1e6


def time_pages(hosts, path, repeat=300):
    """Median milliseconds to serve ``path`` in-process (no HTTP), hosts in turn.

    Also returns the number of queries of one such request.
    """
    client = Client()
    # Every host once first, as the load test does: the first request of a site fills
    # its site cache, which is what the page cache off still relies on.
    for host in hosts:
        _expect_ok(client.get(path, headers={"host": host}), host, path)
    timings = []
    for n in range(repeat):
        host = hosts[n % len(hosts)]
        start = time.perf_counter()
        response = client.get(path, headers={"host": host})
        timings.append(time.perf_counter() - start)
        _expect_ok(response, host, path)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, headers={"host": hosts[0]})
    return statistics.median(timings) * 1000, len(queries)


def _expect_ok(response, host, path):
    """Stop the benchmark if a page it times is not served (an error page is no measure)."""
    if response.status_code != 200:
        raise RuntimeError(f"{host}{path} answered {response.status_code}")


def measure_sites(hosts, home_path, news_path, repeat=300):
    """Everything the report says about site resolution at the current number of sites."""
    home_ms, home_queries = time_pages(hosts, home_path, repeat)
    news_ms, news_queries = time_pages(hosts, news_path, repeat)
    return {
        "sites": Site.objects.count(),
        "site_root_paths": len(Site.get_site_root_paths()),
        # What serves the sites (a per-process directory checked with one cache read)
        # and Wagtail's own lookup (one query), for comparison.
        "site_lookup_us": time_site_lookup(hosts, site_directory.resolve),
        "wagtail_site_lookup_us": time_site_lookup(hosts, Site._find_for_request),
        "home_ms": home_ms,
        "home_queries": home_queries,
        "news_ms": news_ms,
        "news_queries": news_queries,
    }


def profile_pages(hosts, paths, output_dir, repeat=200):
    """Write a pyinstrument profile of serving each path in-process (for finding hot spots)."""
    from pyinstrument import Profiler

    client = Client()
    written = []
    for name, path in paths.items():
        # Every host once first, as in the timing and the load test: the profile is of a
        # worker whose site caches are warm, not of filling them.
        for host in hosts:
            client.get(path, headers={"host": host})
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for n in range(repeat):
            client.get(path, headers={"host": hosts[n % len(hosts)]})
        profiler.stop()
        target = output_dir / f"profile-{name}.txt"
        target.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
        written.append(target)
    return written


class _RollBack(Exception):
    """Raised to undo the removal of sites once they have been measured."""


def measure_with_only(hosts, home_path, news_path, repeat=300, extra=None):
    """``measure_sites`` (and ``extra(hosts)``, kept as ``"api"``) with every mission
    site but ``hosts`` removed, then put back.

    The removal happens in a transaction rolled back afterwards, so the same database,
    the same machine and the same moment give the figures for fewer sites.
    """
    from django.db import transaction

    from missions.models import Mission

    measured = {}
    try:
        with transaction.atomic():
            Mission.objects.exclude(site__hostname__in=hosts).delete()
            Site.objects.exclude(hostname__in=hosts).exclude(is_default_site=True).delete()
            Site.clear_site_root_paths_cache()
            measured = measure_sites(hosts, home_path, news_path, repeat)
            if extra is not None:
                measured["api"] = extra(hosts)
            raise _RollBack
    except _RollBack:
        pass
    finally:
        Site.clear_site_root_paths_cache()
        site_directory.forget()  # it may hold the 10 sites of the rolled-back transaction
    return measured
