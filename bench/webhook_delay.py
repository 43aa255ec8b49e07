"""How long from an editor's publish to the webhook a receiver gets (api.webhooks).

A receiver (an HTTP server on loopback, in a thread of this process) is subscribed to
one mission site's publishes; the webhooks' worker runs as in production and in
``make demo`` (``manage.py db_worker --backend webhooks --no-reload``, its default
polling interval); then, one at a time, a news item of that site is published the way
the admin publishes it (a revision saved and published by an editor), and the time from
the start of ``publish()`` to the receiver reading the webhook's body is recorded. The
subscription is removed at the end.
"""

import json
import queue
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.serving import LOOPBACK, ROOT

TIMEOUT_SECONDS = 60


class _Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        received_at = time.perf_counter()
        self.send_response(204)
        self.end_headers()
        self.server.received.put((received_at, json.loads(body)))

    def log_message(self, *args):
        pass


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(hosts, publishes):
    from django.contrib.auth import get_user_model
    from wagtail.models import Site

    from api.models import WebhookSubscription
    from missions.models import NewsItemPage

    server = ThreadingHTTPServer((LOOPBACK, 0), _Receiver)
    server.received = queue.Queue()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = Site.objects.get(hostname=hosts[0])
    subscription = WebhookSubscription.objects.create(
        name="Benchmark receiver",
        url=f"http://{LOOPBACK}:{server.server_port}/hook",
        event_types=["page.published"],
    )
    subscription.sites.set([site])
    editor = get_user_model().objects.filter(is_superuser=True).first()
    if editor is None:
        editor = get_user_model().objects.create_superuser("bench-editor", password=None)
    news = list(
        NewsItemPage.objects.live()
        .descendant_of(site.root_page)
        .order_by("-publication_date")[:publishes]
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "webhooks", "--no-reload"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    delays, lost = [], 0
    try:
        time.sleep(3)  # the worker's start-up (and its small start-up delay)
        for n in range(publishes):
            page = news[n % len(news)]
            revision = page.save_revision(user=editor)
            start = time.perf_counter()
            revision.publish(user=editor)
            try:
                received_at, body = server.received.get(timeout=TIMEOUT_SECONDS)
            except queue.Empty:
                lost += 1
                continue
            if body.get("data", {}).get("page", {}).get("id") not in (page.pk, None):
                raise RuntimeError(f"webhook for another page than {page.pk}: {body}")
            delays.append(received_at - start)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        server.shutdown()
        subscription.delete()
    if not delays:
        return {"skipped": f"no webhook arrived within {TIMEOUT_SECONDS} s of a publish"}
    return {
        "count": len(delays),
        "lost": lost,
        "median": statistics.median(delays),
        "p99": _percentile(delays, 0.99),
        "max": max(delays),
    }
