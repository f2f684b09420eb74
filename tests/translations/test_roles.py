"""What each role may do in the Wagtail admin; the groups come from a data migration."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowPage
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from demo.management.commands.load_demo import Command
from demo.users import DEMO_USERS, ensure_demo_users
from home.models import ContentPage
from tests.home.factories import ContentPageFactory
from tests.roles import (
    ADMINISTRATORS,
    EDITORS,
    MEMBERS,
    MODERATORS,
    TRANSLATOR_GROUPS,
    edit_url,
    german_page,
    locale_home,
    page_form_data,
    user_in,
    workflow_action_url,
)

PUBLISH = {"action-publish": "action-publish"}
SUBMIT = {"action-submit": "1"}


def media_permissions(user, action):
    """Whether `user` may do `action` on images and on documents."""
    return [
        policy_registry.get_by_type(model).user_has_permission(user, action)
        for model in (get_image_model(), get_document_model())
    ]


@pytest.mark.django_db
class TestFreshDatabase:
    """The migrations alone set up the roles, the workflows and a home page per language."""

    def test_groups(self):
        names = set(Group.objects.values_list("name", flat=True))
        assert {EDITORS, MODERATORS, MEMBERS, ADMINISTRATORS, *TRANSLATOR_GROUPS.values()} <= names

    def test_every_language_has_a_draft_home_sharing_the_english_translation_key(self, home):
        for code in TRANSLATOR_GROUPS:
            translation = locale_home(code)
            assert translation.translation_key == home.translation_key
            assert not translation.live
            assert translation.get_parent().is_root()
            assert translation.url_path == f"/{translation.slug}/"
        assert Page.get_first_root_node().numchild == 4
        assert Page.find_problems() == ([], [], [], [], [])  # a consistent tree

    def test_workflows_are_assigned_to_the_language_trees(self, home):
        assignments = dict(WorkflowPage.objects.values_list("page_id", "workflow__name"))
        assert assignments[home.pk] == "Editorial review"
        for code in TRANSLATOR_GROUPS:
            assert assignments[locale_home(code).pk] == "Translation review"

    def test_both_workflows_end_with_the_moderators(self, home):
        for page in (home, locale_home("de")):
            [task] = page.get_workflow().tasks.specific()
            assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]

    def test_translating_the_english_home_fills_the_existing_draft(self, home):
        german_draft = locale_home("de")
        locale = german_draft.locale
        with TestCase.captureOnCommitCallbacks(execute=True):
            TranslationCreator(None, [locale]).create_translations(home)
            source = TranslationSource.objects.get_for_instance(home)
            Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
        german = home.get_translation(locale)
        assert german.pk == german_draft.pk
        assert german.live
        assert Page.objects.filter(translation_key=home.translation_key).count() == 4


@pytest.mark.django_db
class TestEditor:
    def test_creates_a_page_in_the_english_tree(self, client, editor, home):
        client.force_login(editor)
        url = reverse("wagtailadmin_pages:add", args=["home", "contentpage", home.pk])
        page = ContentPage(title="About the network", slug="about")
        response = client.post(url, page_form_data(page))
        assert response.status_code == 302
        created = ContentPage.objects.get(slug="about")
        assert created.owner == editor
        assert not created.live

    def test_may_add_and_edit_in_every_language_tree(self, editor, home):
        for tree in (home, *(locale_home(code) for code in TRANSLATOR_GROUPS)):
            permissions = tree.permissions_for_user(editor)
            assert permissions.can_add_subpage(), tree.locale
            assert permissions.can_edit(), tree.locale

    def test_edits_a_page_as_a_new_draft(self, client, editor):
        page = ContentPageFactory(title="Imprint")
        client.force_login(editor)
        response = client.post(edit_url(page), page_form_data(page, title="Imprint and contact"))
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.draft_title == "Imprint and contact"
        assert page.title == "Imprint"  # the live version waits for review

    def test_has_no_publish_action(self, client, editor):
        page = ContentPageFactory()
        client.force_login(editor)
        html = client.get(edit_url(page)).content.decode()
        assert 'name="action-submit"' in html
        assert 'name="action-publish"' not in html

    def test_posting_publish_does_not_publish(self, client, editor):
        page = ContentPageFactory(live=False)
        client.force_login(editor)
        client.post(edit_url(page), page_form_data(page, title="Published?", **PUBLISH))
        page.refresh_from_db()
        assert not page.live
        assert page.draft_title == "Published?"  # saved as a draft instead

    def test_cannot_approve(self, client, editor):
        page = ContentPageFactory()
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        client.force_login(editor)
        response = client.post(workflow_action_url(page, "approve"), {"comment": ""})
        assert response.status_code == 302  # Wagtail's "permission denied" redirect
        assert response["Location"] == reverse("wagtailadmin_home")
        assert page.current_workflow_state.status == "in_progress"

    def test_uploads_images_and_documents(self, editor):
        assert media_permissions(editor, "add") == [True, True]

    def test_compares_revisions(self, client, editor):
        page = ContentPageFactory(title="Version one")
        first = page.save_revision(user=editor)
        page.title = "Version two"
        second = page.save_revision(user=editor)
        client.force_login(editor)
        url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
        response = client.get(url)
        assert response.status_code == 200
        assert "Version two" in response.content.decode()


@pytest.mark.django_db
class TestModerator:
    def test_publishes(self, client, moderator):
        page = ContentPageFactory(live=False)
        client.force_login(moderator)
        assert 'name="action-publish"' in client.get(edit_url(page)).content.decode()
        client.post(edit_url(page), page_form_data(page, title="Now public", **PUBLISH))
        page.refresh_from_db()
        assert page.live
        assert page.title == "Now public"

    def test_approves_a_submitted_page(self, client, editor, moderator):
        page = ContentPageFactory(live=False)
        page.save_revision(user=editor)
        page.get_workflow().start(page, editor)
        client.force_login(moderator)
        client.post(workflow_action_url(page, "approve"), {"comment": ""})
        page.refresh_from_db()
        assert page.live

    def test_locks_unlocks_and_deletes_sections(self, moderator, home):
        permissions = home.permissions_for_user(moderator)
        assert permissions.can_lock()
        assert permissions.can_unlock()
        assert "bulk_delete" in permissions.permissions


@pytest.mark.django_db
class TestGermanTranslator:
    def test_edits_and_submits_german_pages(self, client, german_translator):
        page = german_page(title="Impressum", live=False)
        client.force_login(german_translator)
        response = client.post(edit_url(page), page_form_data(page, title="Impressum und Kontakt"))
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.draft_title == "Impressum und Kontakt"

    def test_may_add_pages_to_the_german_tree_only(self, german_translator, home):
        assert locale_home("de").permissions_for_user(german_translator).can_add_subpage()
        for tree in (home, locale_home("es"), locale_home("pt-br")):
            permissions = tree.permissions_for_user(german_translator)
            assert not permissions.can_add_subpage(), tree.locale
            assert not permissions.can_edit(), tree.locale

    def test_cannot_touch_the_english_source(self, client, german_translator):
        page = ContentPageFactory(title="Imprint")
        client.force_login(german_translator)
        assert client.get(edit_url(page))["Location"] == reverse("wagtailadmin_home")
        client.post(edit_url(page), page_form_data(page, title="Changed", **PUBLISH))
        page.refresh_from_db()
        assert (page.title, page.draft_title) == ("Imprint", "Imprint")

    def test_cannot_publish(self, client, german_translator):
        page = german_page(live=False)
        client.force_login(german_translator)
        assert 'name="action-publish"' not in client.get(edit_url(page)).content.decode()
        client.post(edit_url(page), page_form_data(page, **PUBLISH))
        page.refresh_from_db()
        assert not page.live

    def test_chooses_but_does_not_upload_media(self, german_translator):
        assert media_permissions(german_translator, "choose") == [True, True]
        assert media_permissions(german_translator, "add") == [False, False]

    def test_cannot_create_translations_in_other_languages(self, german_translator):
        # wagtail-localize's "Translate" creates pages in any language tree it is asked for.
        assert not german_translator.has_perm("wagtail_localize.submit_translation")


@pytest.mark.django_db
class TestMember:
    def test_cannot_enter_the_admin(self, client, member):
        client.force_login(member)
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    def test_has_no_page_permissions(self, member, home):
        assert not home.permissions_for_user(member).can_edit()


@pytest.mark.django_db
class TestAdministrator:
    def test_manages_pages_users_groups_locales_sites_and_settings(self, home):
        administrator = user_in(ADMINISTRATORS, "administrator")
        assert not administrator.is_superuser
        every_page_permission = {"add", "change", "bulk_delete", "lock", "publish", "unlock"}
        for tree in (home, *(locale_home(code) for code in TRANSLATOR_GROUPS)):
            assert tree.permissions_for_user(administrator).permissions == every_page_permission
        for permission in (
            "wagtailadmin.access_admin",
            "auth.change_user",
            "auth.change_group",
            "wagtailcore.add_locale",
            "wagtailcore.change_site",
            "home.change_sitesettings",
        ):
            assert administrator.has_perm(permission), permission


@pytest.mark.django_db
class TestDemoUsers:
    """`make run` creates one login per role with `manage.py load_demo` (demo/users.py)."""

    def test_one_user_per_role_created_once_with_stored_passwords(self, settings, tmp_path):
        settings.BASE_DIR = tmp_path
        first = ensure_demo_users()
        assert ensure_demo_users() == first
        users = get_user_model().objects.filter(username__in=DEMO_USERS)
        assert {user.username: user.groups.get().name for user in users} == DEMO_USERS
        assert get_user_model().objects.get(username="admin").is_superuser
        password = (tmp_path / "var" / "editor-password.txt").read_text().strip()
        assert ("editor", password, "Editors") in first
        assert get_user_model().objects.get(username="editor").check_password(password)

    def test_the_command_prints_the_logins_with_a_warning(self, settings, tmp_path):
        settings.BASE_DIR = tmp_path
        output = StringIO()
        Command(stdout=output).report_logins(ensure_demo_users())
        password = (tmp_path / "var" / "editor-password.txt").read_text().strip()
        assert "for local use only" in output.getvalue()
        assert password in output.getvalue()
