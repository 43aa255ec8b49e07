import pytest

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
