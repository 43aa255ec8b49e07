"""The browser tests' server answers admin requests sent side by side, as a browser does.

Opening a page's editor writes an editing session; a browser sends such requests next
to each other. On the in-memory SQLite test database they once came back as 500s
("database table is locked"), failing the end-to-end test now and then; see
``_one_request_at_a_time_on_shared_sqlite`` in conftest.py.
"""

import threading
import urllib.request

import pytest
from django.test import Client

from tests.factories import UserFactory, make_mission

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_admin_requests_sent_side_by_side_all_succeed(live_port):
    mission = make_mission("FRA", "france.localhost", languages=("fr", "en"), port=live_port)
    secretariat = UserFactory(username="secretariat")
    secretariat.is_superuser = secretariat.is_staff = True
    secretariat.save()
    client = Client()
    client.force_login(secretariat)
    request = urllib.request.Request(
        # On the admin's own host (cms.admin_origin), as the editor's browser would ask.
        f"http://127.0.0.1:{live_port}/admin/pages/{mission.site.root_page_id}/edit/",
        headers={
            "Host": f"localhost:{live_port}",
            "Cookie": f"sessionid={client.cookies['sessionid'].value}",
        },
    )
    statuses = []

    def open_the_editor_a_few_times():
        for _ in range(6):
            try:
                # An http:// URL to the test's own live server, built just above.
                statuses.append(urllib.request.urlopen(request).status)  # noqa: S310
            except urllib.error.HTTPError as error:
                statuses.append(error.code)

    tabs = [threading.Thread(target=open_the_editor_a_few_times) for _ in range(4)]
    for tab in tabs:
        tab.start()
    for tab in tabs:
        tab.join()

    assert statuses == [200] * 24
