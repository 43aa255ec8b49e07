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
        target, verdict = _verdict(row, results["targets"])
        per_round = " / ".join(f"{rps:.0f}" for rps in row["rps_all"])
        errors = f" ({row['errors']} errors)" if row["errors"] else ""
        lines.append(
            f"| {row['label']}{errors} | {row['rps']:.0f} | {per_round} | {row['p50']:.2f} "
            f"| {row['p99']:.2f} | {row['ratio']:.1%} | {target} | {verdict} |"
        )
    return "\n".join(lines)


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
  one with the page cache off (`PAGE_CACHE_SECONDS=0`), one with it on (300 s). The
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
