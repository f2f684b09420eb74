"""workspace/0005 removes the copies of workspace pages that locale sync made, and only those
nobody has worked on."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

from tests.home.factories import ContentPageFactory
from tests.workspace.factories import MeetingPageFactory, WorkspacePageFactory

MIGRATION = ("workspace", "0005_remove_untouched_copies")

pytestmark = pytest.mark.django_db


def run_migration():
    """The migration's function on historical models, as `migrate` runs it.

    Those of the latest state: the test database has every migration applied, including those
    that dropped tables of Wagtail's older models, which the state at this migration still has.
    """
    state = MigrationExecutor(connection).loader.project_state()
    module = importlib.import_module(f"{MIGRATION[0]}.migrations.{MIGRATION[1]}")
    module.remove_untouched_copies(state.apps, None)


def copies(page):
    """{language code: page id} of the page's copies in the other languages."""
    return dict(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("locale__language_code", "pk")
    )


@pytest.fixture
def synced(home):
    """An English meeting with its group and workspace, copied into every language as locale
    sync used to do."""
    meeting = MeetingPageFactory()
    group = meeting.get_parent().specific
    workspace = group.get_parent().specific
    other_locales = list(Locale.objects.exclude(language_code="en"))
    for page in (workspace, group, meeting):
        TranslationCreator(None, other_locales).create_translations(page)
    return workspace, group, meeting


def test_removes_untouched_copies_and_keeps_what_someone_worked_on(synced):
    workspace, group, meeting = synced
    german, portuguese = (
        Locale.objects.get(language_code="de"),
        Locale.objects.get(language_code="pt-br"),
    )
    # A German string of the meeting is translated; the Portuguese group is published.
    segment = StringSegment.objects.filter(source__object_id=meeting.translation_key).first()
    StringTranslation.objects.create(
        translation_of=segment.string, locale=german, context=segment.context, data="Auftakt"
    )
    group.get_translation(portuguese).save_revision().publish()
    removed = [copies(page)["es"] for page in (workspace, group, meeting)]
    removed.append(copies(meeting)["pt-br"])

    run_migration()

    assert set(copies(workspace)) == {"de", "pt-br"}
    assert set(copies(group)) == {"de", "pt-br"}
    assert set(copies(meeting)) == {"de"}
    assert not Revision.page_revisions.filter(object_id__in=[str(pk) for pk in removed]).exists()
    synced_languages = Translation.objects.filter(
        source__object_id=meeting.translation_key
    ).values_list("target_locale__language_code", flat=True)
    assert set(synced_languages) == {"de"}
    # The tree stays sound: child counts follow the removed pages.
    assert not any(Page.find_problems())


def test_leaves_copies_of_public_pages_alone(home):
    german = Locale.objects.get(language_code="de")
    public = ContentPageFactory()
    workspace = WorkspacePageFactory()
    for page in (public, workspace):
        TranslationCreator(None, [german]).create_translations(page)
    run_migration()
    assert public.get_translation_or_none(german) is not None
    assert workspace.get_translation_or_none(german) is None
