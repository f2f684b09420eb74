"""Emails go through the task queue (core/mail.py): none is lost while the mail server is down.

The fault tests run a real SMTP server (aiosmtpd) on a free port of this machine, start it
late, and run the worker (`db_worker`) as production does.
"""

import email
import email.policy
import io
import logging
from contextlib import contextmanager
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.mail import EmailMessage, send_mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from core.mail import MAX_ATTEMPTS, StoredEmail, deliver_email, retry_delay, stored
from tests.helpers import free_port
from tests.home.factories import ContentPageFactory
from tests.roles import edit_url, page_form_data
from tests.workspace.factories import member

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
TASK_PATH = "core.mail.deliver_email"


class Inbox:
    """An SMTP server's handler: keeps what it receives, or refuses every recipient."""

    def __init__(self, refuse=False):
        self.messages = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted"


@contextmanager
def smtp_server(port, inbox):
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp_port(settings):
    """Mail goes through the queue in the database to SMTP on a port where nothing listens yet."""
    port = free_port()
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
    settings.ISCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = DATABASE_TASKS
    return port


@pytest.fixture
def queued_to_outbox(settings):
    """Mail goes through the queue in the database, then into Django's test outbox."""
    settings.EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
    settings.TASKS = DATABASE_TASKS


@pytest.fixture
def run_worker(monkeypatch):
    """What the worker service does, until no task is due, inside the test's transaction."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return lambda: call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())


def mail_tasks(status):
    return DBTaskResult.objects.filter(task_path=TASK_PATH, status=status)


def time_passes():
    """Every queued retry is due now."""
    mail_tasks("READY").update(run_after=timezone.now())


def send_report():
    return send_mail(
        "Überprüfung: Smart mobility in Leipzig",
        "Grüße aus Leipzig – the case study waits for your review.",
        "noreply@iscn.example.org",
        ["ana@example.org"],
    )


class TestMailServerDown:
    def test_the_email_arrives_after_the_server_comes_back(self, smtp_port, run_worker, caplog):
        assert send_report() == 1
        assert mail_tasks("READY").count() == 1

        run_worker()

        [retry] = mail_tasks("READY")
        assert retry.args_kwargs["kwargs"]["attempt"] == 2
        wait = retry.run_after - timezone.now()
        assert timedelta(seconds=50) < wait <= timedelta(seconds=retry_delay(1))
        assert not mail_tasks("FAILED").exists()
        [warning] = [record for record in caplog.records if record.name == "core.mail"]
        assert warning.levelno == logging.WARNING
        assert "attempt 1 of 30" in warning.getMessage()
        assert "ana@example.org" not in warning.getMessage()

        with smtp_server(smtp_port, Inbox()) as inbox:
            run_worker()
            assert inbox.messages == []  # the retry is not due yet

            time_passes()
            run_worker()

        [(recipients, message)] = inbox.messages
        assert recipients == ["ana@example.org"]
        assert message["Subject"] == "Überprüfung: Smart mobility in Leipzig"
        assert message.get_content().strip() == (
            "Grüße aus Leipzig – the case study waits for your review."
        )
        assert not mail_tasks("READY").exists()
        assert not mail_tasks("FAILED").exists()

    def test_every_attempt_sends_the_same_message(self, smtp_port, run_worker):
        send_report()
        run_worker()
        time_passes()
        run_worker()
        time_passes()
        with smtp_server(smtp_port, Inbox()) as inbox:
            run_worker()

        [(_, received)] = inbox.messages
        attempts = DBTaskResult.objects.filter(task_path=TASK_PATH)
        arguments = [task.args_kwargs["kwargs"] for task in attempts.order_by("enqueued_at")]
        assert [attempt.pop("attempt", 1) for attempt in arguments] == [1, 2, 3]
        written = {StoredEmail(**attempt).mime["Message-ID"] for attempt in arguments}
        assert written == {received["Message-ID"]}

    def test_gives_up_after_the_last_attempt_and_keeps_the_message(
        self, smtp_port, run_worker, caplog
    ):
        message = EmailMessage("Last try", "Body", "noreply@iscn.example.org", ["ana@example.org"])
        deliver_email.enqueue(**stored(message), attempt=MAX_ATTEMPTS)

        run_worker()

        [failed] = mail_tasks("FAILED")
        assert failed.args_kwargs["kwargs"]["recipients"] == ["ana@example.org"]
        assert not mail_tasks("READY").exists()
        assert any(
            record.levelno == logging.ERROR and "giving up" in record.getMessage()
            for record in caplog.records
        )

    def test_a_recipient_refused_for_good_is_not_tried_again(self, smtp_port, run_worker):
        with smtp_server(smtp_port, Inbox(refuse=True)):
            send_report()
            run_worker()

        assert mail_tasks("FAILED").count() == 1
        assert not mail_tasks("READY").exists()

    def test_the_retries_cover_about_a_day(self):
        waits = [retry_delay(attempt) for attempt in range(1, MAX_ATTEMPTS)]
        assert waits[:3] == [60, 120, 240]
        assert max(waits) == 3600
        assert timedelta(hours=23) < timedelta(seconds=sum(waits)) < timedelta(hours=25)


class TestEveryEmailIsQueued:
    def test_a_submission_for_review_queues_the_moderators_notification(
        self, queued_to_outbox, run_worker, client, editor, moderator
    ):
        page = ContentPageFactory(title="Open data in Leipzig", live=False)
        client.force_login(editor)

        response = client.post(edit_url(page), page_form_data(page, **{"action-submit": "1"}))

        assert response.status_code == 302
        assert mail.outbox == []
        assert mail_tasks("READY").exists()
        run_worker()
        [notification] = [m for m in mail.outbox if moderator.email in m.recipients()]
        assert "Open data in Leipzig" in notification.subject

    def test_a_password_reset_is_queued(self, queued_to_outbox, run_worker, client):
        member(email="ana@example.org")

        client.post("/en/accounts/password-reset/", {"email": "ana@example.org"})

        assert mail.outbox == []
        run_worker()
        [reset] = mail.outbox
        assert reset.recipients() == ["ana@example.org"]
        assert "/en/accounts/password-reset/" in reset.message().get_payload(decode=True).decode()

    def test_without_a_worker_the_request_still_succeeds_when_the_server_is_down(
        self, smtp_port, settings, client, editor, moderator, caplog
    ):
        settings.TASKS = IMMEDIATE_TASKS
        page = ContentPageFactory(title="Open data in Leipzig", live=False)
        client.force_login(editor)

        response = client.post(edit_url(page), page_form_data(page, **{"action-submit": "1"}))

        assert response.status_code == 302
        assert any(
            record.name == "core.mail" and "cannot be tried again" in record.getMessage()
            for record in caplog.records
        )
