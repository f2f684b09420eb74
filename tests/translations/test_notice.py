"""Readers of a translated page learn how it was translated: by machine, by a person, reviewed."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowTask
from wagtail_localize.models import StringSegment, StringTranslation

from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.helpers import (
    publish_translation,
    submit_for_translation,
    translate,
    translate_segments,
)

MACHINE_NOTICE = "This page was translated by machine and has not been checked by a person yet."
HUMAN_NOTICE = "This page was translated by a person."
REVIEWED_NOTICE = "This page was translated and the translation has been reviewed."


@pytest.fixture
def german_home(home):
    return translate(home, "de")


@pytest.fixture
def case_study(german_home):
    translate(CaseStudyIndexPageFactory(), "de")
    return CaseStudyPageFactory(title="Open data portal", slug="open-data-portal")


def german_notice(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('<aside class="translation-notice')
    return html[start : html.index("</aside>", start)]


def in_german(text):
    """The interface text as German readers see it (in English where not translated yet)."""
    with override("de"):
        return gettext(text)


def machine_translate(client, translation):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = client.post(url, {"next": "/admin/"})
    assert response.status_code == 302


@pytest.mark.django_db
class TestMachineTranslation:
    def test_fills_every_segment_without_publishing(self, admin_client, case_study):
        translation = submit_for_translation(admin_client, case_study, "de")
        machine_translate(admin_client, translation)

        segments = StringSegment.objects.filter(source=translation.source)
        translations = StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=case_study.translation_key
        )
        assert translations.count() == segments.count() > 0
        assert set(translations.values_list("translation_type", flat=True)) == {"machine"}
        # The dummy translator reverses the words.
        assert translations.get(context__path="title").data == "portal data Open"
        german = translation.get_target_instance()
        assert not german.live
        assert admin_client.get(german.url).status_code == 404

    def test_published_page_tells_readers_and_links_the_original(self, admin_client, case_study):
        translation = submit_for_translation(admin_client, case_study, "de")
        machine_translate(admin_client, translation)
        german = publish_translation(admin_client, translation)

        notice = german_notice(admin_client, german)
        assert "translation-notice--machine" in notice
        assert in_german(MACHINE_NOTICE) in notice
        original = in_german("Read the original")
        assert f'<a href="{case_study.url}" lang="en" hreflang="en">{original}</a>' in notice
        assert case_study.url.startswith("/en/")


@pytest.mark.django_db
class TestTranslatedByPeople:
    def test_manual_translation(self, admin_client, case_study):
        translation = submit_for_translation(admin_client, case_study, "de")
        translate_segments(admin_client, translation, lambda text: f"[de] {text}")
        german = publish_translation(admin_client, translation)

        notice = german_notice(admin_client, german)
        assert "translation-notice--human" in notice
        assert in_german(HUMAN_NOTICE) in notice
        assert f'href="{case_study.url}"' in notice

    def test_reviewed_in_a_workflow(self, admin_client, admin_user, german_home, case_study):
        reviewers = Group.objects.create(name="German reviewers")
        for action in ("change", "publish"):
            GroupPagePermission.objects.create(
                group=reviewers, page=german_home, permission_type=action
            )
        reviewer = type(admin_user).objects.create_user("reviewer", password="x")
        reviewer.groups.add(reviewers)
        task = GroupApprovalTask.objects.create(name="German review")
        task.groups.set([reviewers])
        workflow = Workflow.objects.create(name="German translation review")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

        translation = submit_for_translation(admin_client, case_study, "de")
        translate_segments(admin_client, translation, lambda text: f"[de] {text}")
        translation.save_target(user=admin_user, publish=False)
        german = translation.get_target_instance().specific
        state = workflow.start(german, admin_user)
        assert not german.live

        task_state = state.current_task_state.specific
        assert task.get_actions(german, reviewer)
        task.on_action(task_state, reviewer, "approve")

        state.refresh_from_db()
        german.refresh_from_db()
        assert state.status == state.STATUS_APPROVED
        assert german.live
        notice = german_notice(admin_client, german)
        assert "translation-notice--reviewed" in notice
        assert in_german(REVIEWED_NOTICE) in notice
        assert f'href="{case_study.url}"' in notice
