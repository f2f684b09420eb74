"""Every email the site sends goes through the task queue, so none is lost while the mail
server is down.

Wagtail's moderation notifications, the password-reset form and anything else that calls
Django's mail functions hand their messages to EMAIL_BACKEND, which is QueuedEmailBackend.
It queues each message, written out in full (MIME text, sender and recipients), as a task.
The task hands the message to ISCN_EMAIL_DELIVERY_BACKEND (SMTP in production). When that
fails, the task logs the failure and queues the same message again, 1, 2, 4 … minutes later,
then every hour, for about a day. After the last attempt the task is marked failed, and its row
in the task table still holds the message.
"""

import base64
import email
import email.message
import logging
import smtplib
from datetime import timedelta
from email.header import decode_header, make_header

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage, MIMEMixin
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 60
LONGEST_RETRY_SECONDS = 60 * 60
# 1 + 2 + 4 + … + 32 minutes, then hourly: the last attempt comes about 24 hours after the first.
MAX_ATTEMPTS = 30


def retry_delay(attempt):
    """Seconds to wait after failed attempt number `attempt` (counted from 1)."""
    return min(FIRST_RETRY_SECONDS * 2 ** (attempt - 1), LONGEST_RETRY_SECONDS)


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message as a `deliver_email` task instead of sending it in the request."""

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                deliver_email.enqueue(**stored(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("Email %r could not be queued", message.subject)
            else:
                queued += 1
        return queued


def stored(message):
    """The task arguments for `message`: JSON, as the database task queue keeps them."""
    return {
        "sender": message.from_email,
        "recipients": message.recipients(),
        # Written out now, with its Date and Message-ID: every attempt sends the same message,
        # so a mail server that got it from an attempt that seemed to fail can drop the copy.
        "mime": base64.b64encode(message.message().as_bytes()).decode("ascii"),
    }


class StoredMIMEMessage(MIMEMixin, email.message.Message):
    """A message read back from its bytes, written out again as Django writes its own."""


class StoredEmail(EmailMessage):
    """A message as the request wrote it, handed unchanged to a delivery backend."""

    def __init__(self, sender, recipients, mime):
        self.mime = email.message_from_bytes(base64.b64decode(mime), _class=StoredMIMEMessage)
        subject = str(make_header(decode_header(self.mime.get("Subject", ""))))
        super().__init__(subject=subject, from_email=sender)
        self.envelope_recipients = recipients

    def message(self):
        return self.mime

    def recipients(self):
        return self.envelope_recipients


def refused_for_good(error):
    """The mail server refused every recipient for good (5xx): another attempt gets the same.
    Anything else, including a wrong password or sender, may be fixed while we retry."""
    return isinstance(error, smtplib.SMTPRecipientsRefused) and all(
        500 <= code < 600 for code, _reason in error.recipients.values()
    )


@task
def deliver_email(sender, recipients, mime, attempt=1):
    message = StoredEmail(sender, recipients, mime)
    # Logs name the message, never its recipients (personal data).
    described = f"{message.mime.get('Message-ID', '')} {message.subject!r}"
    try:
        get_connection(settings.ISCN_EMAIL_DELIVERY_BACKEND).send_messages([message])
    except Exception as error:
        if refused_for_good(error) or attempt >= MAX_ATTEMPTS:
            logger.error(
                "Email %s not sent (attempt %d of %d), giving up: %r",
                described,
                attempt,
                MAX_ATTEMPTS,
                error,
            )
            raise
        if not deliver_email.get_backend().supports_defer:
            logger.error(
                "Email %s not sent: %r; without a task queue (TASKS_BACKEND=immediate) it "
                "cannot be tried again",
                described,
                error,
            )
            raise
        delay = retry_delay(attempt)
        retry = deliver_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            sender=sender, recipients=recipients, mime=mime, attempt=attempt + 1
        )
        logger.warning(
            "Email %s not sent (attempt %d of %d): %r; trying again in %d s (task %s)",
            described,
            attempt,
            MAX_ATTEMPTS,
            error,
            delay,
            retry.id,
        )
        return f"not sent, retried by task {retry.id}"
    return "sent"
