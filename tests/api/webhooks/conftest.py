import signal

import pytest
from django.core.management import call_command
from django_tasks_db.management.commands import db_worker

from tests.api.webhooks.receiver import Receiver


@pytest.fixture
def receiver():
    """A receiver on 127.0.0.1 that accepts every delivery (204) until told otherwise."""
    running = Receiver().start()
    yield running
    running.stop()


@pytest.fixture
def database_tasks(settings):
    """Webhooks queued in the database (django-tasks-db), as in production, instead of
    delivered at once in the test's thread."""
    settings.TASKS = {
        **settings.TASKS,
        settings.WEBHOOK_TASK_BACKEND: {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }


@pytest.fixture
def run_worker(monkeypatch):
    """Run django-tasks-db's worker (``manage.py db_worker --batch``) on what is due.

    Between tasks the worker closes stale connections as a request would; inside the
    test's transaction that would end the transaction, so only that is turned off. The
    worker installs its own signal handlers: pytest's come back afterwards.
    """
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}

    def run():
        call_command(
            "db_worker", "--batch", "--backend=webhooks", "--no-startup-delay", verbosity=0
        )

    yield run
    for sig, handler in saved.items():
        signal.signal(sig, handler)
