"""The journal's writers take turns, so ids become visible in the order they were drawn
(api.changes.recording): a reader can never see a later event before an earlier one.

The suite's transactions never commit, so the turn is shown held, not handed over:
PostgreSQL releases a transaction-level advisory lock only when the transaction ends."""

import threading

import pytest
from django.db import connection, connections, transaction
from django.utils import timezone

from api.changes.recording import ADVISORY_LOCK_KEY, write
from api.models import ChangeEvent

pytestmark = pytest.mark.django_db


def _row(mission, page_id):
    return {
        "type": "page.published",
        "occurred_at": timezone.now(),
        "page_id": page_id,
        "page_type": "missions.NewsItemPage",
        "locale": "fr",
        "translation_key": mission.site.root_page.translation_key,
        "html_url": f"http://france.localhost/fr/news/{page_id}/",
        "site_id": mission.site.pk,
        "site_hostname": "france.localhost",
        "mission_iso3": "FRA",
    }


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite lets one writer in at a time: its writers take turns anyway",
)
def test_no_other_writer_may_draw_ids_until_a_writers_transaction_has_ended(mission_a):
    write([_row(mission_a, 991)])  # in the test's transaction, still open
    answers = []

    def another_writer():
        # Its own connection, as another web worker or the task worker would have.
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [ADVISORY_LOCK_KEY])
                answers.append(cursor.fetchone()[0])
        finally:
            connections.close_all()

    other = threading.Thread(target=another_writer)
    other.start()
    other.join(10)

    assert answers == [False]


def test_events_written_together_keep_their_order(mission_a):
    events = write([_row(mission_a, page_id) for page_id in (11, 12, 13)])

    stored = ChangeEvent.objects.filter(pk__in=[event.pk for event in events]).order_by("pk")
    assert [event.page_id for event in stored] == [11, 12, 13]
