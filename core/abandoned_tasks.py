"""Background tasks that a worker claimed and never finished go back to the queue.

A worker killed while it runs a task (out of memory, a lost machine) leaves the task's row
RUNNING, and django-tasks-db never looks at it again. No task of this site runs longer than a
few seconds (index updates, the locale sync, emails), so one RUNNING for ABANDONED_AFTER is taken
to be abandoned and made READY again, for any worker to run; the tasks are written to be run
again safely. A task abandoned MAX_ATTEMPTS times is marked FAILED instead: it is probably what
kills its worker.

The worker does this when it starts (core/management/commands/db_worker.py), the scheduler every
minute (run_scheduler).
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

ABANDONED_AFTER = timedelta(minutes=10)
MAX_ATTEMPTS = 3


class AbandonedTaskError(Exception):
    """The error recorded for a task whose workers died MAX_ATTEMPTS times while running it."""


def put_back(task_ids):
    """Make these tasks READY again if they are still RUNNING; how many were."""
    return (
        DBTaskResult.objects.running().filter(pk__in=task_ids).update(status=TaskResultStatus.READY)
    )


def requeue_abandoned_tasks(backend_name):
    """Put back or fail every task of this backend RUNNING for longer than ABANDONED_AFTER."""
    started_before = timezone.now() - ABANDONED_AFTER
    with transaction.atomic():
        abandoned = (
            DBTaskResult.objects.running()
            .filter(backend_name=backend_name, started_at__lt=started_before)
            .select_for_update(skip_locked=True)
        )
        to_put_back = []
        for task_result in abandoned:
            if len(task_result.worker_ids) >= MAX_ATTEMPTS:
                logger.error(
                    "Task %s (%s) abandoned by %d workers: marked failed",
                    task_result.pk,
                    task_result.task_path,
                    len(task_result.worker_ids),
                )
                task_result.set_failed(
                    AbandonedTaskError(f"no worker finished it in {MAX_ATTEMPTS} attempts")
                )
            else:
                to_put_back.append(task_result.pk)
        if to_put_back:
            logger.warning("Putting back %d abandoned tasks into the queue", len(to_put_back))
            put_back(to_put_back)
