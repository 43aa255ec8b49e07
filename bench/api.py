"""The read API's part of the benchmark: which requests, against what, and the checks.

Every request of the issue's "Speed" section is loaded three ways, on the same servers as
the pages (bench/run.py): uncached (``API_CACHE_SECONDS=0``), with the server cache
(``API_CACHE_SECONDS=7200``, every host's response stored once before the timing, kept
through it), and as a 304 revalidation (``If-None-Match`` with the ETag each host's first
response carried, on the cached server). Beside them, in the same rounds:

- stock Wagtail: the same requests to Wagtail's own ``PagesAPIViewSet``, unmodified but
  public, mounted at /stock-api/v2/ in the bench URLconf only (bench/floor_urls.py);
- the framework floor: a fixed JSON body of the same size as the response, behind the
  same middleware (``/bench-api-floor/<size>/``);
- a corpus ten times smaller: the same listings served from a second database holding
  20 missions (about 5,000 pages) instead of 200 (about 50,000), by a third server
  (uncached), so listing cost can be compared across corpus size and number of sites
  with nothing else changed.

Each request goes to the next mission's host; a path naming a site (``site=``) or a page
(the detail) names that host's site or its newest news item, so every request reads a
different site, as a portal reading every mission would.
"""

import json
import statistics
import time
from dataclasses import dataclass, field

from bench.serving import get

LIMIT_SMALL, LIMIT_LARGE = 20, 100
NEWS_SLUG = "news-150"


@dataclass
class Case:
    """One line of the results: what wrk loads, and what it is compared with."""

    key: str
    label: str
    server: object
    hosts: list
    path: str = "/"
    paths: list | None = None  # one per host, replacing ``path``
    etags: list | None = None  # one If-None-Match per host
    floor: str = "floor"  # the key of the floor case of the same body size
    stock: str | None = None  # the key of stock Wagtail's case for the same request
    smaller_corpus: str | None = None  # the key of the same request on the small corpus
    group: str = "pages"
    status: int = 200
    size: int = 0  # bytes of the body of the first response

    def wrk_arguments(self):
        return {"paths": self.paths, "etags": self.etags}


@dataclass
class Request:
    """One of the issue's requests, as our API and as stock Wagtail spell it."""

    key: str
    label: str
    ours: object  # host -> path
    stock: object = None  # host -> path, or None when stock Wagtail has no such endpoint
    status: int = 200
    cacheable: bool = True
    extra: dict = field(default_factory=dict)


def news_item_ids(hosts, slug=NEWS_SLUG):
    """{host: id} of each site's English news item ``slug`` (its newest), in one query."""
    from wagtail.models import Page, Site

    roots = dict(Site.objects.filter(hostname__in=hosts).values_list("hostname", "root_page"))
    root_paths = dict(Page.objects.filter(pk__in=roots.values()).values_list("pk", "url_path"))
    wanted = {f"{root_paths[roots[host]]}news/{slug}/": host for host in hosts}
    found = dict(Page.objects.filter(url_path__in=wanted).values_list("url_path", "pk"))
    return {wanted[url_path]: pk for url_path, pk in found.items()}


def requests_for(hosts):
    """The requests the issue names, built for ``hosts`` (needs Django set up)."""
    ids = news_item_ids(hosts)
    missing = [host for host in hosts if host not in ids]
    if missing:
        raise RuntimeError(f"no {NEWS_SLUG} on {missing[:3]}...")

    def listing(prefix, limit):
        return lambda host: f"{prefix}/v2/pages/?site={host}&locale=en&limit={limit}"

    return [
        Request(
            "list20",
            f"Pages listing, one site, English, {LIMIT_SMALL} items",
            listing("/api", LIMIT_SMALL),
            listing("/stock-api", LIMIT_SMALL),
        ),
        Request(
            "list100",
            f"Pages listing, one site, English, {LIMIT_LARGE} items",
            listing("/api", LIMIT_LARGE),
            listing("/stock-api", LIMIT_LARGE),
        ),
        Request(
            "detail",
            "Page detail (a news item)",
            lambda host: f"/api/v2/pages/{ids[host]}/",
            lambda host: f"/stock-api/v2/pages/{ids[host]}/",
        ),
        Request(
            "missions",
            f"Missions directory, {LIMIT_LARGE} items",
            lambda host: f"/api/v2/missions/?limit={LIMIT_LARGE}",
        ),
        Request(
            "news",
            f"News of every site, newest first, {LIMIT_SMALL} items",
            lambda host: f"/api/v2/news/?limit={LIMIT_SMALL}",
        ),
        Request(
            "find",
            "find by public path (answers a redirect)",
            lambda host: f"/api/v2/pages/find/?html_path=/en/news/{NEWS_SLUG}/&site={host}",
            # Stock Wagtail routes html_path from the site's root page, which is the
            # English home: the /en/ prefix is the project's, not part of the tree.
            lambda host: f"/stock-api/v2/pages/find/?html_path=/news/{NEWS_SLUG}/",
            status=302,
            cacheable=False,
        ),
    ]


def _check(name, port, path, host, status, headers=None):
    answered, response_headers, body = get(port, path, host, headers=headers)
    if answered != status:
        raise RuntimeError(f"{name}: {host}{path} answered {answered}, not {status}: {body[:300]}")
    if status == 200:
        json.loads(body)  # a JSON body, not an error page
    return response_headers, body


def build_cases(servers, hosts, small_hosts):
    """The API's cases, checked and warmed: every response answered as it should, the
    cached server's cache filled for every host, and the ETags collected."""
    uncached, cached, small = servers["uncached"], servers["cached"], servers.get("small")
    cases, floors = [], {}
    for request in requests_for(hosts):
        ours = [request.ours(host) for host in hosts]
        _headers, body = _check(request.key, uncached.port, ours[0], hosts[0], request.status)
        size = len(body)
        floor_key = "floor"
        if request.status == 200:
            floor_key = f"api_floor_{request.key}"
            floors[floor_key] = size
        common = {"group": "api", "floor": floor_key, "status": request.status, "size": size}
        stock_key = f"api_{request.key}_stock" if request.stock else None
        small_key = None
        if small is not None and request.key in ("list20", "list100", "news"):
            small_key = f"api_{request.key}_small"
        cases.append(
            Case(
                f"api_{request.key}_uncached",
                f"{request.label}, uncached",
                uncached,
                hosts,
                paths=ours,
                stock=stock_key,
                smaller_corpus=small_key,
                **common,
            )
        )
        if request.cacheable:
            etags = []
            for host, path in zip(hosts, ours, strict=True):
                headers, _body = _check(request.key, cached.port, path, host, 200)
                etags.append(headers.get("ETag"))
            answers = [
                _check(request.key, cached.port, ours[0], hosts[0], 200)[0].get("X-Cache")
                for _ in range(5)
            ]
            cases.append(
                Case(
                    f"api_{request.key}_cached",
                    f"{request.label}, server cache (X-Cache: {answers[-1]})",
                    cached,
                    hosts,
                    paths=ours,
                    **common,
                )
            )
            if all(etags):
                _check(
                    request.key, cached.port, ours[0], hosts[0], 304, {"If-None-Match": etags[0]}
                )
                cases.append(
                    Case(
                        f"api_{request.key}_304",
                        f"{request.label}, 304 revalidation (If-None-Match)",
                        cached,
                        hosts,
                        paths=ours,
                        etags=etags,
                        **{**common, "status": 304},
                    )
                )
        if request.stock:
            stock = [request.stock(host) for host in hosts]
            _check(f"{request.key} (stock)", uncached.port, stock[0], hosts[0], request.status)
            cases.append(
                Case(
                    stock_key,
                    f"{request.label}, stock Wagtail PagesAPIViewSet",
                    uncached,
                    hosts,
                    paths=stock,
                    **common,
                )
            )
        if small_key:
            few = [request.ours(host) for host in small_hosts]
            _check(f"{request.key} (small corpus)", small.port, few[0], small_hosts[0], 200)
            cases.append(
                Case(
                    small_key,
                    f"{request.label}, uncached, corpus of {len(small_hosts)} missions",
                    small,
                    small_hosts,
                    paths=few,
                    **common,
                )
            )
    for key, size in floors.items():
        path = f"/bench-api-floor/{size}/"
        if get(uncached.port, path, hosts[0])[0] != 200:
            raise RuntimeError(f"{path} did not answer 200")
        cases.append(
            Case(
                key,
                f"API floor (fixed JSON body, {size} bytes)",
                uncached,
                hosts,
                path=path,
                floor=key,
                group="api",
                size=size,
            )
        )
    return cases


def measure_inprocess(hosts, repeat=60):
    """Median milliseconds and queries per request of the API's requests, served
    in-process (Django test client, no HTTP, API cache off), hosts in turn; and the
    queries of a listing at 1, 20 and 100 items."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    measured = {}
    hosts = hosts[:repeat]  # each host once, warmed first, as in the load test
    for request in requests_for(hosts):
        paths = {host: request.ours(host) for host in hosts}
        for host, path in paths.items():  # warm, as in the load test
            _expect(client.get(path, headers={"host": host}), request.status, path)
        timings = []
        for n in range(repeat):
            host = hosts[n % len(hosts)]
            start = time.perf_counter()
            response = client.get(paths[host], headers={"host": host})
            timings.append(time.perf_counter() - start)
            _expect(response, request.status, paths[host])
        with CaptureQueriesContext(connection) as queries:
            client.get(paths[hosts[0]], headers={"host": hosts[0]})
        measured[request.key] = {
            "ms": statistics.median(timings) * 1000,
            "queries": len(queries),
        }
    for limit in (1, LIMIT_SMALL, LIMIT_LARGE):
        path = f"/api/v2/pages/?site={hosts[0]}&locale=en&limit={limit}"
        with CaptureQueriesContext(connection) as queries:
            _expect(client.get(path, headers={"host": hosts[0]}), 200, path)
        measured[f"queries_limit_{limit}"] = len(queries)
    return measured


def _expect(response, status, path):
    if response.status_code != status:
        raise RuntimeError(f"{path} answered {response.status_code}: {response.content[:300]}")


def profile(hosts, output_dir, repeat=100):
    """pyinstrument profiles of the uncached listing and detail, in-process."""
    from django.test import Client
    from pyinstrument import Profiler

    client = Client()
    written = []
    for request in requests_for(hosts):
        if request.key not in ("list20", "list100", "detail"):
            continue
        for prefix, make in (("api", request.ours), ("stock", request.stock)):
            for host in hosts:
                client.get(make(host), headers={"host": host})
            profiler = Profiler(interval=0.0005)
            profiler.start()
            for n in range(repeat):
                host = hosts[n % len(hosts)]
                client.get(make(host), headers={"host": host})
            profiler.stop()
            target = output_dir / f"profile-{prefix}-{request.key}.txt"
            target.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
            written.append(target)
    return written


class _RollBack(Exception):
    """Raised to undo the smaller corpus once it has been measured."""


def measure_with_small_corpus(kept_hosts, repeat):
    """``measure_inprocess`` on a corpus ten times smaller: every site but ``kept_hosts``
    and every page outside them deleted, in a transaction rolled back afterwards.

    Same database, same process, same moment: only the number of pages (and of sites)
    changes. PostgreSQL's statistics are refreshed inside the transaction (ANALYZE), so
    the planner plans for the smaller tables, as it would on a database that small. The
    foreign keys to the deleted pages are checked at commit only (Django makes them
    deferrable), and there is no commit.
    """
    from django.db import connection, transaction
    from wagtail.models import Page, Site

    from cms.serving import directory as site_directory
    from missions.models import Mission

    measured = {}
    try:
        with transaction.atomic():
            kept = Site.objects.filter(hostname__in=kept_hosts).select_related("root_page")
            roots = [site.root_page for site in kept]
            Mission.objects.exclude(site__hostname__in=kept_hosts).delete()
            Site.objects.exclude(hostname__in=kept_hosts).exclude(is_default_site=True).delete()
            # The kept sites' home pages in every language, and what is under them.
            keep_paths = list(
                Page.objects.filter(
                    translation_key__in={root.translation_key for root in roots}
                ).values_list("path", flat=True)
            )
            default_root = Site.objects.get(is_default_site=True).root_page.path
            with connection.cursor() as cursor:
                condition = " OR ".join(["path LIKE %s"] * (len(keep_paths) + 1))
                cursor.execute(
                    f"DELETE FROM wagtailcore_page WHERE depth > 1 AND NOT ({condition})",  # noqa: S608
                    [f"{path}%" for path in [*keep_paths, default_root]],
                )
                cursor.execute("ANALYZE wagtailcore_page")
            Site.clear_site_root_paths_cache()
            site_directory.forget()
            measured = {"pages": Page.objects.count(), **measure_inprocess(kept_hosts, repeat)}
            raise _RollBack
    except _RollBack:
        pass
    finally:
        Site.clear_site_root_paths_cache()
        site_directory.forget()
    return measured
