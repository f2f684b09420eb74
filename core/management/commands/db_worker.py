"""django-tasks-db's `db_worker` (the worker service), made to outlast database restarts.

The original exits for good at the first database error outside a task, and a task that fails
because the connection was lost cannot even record that: it stays RUNNING. This command runs the
same worker with the same options, and when the database cannot be reached it waits, connects
again (after 1 s, doubling up to 30 s) and carries on. Before it starts and after every
reconnection it puts back into the queue the tasks it had claimed and not finished, and those
another worker abandoned (core/abandoned_tasks.py). Django finds this command before the
original because `core` comes first in INSTALLED_APPS.
"""

import logging
import time

from django.db import InterfaceError, OperationalError, connections
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from core.abandoned_tasks import put_back, requeue_abandoned_tasks

logger = logging.getLogger(__name__)

FIRST_RETRY_DELAY = 1.0
MAX_RETRY_DELAY = 30.0
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def put_back_unfinished(worker_id, backend_name):
    """Tasks this worker claimed last and is not running any more (it lost the database while
    running them, or a worker with the same --worker-id died): back into the queue."""
    running = DBTaskResult.objects.running().filter(backend_name=backend_name)
    unfinished = [
        task_result.pk
        for task_result in running.only("worker_ids")
        if task_result.worker_ids and task_result.worker_ids[-1] == worker_id
    ]
    if unfinished:
        count = put_back(unfinished)
        logger.warning(
            "Unfinished tasks of worker %s put back into the queue: %d", worker_id, count
        )


class Command(db_worker.Command):
    help = db_worker.Command.help + ", which waits for the database when it is unavailable"

    def handle(self, **options):
        delay = FIRST_RETRY_DELAY
        while True:
            try:
                put_back_unfinished(options["worker_id"], options["backend_name"])
                requeue_abandoned_tasks(options["backend_name"])
                delay = FIRST_RETRY_DELAY
                return super().handle(**options)
            except DATABASE_UNAVAILABLE as error:
                logger.warning(
                    "Database unavailable (%s); connecting again in %s s",
                    str(error).strip(),
                    delay,
                )
                # The next attempt gets fresh connections, not the broken ones.
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, MAX_RETRY_DELAY)
