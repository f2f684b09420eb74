"""Translators submit a translation made in wagtail-localize's editor for review; moderators
approve it and it goes live."""

from html import unescape

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment

from tests.helpers import publish_translation, submit_for_translation, translate, translate_segments
from tests.home.factories import ContentPageFactory
from tests.roles import TRANSLATOR_GROUPS, user_in, workflow_action_url

REPORT_URL = "/admin/reports/translation-status/"


def german(text):
    return f"[de] {text}"


def submit_url(page):
    return reverse("translation_review_submit", args=[page.pk])


def confirm_url(page):
    return reverse("translation_review_confirm", args=[page.pk])


def last_message(response):
    """The admin's latest message, as text (Wagtail renders messages as HTML)."""
    *_earlier, last = get_messages(response.wsgi_request)
    return unescape(str(last)).strip()


def mails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def approve(client, moderator, page):
    client.force_login(moderator)
    # Approval publishes once the transaction commits; tests run inside one.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(workflow_action_url(page, "approve"), {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    return page


@pytest.fixture
def german_home(home):
    return translate(home, "de")


@pytest.fixture
def about(german_home):
    return ContentPageFactory(title="About the network", slug="about")


@pytest.fixture
def translation(admin_client, about):
    """A synced German translation of `about`: an untranslated draft in the German tree."""
    return submit_for_translation(admin_client, about, "de")


@pytest.fixture
def translated(client, german_translator, translation):
    """The German page once the translator has translated every segment (not submitted yet)."""
    client.force_login(german_translator)
    translate_segments(client, translation, german)
    return translation.get_target_instance().specific


@pytest.mark.django_db
class TestSubmitForReview:
    def test_translator_submits_and_moderator_approves(
        self, client, german_translator, moderator, translated
    ):
        response = client.post(submit_url(translated), {"next": REPORT_URL})
        assert response.status_code == 302
        assert response.url == REPORT_URL
        assert last_message(response) == "'[de] About the network' has been submitted for review."

        translated.refresh_from_db()
        state = translated.current_workflow_state
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.workflow.name == "Translation review"
        assert state.requested_by == german_translator
        assert not translated.live
        revision = state.current_task_state.revision
        assert revision.user == german_translator
        assert revision.as_object().title == "[de] About the network"
        [notification] = mails_to(moderator)
        assert "[de] About the network" in notification.subject

        approved = approve(client, moderator, translated)
        assert approved.live
        assert approved.title == "[de] About the network"
        state.refresh_from_db()
        assert state.status == WorkflowState.STATUS_APPROVED
        html = client.get(approved.url).content.decode()
        assert "[de] The network meets twice a year." in html

    def test_a_live_translation_stays_as_published_until_approved(
        self, client, admin_client, german_translator, moderator, translation
    ):
        translate_segments(admin_client, translation, german)
        published = publish_translation(admin_client, translation)
        title = StringSegment.objects.filter(source=translation.source, context__path="title")
        client.force_login(german_translator)
        translate_segments(client, translation, lambda text: "Über das Netzwerk", segments=title)

        client.post(submit_url(published))
        published.refresh_from_db()
        assert published.live
        assert published.title == "[de] About the network"
        assert published.draft_title == "Über das Netzwerk"
        assert published.has_unpublished_changes
        assert "<h1>[de] About the network</h1>" in client.get(published.url).content.decode()

        approved = approve(client, moderator, published)
        assert approved.title == "Über das Netzwerk"
        assert "<h1>Über das Netzwerk</h1>" in client.get(approved.url).content.decode()

    def test_resubmitting_after_requested_changes_resumes_the_review(
        self, client, german_translator, moderator, translated
    ):
        client.post(submit_url(translated))
        client.force_login(moderator)
        client.post(workflow_action_url(translated, "reject"), {"comment": "Too literal."})
        [state] = WorkflowState.objects.for_instance(translated)
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
        mail.outbox.clear()

        client.force_login(german_translator)
        response = client.post(submit_url(translated))
        assert last_message(response) == "'[de] About the network' has been submitted for review."
        [state] = WorkflowState.objects.for_instance(translated)
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert mails_to(moderator)
        assert approve(client, moderator, translated).live

    def test_submitting_twice_says_it_is_already_in_review(self, client, translated):
        client.post(submit_url(translated))
        revisions = translated.revisions.count()
        mail.outbox.clear()

        response = client.post(submit_url(translated))
        assert response.status_code == 302
        assert last_message(response) == "'[de] About the network' is already in review."
        assert WorkflowState.objects.for_instance(translated).count() == 1
        assert translated.revisions.count() == revisions
        assert not mail.outbox

    def test_a_page_in_the_source_language_is_refused(self, client, admin_user, about):
        client.force_login(admin_user)
        response = client.post(submit_url(about))
        assert response.status_code == 302
        assert "is not a translation kept in sync with its original" in last_message(response)
        assert not WorkflowState.objects.for_instance(about).exists()


@pytest.mark.django_db
class TestAccess:
    def test_a_spanish_translator_cannot_submit_a_german_page(self, client, translated):
        client.force_login(user_in(TRANSLATOR_GROUPS["es"], "translator-es"))
        for response in [client.post(submit_url(translated)), client.get(confirm_url(translated))]:
            # Wagtail answers PermissionDenied in the admin with this redirect and a message.
            assert response.status_code == 302
            assert response.url == reverse("wagtailadmin_home")
            assert "you do not have permission" in last_message(response)
        assert not WorkflowState.objects.for_instance(translated).exists()

    def test_an_ajax_request_gets_a_403(self, client, translated):
        client.force_login(user_in(TRANSLATOR_GROUPS["es"], "translator-es"))
        response = client.post(
            submit_url(translated), headers={"x-requested-with": "XMLHttpRequest"}
        )
        assert response.status_code == 403

    def test_anonymous_visitors_are_sent_to_the_login(self, client, translation):
        page = translation.get_target_instance()
        client.logout()
        response = client.post(submit_url(page))
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
        assert not WorkflowState.objects.for_instance(page).exists()

    def test_the_action_accepts_only_post(self, client, translated):
        assert client.get(submit_url(translated)).status_code == 405
        assert not WorkflowState.objects.for_instance(translated).exists()


@pytest.mark.django_db
class TestWhereTranslatorsFindIt:
    def test_page_listing_offers_the_confirmation(self, client, german_translator, translated):
        german_home = translated.get_parent()
        html = client.get(reverse("wagtailadmin_explore", args=[german_home.pk])).content.decode()
        assert "Submit translation for review" in html
        assert confirm_url(translated) in html

    def test_confirmation_posts_to_the_action(self, client, translated):
        listing = reverse("wagtailadmin_explore", args=[translated.get_parent().pk])
        response = client.get(confirm_url(translated), {"next": listing})
        assert response.status_code == 200
        html = response.content.decode()
        assert f'action="{submit_url(translated)}" method="post"' in html
        assert "csrfmiddlewaretoken" in html
        assert f'name="next" value="{listing}"' in html

        response = client.post(submit_url(translated), {"next": listing})
        assert response.url == listing
        assert translated.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    def test_no_confirmation_once_in_review(self, client, translated):
        client.post(submit_url(translated))
        response = client.get(confirm_url(translated))
        assert response.status_code == 302
        assert last_message(response) == "'[de] About the network' is already in review."
        listing = reverse("wagtailadmin_explore", args=[translated.get_parent().pk])
        assert confirm_url(translated) not in client.get(listing).content.decode()

    def test_report_offers_the_action_then_shows_it_in_review(self, client, translated):
        response = client.get(REPORT_URL, {"locale": "de"})
        html = response.content.decode()
        assert f'<form action="{submit_url(translated)}" method="post">' in html
        assert 'name="next" value="/admin/reports/translation-status/?locale=de"' in html

        client.post(submit_url(translated))
        response = client.get(REPORT_URL, {"locale": "de"})
        [row] = [row for row in response.context["object_list"] if row.page.slug == "about"]
        [status] = row.statuses
        assert status.in_review
        assert not status.review_url
        assert submit_url(translated) not in response.content.decode()

    def test_report_offers_it_only_to_those_who_may_edit_the_page(self, client, translated):
        client.force_login(user_in(TRANSLATOR_GROUPS["es"], "translator-es"))
        html = client.get(REPORT_URL).content.decode()
        assert submit_url(translated) not in html
