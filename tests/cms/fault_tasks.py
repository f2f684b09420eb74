"""Background tasks for the worker's fault tests, run by a real worker process or in-process
(tests/cms/test_database_outage.py, test_background_tasks.py)."""

from pathlib import Path

from django.db import connection
from django_tasks import task


@task()
def answer(value):
    return value


@task()
def lose_the_connection_once(marker):
    """The first run loses its database connection mid-task, as when PostgreSQL restarts;
    `marker` is a file that tells a second run from the first."""
    marker = Path(marker)
    if not marker.exists():
        marker.touch()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    return "done"
