"""Background work: queued in the database for the worker in production, immediate elsewhere."""

import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.models import Locale

from core.abandoned_tasks import ABANDONED_AFTER, MAX_ATTEMPTS
from home.models import ContentPage
from search.models import SearchQueryStat
from tests.home.factories import ContentPageFactory
from tests.search.factories import SearchQueryStatFactory
from tests.search.factories import days_ago as day_before_today

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(monkeypatch):
    """What the worker service does, until the queue is empty, inside the test's transaction.

    The worker closes stale database connections between tasks; like Django's test client
    between requests, the test keeps its one connection (tests/cms/test_production_server.py
    runs the real worker process).
    """
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return lambda: call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())


def search_titles(word):
    return [page.title for page in ContentPage.objects.live().search(word)]


def publish_new_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_development_and_tests_run_tasks_immediately():
    assert settings.TASKS["default"]["BACKEND"].endswith("ImmediateBackend")


@pytest.mark.django_db
def test_immediately_a_published_page_is_found_by_search():
    page = ContentPageFactory(title="Original title")

    publish_new_title(page, "Quokka observatory")

    assert search_titles("quokka") == ["Quokka observatory"]
    assert not DBTaskResult.objects.exists()


@pytest.mark.django_db
class TestDatabaseBackendAndWorker:
    def test_publishing_queues_the_index_update_for_the_worker(self, run_worker):
        page = ContentPageFactory(title="Original title")

        with override_settings(TASKS=DATABASE_TASKS):
            publish_new_title(page, "Quokka observatory")
            queued = set(DBTaskResult.objects.ready().values_list("task_path", flat=True))
            assert "modelsearch.tasks.insert_or_update_object_task" in queued
            assert "wagtail.tasks.update_reference_index_task" in queued
            assert search_titles("quokka") == []

            run_worker()

        assert not DBTaskResult.objects.ready().exists()
        assert not DBTaskResult.objects.failed().exists()
        assert search_titles("quokka") == ["Quokka observatory"]

    def test_the_worker_makes_the_draft_translations_of_a_published_page(self, run_worker):
        german = Locale.objects.get(language_code="de")

        with override_settings(TASKS=DATABASE_TASKS, ISCN_SYNC_LANGUAGE_TREES=True):
            page = ContentPageFactory(title="About the network")
            page.save_revision().publish()
            assert not page.has_translation(german)

            run_worker()

        assert not DBTaskResult.objects.failed().exists()
        draft = ContentPage.objects.get(translation_key=page.translation_key, locale=german)
        assert not draft.live

    def test_a_task_for_a_page_deleted_meanwhile_does_nothing(self, run_worker):
        with override_settings(TASKS=DATABASE_TASKS, ISCN_SYNC_LANGUAGE_TREES=True):
            page = ContentPageFactory(title="Short-lived")
            page.save_revision().publish()
            page.delete()

            run_worker()

        sync = DBTaskResult.objects.get(
            task_path="translations.sync.create_draft_translations_task"
        )
        assert sync.status == "SUCCESSFUL"


@pytest.mark.django_db
class TestScheduler:
    def test_publishes_a_page_whose_go_live_time_has_come(self):
        page = ContentPageFactory(title="Scheduled", live=False)
        revision = page.save_revision()
        revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
        revision.save()

        call_command("run_scheduler", "--once", stdout=io.StringIO())

        page.refresh_from_db()
        assert page.live
        assert search_titles("scheduled") == ["Scheduled"]

    def test_leaves_a_page_scheduled_for_later_alone(self):
        page = ContentPageFactory(title="Later", live=False)
        revision = page.save_revision()
        revision.approved_go_live_at = timezone.now() + timedelta(hours=1)
        revision.save()

        call_command("run_scheduler", "--once", stdout=io.StringIO())

        page.refresh_from_db()
        assert not page.live

    def test_prunes_old_task_results_and_keeps_recent_ones(self):
        now = timezone.now()
        for days_ago in (1, 8):
            DBTaskResult.objects.create(
                task_path="wagtail.tasks.update_reference_index_task",
                args_kwargs={"args": [], "kwargs": {}},
                backend_name="default",
                status="SUCCESSFUL",
                finished_at=now - timedelta(days=days_ago),
            )

        with override_settings(TASKS=DATABASE_TASKS):
            call_command("run_scheduler", "--once", stdout=io.StringIO())

        assert list(DBTaskResult.objects.values_list("finished_at", flat=True)) == [
            now - timedelta(days=1)
        ]

    def test_prunes_search_log_rows_older_than_a_year(self):
        recent = SearchQueryStatFactory(query="recent", date=day_before_today(365))
        SearchQueryStatFactory(query="old", date=day_before_today(366))

        call_command("run_scheduler", "--once", stdout=io.StringIO())

        assert list(SearchQueryStat.objects.all()) == [recent]


def claimed_task(started_ago, workers=1):
    """A task that workers claimed `started_ago` and never finished."""
    return DBTaskResult.objects.create(
        task_path="tests.cms.fault_tasks.answer",
        args_kwargs={"args": [42], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        status="RUNNING",
        started_at=timezone.now() - started_ago,
        worker_ids=[f"dead-worker-{number}" for number in range(workers)],
    )


def status_of(task_result):
    task_result.refresh_from_db()
    return task_result.status


@pytest.mark.django_db
class TestAbandonedTasks:
    """Tasks left RUNNING by a worker that died (core/abandoned_tasks.py)."""

    def test_a_starting_worker_runs_what_a_dead_one_left_behind(self, run_worker):
        abandoned = claimed_task(ABANDONED_AFTER + timedelta(minutes=1))

        with override_settings(TASKS=DATABASE_TASKS):
            run_worker()

        assert status_of(abandoned) == "SUCCESSFUL"
        assert abandoned.return_value == 42

    def test_a_task_running_for_less_long_is_left_to_its_worker(self, run_worker):
        running = claimed_task(ABANDONED_AFTER - timedelta(minutes=1))

        with override_settings(TASKS=DATABASE_TASKS):
            run_worker()

        assert status_of(running) == "RUNNING"

    def test_the_scheduler_puts_them_back_every_minute(self):
        abandoned = claimed_task(ABANDONED_AFTER + timedelta(minutes=1))

        with override_settings(TASKS=DATABASE_TASKS):
            call_command("run_scheduler", "--once", stdout=io.StringIO())

        assert status_of(abandoned) == "READY"

    def test_a_task_that_keeps_killing_its_worker_fails_for_good(self, run_worker):
        fatal = claimed_task(ABANDONED_AFTER + timedelta(minutes=1), workers=MAX_ATTEMPTS)

        with override_settings(TASKS=DATABASE_TASKS):
            run_worker()

        assert status_of(fatal) == "FAILED"
        assert fatal.exception_class_path == "core.abandoned_tasks.AbandonedTaskError"
