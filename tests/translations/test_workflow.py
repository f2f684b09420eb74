"""Review before publishing: editors and translators submit, moderators approve or ask for
changes, people are told by email; and pages go live or expire on schedule."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from tests.helpers import assert_links_open
from tests.home.factories import ContentPageFactory
from tests.roles import edit_url, german_page, page_form_data, workflow_action_url

SUBMIT = {"action-submit": "1"}


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


@pytest.mark.django_db
class TestEditorialReview:
    """An English page, from the editor's submission to the moderator's approval."""

    def test_submit_request_changes_resubmit_approve(self, client, editor, moderator):
        page = ContentPageFactory(title="Open data in Leipzig", slug="open-data", live=False)

        client.force_login(editor)
        client.post(edit_url(page), page_form_data(page, **SUBMIT))
        state = page.current_workflow_state
        assert state.workflow.name == "Editorial review"
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        [submitted] = mails_to(moderator)
        assert "Open data in Leipzig" in submitted.subject
        assert_links_open(client, submitted, moderator)
        mail.outbox.clear()

        client.force_login(moderator)
        response = client.post(
            workflow_action_url(page, "reject"), {"comment": "Please name the city's partners."}
        )
        assert response.status_code == 302
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
        [changes_requested] = mails_to(editor)
        assert "Please name the city's partners." in changes_requested.body
        assert_links_open(client, changes_requested, editor)
        page.refresh_from_db()
        assert not page.live
        mail.outbox.clear()

        client.force_login(editor)
        client.post(
            edit_url(page),
            page_form_data(page, title="Open data in Leipzig and partners", **SUBMIT),
        )
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert mails_to(moderator)
        mail.outbox.clear()

        client.force_login(moderator)
        client.post(workflow_action_url(page, "approve"), {"comment": ""})
        page.refresh_from_db()
        assert page.live
        assert page.title == "Open data in Leipzig and partners"
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        [approved] = mails_to(editor)
        assert "approved" in approved.subject
        # The approved page's own link too: on the configured address, not http://localhost/.
        assert page.get_full_url() in approved.body
        assert_links_open(client, approved, editor)

    def test_notifications_come_from_the_configured_sender(
        self, client, editor, moderator, settings
    ):
        settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = "review@iscn.example.org"
        page = ContentPageFactory(live=False)
        client.force_login(editor)
        client.post(edit_url(page), page_form_data(page, **SUBMIT))
        assert mail.outbox
        assert {message.from_email for message in mail.outbox} == {"review@iscn.example.org"}

    def test_page_under_review_is_locked_for_the_editor(self, client, editor):
        page = ContentPageFactory(title="Before review", live=False)
        client.force_login(editor)
        client.post(edit_url(page), page_form_data(page, **SUBMIT))
        client.post(edit_url(page), page_form_data(page, title="Sneaked in"))
        page.refresh_from_db()
        assert page.draft_title == "Before review"


@pytest.mark.django_db
class TestTranslationReview:
    def test_german_submission_goes_to_the_moderators(self, client, german_translator, moderator):
        page = german_page(title="Impressum", live=False)

        client.force_login(german_translator)
        client.post(edit_url(page), page_form_data(page, title="Impressum und Kontakt", **SUBMIT))
        state = page.current_workflow_state
        assert state.workflow.name == "Translation review"
        assert state.requested_by == german_translator
        assert mails_to(moderator)

        client.force_login(moderator)
        client.post(workflow_action_url(page, "approve"), {"comment": ""})
        page.refresh_from_db()
        assert page.live
        assert page.title == "Impressum und Kontakt"


@pytest.mark.django_db
class TestScheduledPublishing:
    """`manage.py publish_scheduled`, run by cron, does what moderators scheduled."""

    def test_publishes_an_approved_revision_when_it_is_due(self, monkeypatch):
        page = ContentPageFactory(title="Call for the autumn meeting", live=False)
        go_live_at = timezone.now() + datetime.timedelta(days=1)
        page.go_live_at = go_live_at
        revision = page.save_revision()
        revision.publish()
        page.refresh_from_db()
        assert not page.live  # scheduled, not yet due
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live

        later = go_live_at + datetime.timedelta(minutes=5)
        monkeypatch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert page.live_revision_id == revision.pk

    def test_unpublishes_an_expired_page(self):
        page = ContentPageFactory(expire_at=timezone.now() - datetime.timedelta(minutes=1))
        assert page.live
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live
        assert page.expired

    def test_leaves_pages_that_are_not_due(self):
        page = ContentPageFactory(expire_at=timezone.now() + datetime.timedelta(days=1))
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
