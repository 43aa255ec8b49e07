"""bench/RESULTS.md: the machine, the method and the figures of one run of bench/run.py."""

import os
import platform
import subprocess
from pathlib import Path

# What profiling the uncached pages showed, and what was changed because of it. Kept
# here, not typed into RESULTS.md, because RESULTS.md is rewritten by every run.
FINDINGS = """\
- With the page cache on, a hit costs one Redis round trip (the page and its site's
  version tokens together, once the worker has seen the host) and no database query,
  ahead of the session, locale, CSRF and auth middleware.
- Without the page cache, a page costs one query for the page itself (plus one for a
  news item's tags); everything the same for every visitor of a site comes from the
  site cache (`cms.serving.site_data.cached_for_site`: the menu, the mission's settings and
  logo rendition, the home page's latest news, statements and events as rendered HTML,
  which page each address names, the site's view restrictions), dropped at once when
  anything in the site is published, with a copy in each process. The page's own
  content (title, body, tags, dates) is read and rendered on every request.
- Where the time went before (profiles with pyinstrument and cProfile, bench
  --profile): Wagtail routes a page one level at a time (two queries a level, seven for
  a news item, then two for view restrictions), `cms.serving.routing` does it in one;
  Wagtail looks the site up in the database on every request (see the table below),
  `cms.serving.directory` keeps the sites per process, checked with the cache read the
  page cache makes anyway; Django builds a new redis-py client, with its table of about
  170 response callbacks, for every cache call (`cms/serving/redis_client.py` reuses
  one); and each link to a page compared its path with all 401 site root paths
  (`RootPaths` indexes them).
- Site resolution does not grow with the number of sites: the table below shows the
  directory lookup, and the pages, at 10 and at 200 missions in the same run, each
  site visited once before the timing (its site cache filled, as in the load test).
- The floor goes through the same middleware; the site directory and routing work only
  for the pages Wagtail serves, so the floor does not pay for them.
"""


API_METHOD = """\
- Requests, each to the next mission's host (200 in turn):
  `/api/v2/pages/?site=<host>&locale=en&limit=20` and `limit=100` (one site, one
  language), `/api/v2/pages/<id>/` (the host's newest news item),
  `/api/v2/missions/?limit=100`, `/api/v2/news/?limit=20` (every site) and
  `/api/v2/pages/find/?html_path=/en/news/news-150/&site=<host>` (answers a 302 redirect,
  measured as is).
- Uncached: the server with `API_CACHE_SECONDS=0` (and the page cache off). Server cache:
  the server with `API_CACHE_SECONDS=7200`, every host's response stored once before the
  rounds and kept through them (with the default 300 s, entries stored before the rounds
  expired during them, and a "cached" case then timed hundreds of whole renders: the
  missions directory's p99 of 150-200 ms in earlier runs). 304: the same server,
  `If-None-Match` with the ETag of each host's response.
  The rate limit stays on (its Redis counter is part of each request) at a rate the load
  never reaches.
- Stock: the same requests to Wagtail's own `PagesAPIViewSet`, unmodified but for
  `permission_classes = [AllowAny]` (the project's DRF default is IsAuthenticated),
  mounted at `/stock-api/v2/` in the benchmark URLconf only (bench/floor_urls.py), on the
  same server, same middleware, same database. Stock Wagtail's `find` takes the path
  without the `/en/` prefix (its routing starts at the site's root page). Stock Wagtail
  has no missions directory and no cross-site listing, so those have no stock figure.
- Floor: `/bench-api-floor/<bytes>/`, a fixed JSON-typed body of the response's size
  behind the same middleware, outside the language prefixes as /api/ is.
- Corpus size: the issue asks the listings to cost the same on 5,000 pages as on 50,000.
  The in-process table shows the listings with 10 and with 200 missions' sites (same
  database); with `--small-corpus` data (a second database of 20 missions, about 5,000
  pages: `BENCH_DB_NAME=missions_bench_small python bench/run.py --populate-only
  --missions 20`), a third server serves the same listings from it in the same rounds
  ("corpus of 20 missions" rows, compared in the target column).
"""

API_FINDINGS = """\
- Stock Wagtail spends a listing's time per item: `html_url` (`page.full_url`) reads
  every site's root paths from the cache (Redis) and compares the page's path with all
  of them (400 with 200 missions), then `reverse()`s under `translation.override`; the
  `locale` field is one query per item (36 queries for 20 items, 116 for 100); the
  serializer class, and DRF its fields, are built anew on every request.
- What the API does instead (api/serializers.py, api/translations.py,
  api/visibility.py, api/views/pages.py): URLs from the root paths the request already
  holds, indexed (`full_url_of_path`, Wagtail's `get_url_parts` step for step) and the
  language prefix reversed once per language; `detail_url` reversed once per model; the
  translations of a whole listing in one query, as values (building 100 more page
  instances cost more than everything else); the serializer class cached per endpoint,
  model, `fields`, detail/listing, and its fields built once and deep-copied; the view
  restrictions read once per request (they were read four times); the locale codes once.
- Queries per request do not grow with `limit` or the number of sites (tables above;
  asserted in tests/api/performance/test_query_counts.py).
- In-process, before and after (bench/api.py requests, Django test client, the 2-core
  machine loaded by other work, a partly filled database of the same shape; stock
  measured alongside each time). Before: 20-item listing 765 ms, 100-item 2,111 ms,
  detail 450 ms of wall time (stock 1,283 / 5,033 / 607 ms: only x1.7, x2.4, x1.35),
  9, 9 and 11 queries. After the root paths and the restrictions: 34, 82, 33 ms of CPU
  (stock 92, 260, 28 ms). After everything above: 15.5, 41, 22 ms of CPU (stock 60, 245,
  35-41 ms: x3.9, x6.0, x1.6-1.9), 6, 6 and 7 queries.
- What is left in a detail, by the profile: the queries (7: restrictions, page, its
  specific row, parent, locales, translations, tags) and their compilation by the ORM,
  the middleware (the same for stock), DRF's field machinery, the cache and rate-limit
  round trips to Redis. A listing's remaining per-item cost is building page instances
  (a modelcluster ClusterableModel each), DRF's fields, and the indented JSON (Wagtail's
  renderer context asks for ``indent=4``, which forces the pure-Python encoder).
- History. In the run of 2026-12-03 18:41 (load average 5-8), server-cache hits and
  304s reached 22-45 % of the floor (four Redis round trips a hit); in the run of
  2026-12-03 22:38, 33-49 % (two round trips), and the news of every site 22 % of the
  small corpus's rate (20 req/s against 92).
- Since then, by the run of 2026-12-04 03:01:
  - A hit for a caller anonymous at a glance (no `Authorization`, no session cookie) is
    answered before DRF wraps the request (`api.http_caching.answer_before_drf`), its
    rate limit counted in the same Redis pipeline as the entry and the tokens are read
    (`RedisCache.count_and_get_many`): one round trip, and none of DRF's request
    wrapping, authentication, negotiation and permissions (in-process, on a loaded
    machine: 1.0 ms against the floor's 0.5 ms).
  - hiredis, the C parser redis-py and Django's Redis cache use when it is installed:
    packing commands in Python was a third of a cache read's CPU. Stock Wagtail gains
    too (it reads its site root paths from the cache): its detail went from 63 to 85
    req/s between the two runs.
  - `meta.total_count` counted once per version of the content (api.counting, under
    the tokens the request read): it was a COUNT of 30,000 rows (50 ms without
    statistics, 22 ms with) on every request. The first request after any change
    anywhere still counts (22-56 ms on this corpus); the "uncached" rows of the API
    keep this count cache on, as they keep the site cache, and so show the steady state
    between changes.
  - The restricted paths anonymous callers share, and the locales' codes, kept under
    the any-site token and the sites generation (`cached_for_all_sites`): two queries
    fewer per request (3 per listing and 5 per detail in the table above, the count
    kept too).
  - The bench: `VACUUM ANALYZE` before measuring (this PostgreSQL runs with autovacuum
    off: the planner took 30,000 live news items for 351), and the cached server keeps
    its entries through the run (they expired mid-run, and the missions directory's
    "hits" were then timing whole renders: p99 150-200 ms).
- Since the run of 2026-12-04 03:01, which missed two targets (the 100-item listing's
  hits at 42.5 % of the floor; the news of every site at 87 % of the small corpus's
  rate), and in this run:
  - A hit for a caller anonymous at a glance is answered ahead of the session, locale,
    CSRF and authentication middleware (`api.cache_middleware`), as the page cache
    answers pages; the entry is stored there on the way out, with the headers those
    middleware add (`X-Frame-Options`, `Vary: Cookie`), so the answer is the same. In
    the last run a hit went through all of them (reading the session and the user) and
    cost about twice the floor; now one URL resolution, one Redis round trip and the
    middleware above the cache (security headers, CORS, CSP). Hits went from 42.5-58 %
    of the floor to 67-75 % (the 100-item listing: 69 %, 1,943 req/s against 2,822),
    304s from 51-64 % to 68-75 %.
  - The news and statements of one day are listed as the mission's own pages list them
    (the newest page first: `-publication_date, -id`), read in that order from the
    news' and statements' date-and-id indexes. Ordered by `first_published_at` (in
    Wagtail's page table, which no index on the news table can hold), the 20 newest
    read the whole first day's group, one item per site (201 rows on 200 missions, 21
    on 20); now 20 rows whatever the number of sites. Over HTTP the news of every site
    went from 87 % of the small corpus's rate to 103 % (192 req/s against 186);
    in-process, x0.92.
- The in-process medians of the one-site listings move between the three columns in
  both directions from run to run (x0.58-0.63 in one run, x1.40-1.42 in another, with
  the same 3 queries): noise of a shared machine at 10-25 ms a request, not growth.
  Over HTTP, where each figure is 15 s of load, they are flat.
"""


def _first_line(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (result.stdout or result.stderr).strip().splitlines()[0]


def _cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory_gib():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def software_versions():
    """Versions of everything on the request path; call with Django set up."""
    import django
    import gunicorn
    import redis
    import wagtail
    from django.core.cache import caches
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    redis_server = redis.Redis.from_url(os.environ["REDIS_URL"]).info("server")["redis_version"]
    return {
        "CPU": _cpu_model(),
        "Cores (nproc)": str(os.cpu_count()),
        "Memory": _memory_gib(),
        "Kernel": platform.release(),
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "Wagtail": wagtail.__version__,
        "PostgreSQL": postgres,
        "Redis": redis_server,
        "redis-py": redis.__version__,
        "Cache backend": type(caches["default"]).__name__,
        "gunicorn": gunicorn.__version__,
        "wrk": _first_line(["wrk", "-v"]),
    }


def _verdict(row, targets):
    if row["key"] in ("home", "news", "home10"):
        target = targets["uncached"]
    elif row["key"] in ("home_cached", "news_cached"):
        target = targets["cached"]
    else:
        return "", ""
    return f">= {target:.0%}", "met" if row["ratio"] >= target else "**missed**"


def table(results):
    lines = [
        "| Case | req/s (median) | req/s per round | p50 ms | p99 ms | of floor | target | |",
        "|---|---:|---|---:|---:|---:|---|---|",
    ]
    for row in results["rows"]:
        if row.get("group", "pages") != "pages":
            continue
        target, verdict = _verdict(row, results["targets"])
        per_round = " / ".join(f"{rps:.0f}" for rps in row["rps_all"])
        errors = f" ({row['errors']} errors)" if row["errors"] else ""
        lines.append(
            f"| {row['label']}{errors} | {row['rps']:.0f} | {per_round} | {row['p50']:.2f} "
            f"| {row['p99']:.2f} | {row['ratio']:.1%} | {target} | {verdict} |"
        )
    return "\n".join(lines)


# The targets for the read API, as ratios measured in the same round.
API_STOCK_TARGETS = {
    "api_list20_uncached": 4.0,
    "api_list100_uncached": 5.0,
    "api_detail_uncached": 2.0,
}
API_FLOOR_TARGET = 0.50
API_CORPUS_TOLERANCE = 0.10


def _api_verdicts(row):
    """[(what, target, met)] for an API row."""
    verdicts = []
    target = API_STOCK_TARGETS.get(row["key"])
    if target is not None and "stock_ratio" in row:
        verdicts.append(
            (f"{row['stock_ratio']:.1f}x stock", f">= {target:.0f}x", row["stock_ratio"] >= target)
        )
    if row["key"].endswith(("_cached", "_304")):
        verdicts.append(
            (
                f"{row['ratio']:.0%} of floor",
                f">= {API_FLOOR_TARGET:.0%}",
                row["ratio"] >= API_FLOOR_TARGET,
            )
        )
    if "small_ratio" in row:
        verdicts.append(
            (
                f"{row['small_ratio']:.0%} of the small corpus's rate",
                f">= {1 - API_CORPUS_TOLERANCE:.0%}",
                row["small_ratio"] >= 1 - API_CORPUS_TOLERANCE,
            )
        )
    return verdicts


def api_table(results):
    lines = [
        "| Case | bytes | req/s (median) | req/s per round | p50 ms | p99 ms | vs stock | of floor "
        "| target | |",
        "|---|---:|---:|---|---:|---:|---:|---:|---|---|",
    ]
    for row in results["rows"]:
        if row.get("group") != "api":
            continue
        per_round = " / ".join(f"{rps:.0f}" for rps in row["rps_all"])
        errors = f" ({row['errors']} errors)" if row["errors"] else ""
        stock = f"{row['stock_ratio']:.2f}x" if "stock_ratio" in row else ""
        verdicts = _api_verdicts(row)
        target = "; ".join(f"{what}: {goal}" for what, goal, _met in verdicts)
        verdict = "; ".join("met" if met else "**missed**" for _what, _goal, met in verdicts)
        size = "304, no body" if row.get("status") == 304 else str(row.get("size", ""))
        lines.append(
            f"| {row['label']}{errors} | {size} | {row['rps']:.0f} | {per_round} "
            f"| {row['p50']:.2f} | {row['p99']:.2f} | {stock} | {row['ratio']:.1%} "
            f"| {target} | {verdict} |"
        )
    return "\n".join(lines)


API_INPROCESS_ROWS = [
    ("list20", "Pages listing, 20 items"),
    ("list100", "Pages listing, 100 items"),
    ("detail", "Page detail"),
    ("missions", "Missions directory, 100 items"),
    ("news", "News of every site, 20 items"),
    ("find", "find (redirect)"),
]


def _api_inprocess_table(results):
    small = (results.get("scaling_small") or {}).get("api")
    full = results["scaling_full"].get("api")
    if not full:
        return "Not measured in this run."
    corpus = results.get("api_small_corpus")
    columns = [
        (f"{SMALL_SITES} missions' sites, {results['pages']} pages", small),
        (f"{results['scaling_full']['sites'] - 1} sites, {results['pages']} pages", full),
    ]
    if corpus:
        columns.append((f"20 missions' sites, {corpus['pages']} pages", corpus))
    lines = [
        "| | " + " | ".join(f"{name}: ms | queries" for name, _ in columns) + " |",
        "|---|" + "---:|---:|" * len(columns),
    ]
    for key, label in API_INPROCESS_ROWS:
        cells = []
        for _name, data in columns:
            if data and key in data:
                cells += [f"{data[key]['ms']:.2f}", str(data[key]["queries"])]
            else:
                cells += ["", ""]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for limit in (1, 20, 100):
        key = f"queries_limit_{limit}"
        cells = []
        for _name, data in columns:
            cells += ["", str(data[key]) if data and key in data else ""]
        lines.append(
            f"| Queries of a one-site listing, limit={limit} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def _corpus_verdict(results):
    full = results["scaling_full"].get("api")
    corpus = results.get("api_small_corpus")
    if not (full and corpus):
        return ""
    lines = []
    for key, label in API_INPROCESS_ROWS[:2] + API_INPROCESS_ROWS[4:5]:
        ratio = full[key]["ms"] / corpus[key]["ms"]
        met = ratio <= 1 + API_CORPUS_TOLERANCE
        lines.append(
            f"- {label}: {full[key]['ms']:.2f} ms on {results['pages']} pages, "
            f"{corpus[key]['ms']:.2f} ms on {corpus['pages']}: x{ratio:.2f} "
            f"(target <= x{1 + API_CORPUS_TOLERANCE:.2f}: {'met' if met else '**missed**'})."
        )
    return "\n".join(lines)


def _webhooks(results):
    webhooks = results.get("webhooks")
    if not webhooks:
        return "Not measured in this run (`--publishes 0` or `--no-api`)."
    if "skipped" in webhooks:
        return f"Not measured in this run: {webhooks['skipped']}."
    return (
        f"{webhooks['count']} publishes by an editor (`publish()` of a news item's revision), "
        f"each timed to its signed webhook received by a local HTTP receiver on loopback, "
        f"with `manage.py db_worker --backend webhooks` running: median "
        f"**{webhooks['median'] * 1000:.0f} ms**, p99 **{webhooks['p99'] * 1000:.0f} ms** "
        f"(max {webhooks['max'] * 1000:.0f} ms)."
    )


SMALL_SITES = 10


def _scaling_table(results):
    small, full = results.get("scaling_small"), results["scaling_full"]
    columns = [("10 missions", small), (f"{full['sites'] - 1} missions", full)]
    rows = [
        ("Sites (with the stock default site)", "sites", "{}"),
        ("Entries in Wagtail's site root paths", "site_root_paths", "{}"),
        ("Site lookup (`cms.serving.directory.resolve`), median", "site_lookup_us", "{:.0f} µs"),
        ("Wagtail's own lookup (one query), median", "wagtail_site_lookup_us", "{:.0f} µs"),
        ("Home page in-process, median", "home_ms", "{:.2f} ms"),
        ("Home page queries", "home_queries", "{}"),
        ("News item in-process, median", "news_ms", "{:.2f} ms"),
        ("News item queries", "news_queries", "{}"),
    ]
    lines = [
        "| | " + " | ".join(name for name, _ in columns) + " |",
        "|---|" + "---:|" * len(columns),
    ]
    for label, key, fmt in rows:
        cells = [fmt.format(data[key]) if data else "not measured" for _, data in columns]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render(results):
    args = results["args"]
    versions = "\n".join(f"| {k} | {v} |" for k, v in results["versions"].items())
    provisioning = results.get("provisioning")
    if provisioning:
        setup = (
            f"- Provisioning ({provisioning['count']} missions, `provision_mission`, English "
            f"plus one other UN language each): median **{provisioning['median']:.2f} s**, "
            f"p95 **{provisioning['p95']:.2f} s** per mission, {provisioning['total']:.0f} s "
            "in all.\n"
            f"- Filling with pages in bulk (bench/filler.py): {results['filling_seconds']:.0f} s "
            f"in all. Migrating the empty database: {results['migrate_seconds']:.0f} s.\n"
            "- Load average while populating: "
            + ", ".join(f"{n:.2f}" for n in results.get("populate_load", []))
            + " (the machine is shared).\n"
        )
    else:
        setup = "- Provisioning: not measured in this run (`--reuse-db`).\n"
    load = ", ".join(f"{n:.2f}" for n in results["load_before"])
    sizes = results["sizes"]
    return f"""# Benchmark results

Written by `make bench` (bench/run.py) on {results["started"]:%Y-%m-%d %H:%M} UTC; every run
rewrites this file whole. The figures are from one run on the machine below.

## Machine

| | |
|---|---|
{versions}
| Load average before the run | {load} |

## What was served

{setup}- {results["pages"]} pages on {results["sites"]} sites ({args["missions"]} missions and the
  default site with the stock Wagtail welcome page), PostgreSQL database of its own.
- Response sizes: home page {sizes["home"]} bytes, news item {sizes["news"]} bytes, stock
  welcome page {sizes["stock"]} bytes; the floor returns {sizes["home"]} bytes.

## Method

- Two gunicorn servers, 2 sync workers each, `cms.wsgi` with `cms.settings.bench`
  (DEBUG off, persistent database connections with health checks, Django cache in Redis):
  one with the page cache off (`PAGE_CACHE_SECONDS=0`), one with it on (7200 s, so
  that what is stored before the rounds outlives them; 300 s by default). The
  site cache (`SITE_CACHE_SECONDS=300`, see Findings) is on in both, as in production.
- wrk on loopback, 1 thread, 4 connections, {args["duration"]} s per measurement after
  {args["warmup"]} s of warm-up, in {args["rounds"]} interleaved rounds (every case once
  per round), so slow drifts of the shared machine hit every case alike. Each request goes
  to the next mission's hostname (bench/rotate.lua): all {args["missions"]} sites are
  resolved in turn (10 in the "10 hosts only" case).
- The floor is a Django view returning a fixed body of the home page's size behind the
  same middleware and language prefix (bench/floor_urls.py, bench settings only).
- "of floor" is the median over rounds of the case's req/s divided by the floor's req/s
  in the same round. Targets from the issue: uncached pages >= 7 % of the floor, cached
  pages >= 50 %; stock Wagtail is typically about 3 % on such a machine.
- The stock baseline is the default site's plain Wagtail page rendering the welcome page
  of a new Wagtail project (`wagtail start`), through the same server and middleware.

## Results

{table(results)}

## The read API

Same servers, same rounds as above (see "The read API, method" below). "vs stock" is the
median over rounds of the case's req/s divided by stock Wagtail's for the same request
in the same round; "of floor" the same against a fixed JSON body of the same size.

{api_table(results)}

### The read API in-process, and the number of sites

Django test client, no HTTP, API cache off, each host warmed once, medians; with only
{SMALL_SITES} missions' sites (the other sites deleted in a transaction rolled back), with
every site, and with only 20 missions' sites and pages (every other site and page deleted
in a transaction rolled back, the planner's statistics refreshed inside it): a corpus ten
times smaller in the same database at the same moment. Queries per request, taken after a
first request of the same kind. The target: a listing costs the same (within 10 %) on the
smaller corpus as on the whole one.

{_corpus_verdict(results)}

{_api_inprocess_table(results)}

### From a publish to its webhook

{_webhooks(results)}

### The read API, method

{API_METHOD}
### The read API, findings

{API_FINDINGS}
## Site resolution and the number of sites

Measured in-process (Django test client, no HTTP), with the cache in Redis and the page
cache off: with every site, then with only 10 missions' sites (the others deleted in a
transaction rolled back afterwards), same database, same moment.

{_scaling_table(results)}

## Findings

{FINDINGS}
## Noise

The machine is shared and has {os.cpu_count()} cores for the two gunicorn servers, wrk and
PostgreSQL together, so absolute figures move by 10-20 % from run to run; the ratios to
the floor of the same round move much less. The per-round figures are in the table.
"""
