"""Benchmark of the public mission sites: ``make bench`` (about 15-25 minutes).

What it does, in order:

1. Creates a PostgreSQL database of its own (``missions_bench`` on 127.0.0.1:5432, user
   postgres; dropped first if it exists, and at the end unless ``--keep-db``) and
   migrates it. Uses Redis database 7 at 127.0.0.1:6379 as the Django cache (flushed
   before and after).
2. Provisions 200 missions with ``missions.provisioning.provision_mission`` (hostnames
   m001.bench.localhost ... m200.bench.localhost, English plus a second UN language),
   timing each, and fills each with 240 live pages in bulk (bench/filler.py): at least
   50,000 pages in all. Then it measures, in-process, site resolution and render time
   with all the sites and again with only 10 (the others removed in a transaction
   that is rolled back), to show whether they grow with the number of sites.
3. Serves the database with two gunicorn servers (2 sync workers each, cms.wsgi,
   DJANGO_SETTINGS_MODULE=cms.settings.bench, DEBUG off, persistent connections, Redis
   cache): one with the page cache off, one with it on (PAGE_CACHE_SECONDS=300).
4. Loads them with wrk on loopback, rotating the Host header over the missions
   (bench/rotate.lua), in interleaved rounds: the framework floor (bench/floor_urls.py,
   a fixed body the size of the home page), a mission home page and a news item with and
   without the page cache, and the welcome page of a new Wagtail project (stock Wagtail).
5. Writes bench/RESULTS.md: the machine, the method and a table of medians and of
   ratios to the floor measured in the same round.

Options: ``--missions``, ``--rounds``, ``--duration`` (seconds per measurement),
``--keep-db`` (leave the database for another run), ``--reuse-db`` (skip steps 1-2 on
a database kept before, and keep it; the provisioning figures are those of the run that
made it), ``--populate-only`` (steps 1-2, keeping the database, then stop), ``--no-api``
(leave the read API out), ``--publishes`` (webhook delay, 0 to skip),
``--profile``
(write pyinstrument profiles of the uncached pages to bench/profiles/).
Only loopback addresses are used; every server started here is stopped before exit.
"""

import argparse
import datetime
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
DB_NAME = os.environ.get("BENCH_DB_NAME", "missions_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
SECOND_LANGUAGES = ["fr", "es", "ar", "ru", "zh-hans"]
HOME_PATH = "/en/"
NEWS_PATH = "/en/news/news-150/"  # the newest news item, listed on the home page
STOCK_HOST = "localhost"
SCALING_CHECKPOINT = 10
# The smaller corpus the API's listings are compared with (--small-corpus): a database of
# its own with this many missions, made with BENCH_DB_NAME=<it> run.py --populate-only
# --missions 20.
SMALL_CORPUS_MISSIONS = 20
SMALL_DB_NAME = os.environ.get("BENCH_SMALL_DB_NAME", f"{DB_NAME}_small")
# What populating measured, kept beside the database for runs with --reuse-db.
POPULATE_RECORD = Path(tempfile.gettempdir()) / f"{DB_NAME}-populate.json"
# The figures of the last full run, for ``--report-only``.
LAST_RESULTS = Path(tempfile.gettempdir()) / f"{DB_NAME}-results.pickle"
POPULATE_KEYS = [
    "provisioning",
    "filling_seconds",
    "migrate_seconds",
    "populate_load",
]
TARGET_UNCACHED = 0.07
TARGET_CACHED = 0.50


def hostname(n):
    return f"m{n:03d}.bench.localhost"


def log(message):
    stamp = datetime.datetime.now(datetime.UTC).strftime("%H:%M:%S")
    print(f"[{stamp}] {message}", flush=True)  # noqa: T201 - a command-line tool


def create_database():
    import psycopg2

    connection = psycopg2.connect(f"{PG_SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{DB_NAME}"')
    connection.close()


def database_exists(name):
    import psycopg2

    connection = psycopg2.connect(f"{PG_SERVER}/postgres")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return cursor.fetchone() is not None
    finally:
        connection.close()


def vacuum_analyze(name):
    """VACUUM ANALYZE the database ``name``, as autovacuum would have done on a server
    that runs it (this machine's PostgreSQL runs with ``autovacuum = off``): without
    statistics the planner takes 30,000 live news items for a few hundred and picks
    plans no production server would (a COUNT in 50 ms instead of 22 ms)."""
    import psycopg2

    connection = psycopg2.connect(f"{PG_SERVER}/{name}")
    connection.autocommit = True  # VACUUM cannot run inside a transaction
    try:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    finally:
        connection.close()


def drop_database():
    import psycopg2

    connection = psycopg2.connect(f"{PG_SERVER}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
    connection.close()


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def configure_django(stock_templates):
    """Point Django at the bench database and Redis, page cache off in this process."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
            "DATABASE_URL": f"{PG_SERVER}/{DB_NAME}",
            "REDIS_URL": REDIS_URL,
            "CACHE_KEY_PREFIX": "bench",
            "PAGE_CACHE_SECONDS": "0",
            "API_CACHE_SECONDS": "0",
            "API_ANONYMOUS_RATE": "1000000000/min",
            "BENCH_STOCK_TEMPLATES": str(stock_templates),
            "DEBUG": "false",
        }
    )
    import django

    django.setup()


def write_stock_templates(target):
    """Render the welcome page of ``wagtail start`` into ``target`` as wagtailcore/page.html.

    A plain wagtailcore Page renders ``wagtailcore/page.html``; this makes it render what
    a new Wagtail project shows, so the stock baseline is Wagtail's own page serving
    with Wagtail's own starter template.
    """
    import wagtail
    from django.template import Context, Engine

    project = Path(wagtail.__file__).parent / "project_template"
    context = Context({"project_name": "bench"})
    engine = Engine()
    base = engine.from_string((project / "project_name/templates/base.html").read_text())
    welcome = engine.from_string((project / "home/templates/home/welcome_page.html").read_text())
    (target / "stock").mkdir(parents=True, exist_ok=True)
    (target / "wagtailcore").mkdir(parents=True, exist_ok=True)
    (target / "stock/base.html").write_text(base.render(context))
    page = welcome.render(context).replace('"base.html"', '"stock/base.html"', 1)
    (target / "wagtailcore/page.html").write_text(page)


def ensure_bench_states(count):
    """Add made-up States when the benchmark wants more missions than there are States."""
    from missions.models import MemberState

    missing = count - MemberState.objects.count()
    for n in range(max(missing, 0)):
        code = f"Z{chr(ord('A') + n // 26)}{chr(ord('A') + n % 26)}"
        MemberState.objects.create(
            iso3=code, short_name=f"Benchland {code}", status=MemberState.Status.OBSERVER
        )
    return list(MemberState.objects.order_by("iso3").values_list("iso3", flat=True)[:count])


def ensure_stock_site():
    """The default site with a plain Wagtail page, as after ``wagtail start``."""
    from wagtail.models import Locale, Page, Site

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and site.root_page.specific_class is Page and site.root_page.live:
        site.hostname = STOCK_HOST
        site.save()
        return site
    root = Page.get_first_root_node()
    welcome = root.add_child(
        instance=Page(
            title="Welcome to your new Wagtail site!",
            slug="bench-stock-home",
            locale=Locale.get_default(),
        )
    )
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    return Site.objects.create(
        hostname=STOCK_HOST, port=80, root_page=welcome, is_default_site=True
    )


def populate(missions):
    """Provision and fill the missions; return their provisioning times and filling time."""
    from bench.filler import fill_mission
    from missions.provisioning import provision_mission

    states = ensure_bench_states(missions)
    provisioning_seconds, filling_seconds = [], 0.0
    for n, iso3 in enumerate(states, start=1):
        languages = ("en", SECOND_LANGUAGES[n % len(SECOND_LANGUAGES)])
        start = time.perf_counter()
        report = provision_mission(iso3, hostname(n), port=80, languages=languages)
        provisioning_seconds.append(time.perf_counter() - start)
        start = time.perf_counter()
        fill_mission(report.mission, seed=n)
        filling_seconds += time.perf_counter() - start
        if n % 20 == 0:
            log(f"  {n} missions provisioned and filled")
    return provisioning_seconds, filling_seconds


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _expect_page(name, status, body, marker):
    """Stop the benchmark unless the page answered 200 with ``marker`` in it (even under -O)."""
    if status != 200 or marker not in body:
        found = "with" if marker in body else "without"
        raise RuntimeError(f"{name} answered {status} {found} {marker!r}")


def check_servers(uncached, cached, hosts):
    """Fail loudly if a page the benchmark loads is not what it should be."""
    from bench.serving import get

    status, _headers, home = get(uncached.port, HOME_PATH, hosts[0])
    _expect_page("home page", status, home, b"Permanent Mission")
    status, _headers, news = get(uncached.port, NEWS_PATH, hosts[0])
    _expect_page("news item", status, news, b"Press release 150")
    status, _headers, stock = get(uncached.port, HOME_PATH, STOCK_HOST)
    _expect_page("stock", status, stock, b"Welcome to your new Wagtail site")
    for path in (HOME_PATH, NEWS_PATH):
        # A few tries: each of the two workers may have to open its Redis connection.
        answers = [get(cached.port, path, hosts[0])[1].get("X-Cache") for _ in range(5)]
        if "hit" not in answers:
            raise RuntimeError(f"page cache never hit {path}: {answers}\n{cached.log_tail()}")
    return {"home": len(home), "news": len(news), "stock": len(stock)}


def load_test(args, hosts, sizes, log_dir):
    """Start the servers, run every case in interleaved rounds, stop the servers."""
    from bench import api
    from bench.api import Case
    from bench.serving import Server, get, run_wrk

    common = {
        "DB_CONN_MAX_AGE": "600",
        "DEBUG": "false",
        # The API's rate limit stays on (its Redis counter is part of every request's
        # cost) but so high that the load never reaches it.
        "API_ANONYMOUS_RATE": "1000000000/min",
    }
    uncached_env = {**common, "PAGE_CACHE_SECONDS": "0", "API_CACHE_SECONDS": "0"}
    servers = {
        "uncached": Server("uncached", uncached_env, log_dir),
        # Entries outlive the run (the default, 300 s, is shorter than a round): the
        # cached cases measure hits, not the renders of the entries that expired
        # between the warming and the case (each costs a whole uncached render).
        "cached": Server(
            "cached",
            {**common, "PAGE_CACHE_SECONDS": "7200", "API_CACHE_SECONDS": "7200"},
            log_dir,
        ),
    }
    small_hosts = hosts[:SMALL_CORPUS_MISSIONS]
    if args.small_corpus:
        # The same code on the database of 20 missions, with a cache of its own.
        servers["small"] = Server(
            "small",
            {
                **uncached_env,
                "DATABASE_URL": f"{PG_SERVER}/{SMALL_DB_NAME}",
                "CACHE_KEY_PREFIX": "bench-small",
            },
            log_dir,
        )
    uncached, cached = servers["uncached"], servers["cached"]
    try:
        for server in servers.values():
            server.start("/en/bench-floor/100/", hosts[0])
        sizes.update(check_servers(uncached, cached, hosts))
        floor_path = f"/en/bench-floor/{sizes['home']}/"
        cases = [
            Case(
                "floor",
                "Framework floor (fixed body, same size as home)",
                uncached,
                hosts,
                floor_path,
            ),
            Case("home", "Mission home page, uncached", uncached, hosts, HOME_PATH),
            Case("news", "News item page, uncached", uncached, hosts, NEWS_PATH),
            Case(
                "home10",
                "Mission home page, uncached, 10 hosts only",
                uncached,
                hosts[:10],
                HOME_PATH,
            ),
            Case("home_cached", "Mission home page, page cache on", cached, hosts, HOME_PATH),
            Case("news_cached", "News item page, page cache on", cached, hosts, NEWS_PATH),
            Case(
                "stock", "Stock Wagtail welcome page, uncached", uncached, [STOCK_HOST], HOME_PATH
            ),
        ]
        # Fill the page cache for every host once: wrk's short warm-up cannot render
        # hundreds of pages at uncached speed.
        for case in cases:
            if case.server is cached:
                for host in case.hosts:
                    get(case.server.port, case.path, host)
        if args.api:
            log("checking and warming the API's cases")
            cases += api.build_cases(servers, hosts, small_hosts)
    except BaseException:
        for server in servers.values():
            server.stop()
        raise
    sizes["api"] = {case.key: case.size for case in cases if case.group == "api"}
    rounds = {case.key: [] for case in cases}
    try:
        for round_number in range(1, args.rounds + 1):
            for case in cases:
                port = case.server.port
                run_wrk(port, case.hosts, case.path, args.warmup, **case.wrk_arguments())
                result = run_wrk(port, case.hosts, case.path, args.duration, **case.wrk_arguments())
                rounds[case.key].append(result)
                log(
                    f"  round {round_number} {case.key:18} {result.requests_per_second:8.1f}"
                    f" req/s  p50 {result.p50_ms:6.2f} ms  p99 {result.p99_ms:6.2f} ms"
                    + (f"  ERRORS {result.errors}" if result.errors else "")
                )
    finally:
        for server in servers.values():
            server.stop()
    return [(case, rounds[case.key]) for case in cases]


def _ratios(results, reference):
    # A round whose reference served nothing (a broken case) has no ratio.
    return [
        r.requests_per_second / f.requests_per_second
        for r, f in zip(results, reference, strict=True)
        if f.requests_per_second
    ] or [float("nan")]


def summarise(cases):
    """Medians per case, and the medians over rounds of each round's ratio to the case's
    floor, to stock Wagtail, and to the same request on the smaller corpus."""
    by_key = {case.key: results for case, results in cases}
    rows = []
    for case, results in cases:
        row = {
            "key": case.key,
            "label": case.label,
            "group": case.group,
            "status": case.status,
            "size": case.size,
            "rps": statistics.median(r.requests_per_second for r in results),
            "rps_all": [r.requests_per_second for r in results],
            "p50": statistics.median(r.p50_ms for r in results),
            "p99": statistics.median(r.p99_ms for r in results),
            "ratio": statistics.median(_ratios(results, by_key[case.floor])),
            "errors": sum(r.errors for r in results),
            "requests": sum(r.requests for r in results),
        }
        for name, reference in (("stock", case.stock), ("small", case.smaller_corpus)):
            if reference in by_key:
                row[f"{name}_ratio"] = statistics.median(_ratios(results, by_key[reference]))
        rows.append(row)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--missions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15, help="seconds per measurement")
    parser.add_argument("--warmup", type=int, default=3, help="seconds before each one")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--reuse-db", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--inprocess-repeat",
        type=int,
        default=300,
        help="requests per in-process timing (fewer on a busy machine)",
    )
    parser.add_argument("--no-api", dest="api", action="store_false", help="leave the read API out")
    parser.add_argument(
        "--no-small-corpus",
        dest="small_corpus",
        action="store_false",
        help=f"do not compare with the smaller corpus (database {SMALL_DB_NAME})",
    )
    parser.add_argument(
        "--publishes",
        type=int,
        default=100,
        help="publishes timed from an editor's publish to the webhook received (0: none)",
    )
    parser.add_argument(
        "--populate-only",
        action="store_true",
        help="create, migrate and fill the database, keep it for --reuse-db, and stop",
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="write RESULTS.md again from the last run's figures (after editing bench/report.py)",
    )
    args = parser.parse_args()
    if args.report_only:
        from bench import report

        (ROOT / "bench" / "RESULTS.md").write_text(
            # Written by this script's own last run, on this machine.
            report.render(pickle.loads(LAST_RESULTS.read_bytes()))  # noqa: S301
        )
        return
    if args.populate_only or args.reuse_db:
        # A database reused was kept for reuse: never dropped by the run that reuses it.
        args.keep_db = True
    if args.small_corpus and (args.populate_only or not database_exists(SMALL_DB_NAME)):
        args.small_corpus = False

    started = datetime.datetime.now(datetime.UTC)
    load_before = os.getloadavg()
    stock_templates = Path(tempfile.mkdtemp(prefix="bench-stock-"))
    flush_redis()
    if not args.reuse_db:
        log(f"creating database {DB_NAME}")
        create_database()
    configure_django(stock_templates)
    write_stock_templates(stock_templates)

    from django.core.management import call_command
    from django.db import connections
    from wagtail.models import Page, Site

    from bench import api, inprocess, report, webhook_delay

    hosts = [hostname(n) for n in range(1, args.missions + 1)]
    results = {"args": vars(args), "started": started, "load_before": load_before}
    try:
        if not args.reuse_db:
            log("migrating")
            start = time.perf_counter()
            call_command("migrate", verbosity=0)
            results["migrate_seconds"] = time.perf_counter() - start
            log(f"provisioning and filling {args.missions} missions")

            provisioning, filling = populate(args.missions)
            results["provisioning"] = {
                "count": len(provisioning),
                "median": statistics.median(provisioning),
                "p95": percentile(provisioning, 0.95),
                "total": sum(provisioning),
            }
            results["filling_seconds"] = filling
            results["populate_load"] = os.getloadavg()
            POPULATE_RECORD.write_text(json.dumps({k: results[k] for k in POPULATE_KEYS}))
            if args.populate_only:
                ensure_stock_site()
                log(f"database {DB_NAME} kept for --reuse-db")
                return
        else:
            # Migrations added since the database was kept (nothing to do, usually).
            call_command("migrate", verbosity=0)
            if POPULATE_RECORD.exists():
                # Figures of the run that filled the database kept with --keep-db.
                results.update(json.loads(POPULATE_RECORD.read_text()))
        ensure_stock_site()
        log("VACUUM ANALYZE")
        vacuum_analyze(DB_NAME)
        if args.small_corpus:
            vacuum_analyze(SMALL_DB_NAME)
        results["pages"] = Page.objects.count()
        results["sites"] = Site.objects.count()
        log(f"{results['pages']} pages on {results['sites']} sites")
        log(f"measuring site resolution with {len(hosts)} sites")
        repeat = args.inprocess_repeat
        results["scaling_full"] = inprocess.measure_sites(hosts, HOME_PATH, NEWS_PATH, repeat)
        log(f"measuring site resolution with {SCALING_CHECKPOINT} sites")
        few = hosts[:SCALING_CHECKPOINT]
        api_repeat = max(repeat // 5, 10)
        results["scaling_small"] = inprocess.measure_with_only(
            few,
            HOME_PATH,
            NEWS_PATH,
            repeat,
            extra=(lambda hosts: api.measure_inprocess(hosts, api_repeat)) if args.api else None,
        )
        if args.api:
            log(f"measuring the API in-process with {len(hosts)} sites")
            results["scaling_full"]["api"] = api.measure_inprocess(hosts, api_repeat)
            kept = hosts[:SMALL_CORPUS_MISSIONS]
            log(f"measuring the API in-process with only {len(kept)} missions' pages")
            results["api_small_corpus"] = api.measure_with_small_corpus(kept, api_repeat)
        if args.profile:
            profiles = ROOT / "bench" / "profiles"
            profiles.mkdir(exist_ok=True)
            paths = {"home": HOME_PATH, "news": NEWS_PATH}
            for written in inprocess.profile_pages(hosts, paths, profiles):
                log(f"profile written to {written}")
            if args.api:
                for written in api.profile(hosts, profiles):
                    log(f"profile written to {written}")
        results["versions"] = report.software_versions()
        connections.close_all()

        log("load testing")
        sizes = {}
        with tempfile.TemporaryDirectory(prefix="bench-logs-") as log_dir:
            cases = load_test(args, hosts, sizes, log_dir)
        results["sizes"] = sizes
        results["rows"] = summarise(cases)
        results["targets"] = {"uncached": TARGET_UNCACHED, "cached": TARGET_CACHED}
        target = ROOT / "bench" / "RESULTS.md"
        if args.api and args.publishes:
            # Written once before the webhooks are timed too: the load test's figures are
            # kept if that part fails or is stopped.
            results["webhooks"] = {"skipped": "the run stopped before the webhooks were timed"}
            results["finished"] = datetime.datetime.now(datetime.UTC)
            target.write_text(report.render(results))
            log(f"timing {args.publishes} publishes to their webhook")
            results["webhooks"] = webhook_delay.measure(hosts, args.publishes)
        results["finished"] = datetime.datetime.now(datetime.UTC)
        target.write_text(report.render(results))
        LAST_RESULTS.write_bytes(pickle.dumps(results))
        log(f"results written to {target} (and kept for --report-only in {LAST_RESULTS})")
        print(report.table(results))  # noqa: T201
    finally:
        connections.close_all()
        flush_redis()
        if not args.keep_db:
            log(f"dropping database {DB_NAME}")
            drop_database()


if __name__ == "__main__":
    main()
