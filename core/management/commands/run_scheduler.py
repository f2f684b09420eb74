"""The scheduler service: Wagtail's scheduled publishing, putting back background tasks that a
dead worker abandoned (core/abandoned_tasks.py), and daily pruning of old task results and of
the search query log.

Run exactly one of it per site (docker-compose.yml's `scheduler`): two would race to
publish the same page. Cron can do the same instead: `manage.py run_scheduler --once`
every minute.
"""

import logging
import signal
import time

from django.core.management import BaseCommand, call_command
from django.db import close_old_connections
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from core.abandoned_tasks import requeue_abandoned_tasks

logger = logging.getLogger(__name__)

PRUNE_EVERY_SECONDS = 24 * 60 * 60
# Finished background tasks are kept this long for inspection in the Django admin, failed
# ones longer.
KEEP_FINISHED_TASKS_DAYS = 7
KEEP_FAILED_TASKS_DAYS = 30
# A year of daily rows for the search reports (the default of prune_search_log).
KEEP_SEARCH_LOG_DAYS = 365


class Command(BaseCommand):
    help = (
        "Publish and unpublish pages whose scheduled time has come and put back abandoned "
        "background tasks, every --interval seconds, and prune old background task results "
        "and search log rows once a day."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60, help="seconds between runs")
        parser.add_argument("--once", action="store_true", help="run once, then exit")

    def handle(self, *, interval, once, **options):
        self.running = True
        if not once:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        last_pruned = None
        while self.running:
            try:
                call_command("publish_scheduled", stdout=self.stdout)
                if self.queued_in_database():
                    requeue_abandoned_tasks("default")
                if last_pruned is None or time.monotonic() - last_pruned >= PRUNE_EVERY_SECONDS:
                    self.prune_task_results()
                    call_command("prune_search_log", days=KEEP_SEARCH_LOG_DAYS, stdout=self.stdout)
                    last_pruned = time.monotonic()
            except Exception:
                # A database restart must not end the service; the next run tries again.
                logger.exception("Scheduled run failed")
            if once:
                return
            self.sleep(interval)
            # Drop a connection the database closed while we slept.
            close_old_connections()

    def queued_in_database(self):
        return isinstance(task_backends["default"], DatabaseBackend)

    def prune_task_results(self):
        if self.queued_in_database():
            call_command(
                "prune_db_task_results",
                min_age_days=KEEP_FINISHED_TASKS_DAYS,
                failed_min_age_days=KEEP_FAILED_TASKS_DAYS,
                stdout=self.stdout,
            )

    def sleep(self, seconds):
        """Sleep, but wake up within a second of being told to stop."""
        deadline = time.monotonic() + seconds
        while self.running and time.monotonic() < deadline:
            time.sleep(max(0.0, min(1.0, deadline - time.monotonic())))

    def stop(self, signum, frame):
        logger.info("Scheduler stopping (%s)", signal.strsignal(signum))
        self.running = False
