"""A working group's pages reach their readers only, through every channel and in every role.

Readers are the group's members, moderators and administrators, and every member for pages
marked open to all members (workspace/readers.py). Editors and translators outside the group
do not see the pages in the admin either; translations made on purpose follow the same rule.
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import TranslationSource

from tests.events.factories import EventPageFactory
from tests.helpers import public_channels, reloaded, shared_content, translate
from tests.home.factories import site_home
from tests.workspace.factories import (
    MeetingPageFactory,
    UserFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
)
from workspace.models import WorkingGroupPage

pytestmark = pytest.mark.django_db

# The groups of each role; "… in the group" and "member of the group" are in the working group,
# "member of another group" in another one.
ROLES = {
    "anonymous": None,
    "member of the group": ["Members"],
    "member of another group": ["Members"],
    "editor": ["Editors"],
    "editor in the group": ["Editors", "Members"],
    "translator": ["Translators (German)"],
    "moderator": ["Moderators"],
    "administrator": ["Administrators"],
}
SITE_READERS = {"member of the group", "editor in the group", "moderator", "administrator"}
ADMIN_READERS = {"editor in the group", "moderator", "administrator"}


@pytest.fixture(scope="class")
def workspace_content(django_db_setup, django_db_blocker):
    """A person of every role and the workspace's pages, made once for a class's tests."""
    with shared_content(django_db_blocker):
        people = {
            role: UserFactory(username=role.replace(" ", "-"), groups=groups)
            for role, groups in ROLES.items()
            if groups is not None
        }
        yield people, workspace_pages(people)


def workspace_pages(people):
    """The workspace with two groups, one meeting each, and a German translation of the first."""
    translate(site_home(), "de")
    workspace = WorkspacePageFactory()
    group = WorkingGroupPageFactory(
        parent=workspace,
        title="Working group on zebra crossings",
        members=[people["member of the group"], people["editor in the group"]],
    )
    meeting = MeetingPageFactory(parent=group, title="Zebra crossings kick-off")
    other_group = WorkingGroupPageFactory(
        parent=workspace,
        title="Working group on bike lanes",
        members=[people["member of another group"]],
    )
    other_meeting = MeetingPageFactory(parent=other_group, title="Bike lanes kick-off")
    for page in (group, meeting):
        page.save_revision()
    translate(workspace, "de")
    return SimpleNamespace(
        workspace=workspace,
        group=group,
        meeting=meeting,
        other_group=other_group,
        other_meeting=other_meeting,
        german_group=translate(group, "de", title="Arbeitsgruppe Zebrastreifen"),
        german_meeting=translate(meeting, "de", title="Zebrastreifen-Auftakt"),
    )


@pytest.fixture
def people(db, workspace_content):
    return workspace_content[0]


@pytest.fixture
def pages(db, workspace_content):
    """The workspace's pages, read again for each test: tests change them."""
    return SimpleNamespace(
        **{name: reloaded(page) for name, page in vars(workspace_content[1]).items()}
    )


def signed_in(client, people, role):
    if role != "anonymous":
        client.force_login(people[role])
    return client


def what_the_site_answers(client, page):
    response = client.get(page.url)
    if response.status_code == 302:
        assert "/accounts/login/?next=" in response["Location"]
        return "sign in"
    return {200: "page", 403: "no access"}[response.status_code]


def what_the_admin_shows(client, page):
    """Whether each admin view shows `page` to `client`.

    Listings and searches count a row for the page (its id), not its title: a search box
    repeats what was typed.
    """
    parent = page.get_parent()
    row = f'data-id="{page.pk}"'
    word = page.title.split()[0]

    def opens(name, *args):
        return (
            client.get(reverse(f"wagtailadmin_pages:{name}", args=[page.pk, *args])).status_code
            == 200
        )

    def finds(url, text, **params):
        response = client.get(url, params)
        # The page chooser answers its modal's JSON.
        if response.get("Content-Type") == "application/json":
            return text in response.json()["html"]
        return text in response.content.decode()

    def in_explorer_menu():
        response = client.get("/admin/api/main/pages/", {"child_of": parent.pk, "for_explorer": 1})
        return response.status_code == 200 and page.pk in {
            item["id"] for item in response.json()["items"]
        }

    def in_bulk_action(action, **params):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
        return page.title in client.get(url, params).content.decode()

    bulk_actions = {
        f"bulk {action}{' all' if params['id'] == 'all' else ''}": in_bulk_action(action, **params)
        for action in ("delete", "move", "publish", "unpublish")
        for params in ({"id": page.pk}, {"id": "all", "childOf": parent.pk})
    }
    return bulk_actions | {
        "edit": opens("edit"),
        "preview": opens("preview_on_edit"),
        "draft": opens("view_draft"),
        "history": opens("history"),
        "revision": opens("revisions_view", page.get_latest_revision().pk),
        "explorer": finds(
            reverse("wagtailadmin_explore", args=[parent.pk]), f"/admin/pages/{page.pk}/edit/"
        ),
        "explorer menu": in_explorer_menu(),
        "page chooser": finds(reverse("wagtailadmin_choose_page_child", args=[parent.pk]), row),
        "page chooser search": finds(reverse("wagtailadmin_choose_page_search"), row, q=word),
        "admin search": finds(
            reverse("wagtailadmin_pages:search"), f"/admin/pages/{page.pk}/edit/", q=word
        ),
    }


class TestSite:
    @pytest.mark.parametrize("role", ROLES)
    def test_serves_a_groups_pages_to_their_readers_only(self, client, people, pages, role):
        client = signed_in(client, people, role)
        outsider = "sign in" if role == "anonymous" else "no access"
        for page in (pages.group, pages.meeting, pages.german_group, pages.german_meeting):
            expected = "page" if role in SITE_READERS else outsider
            assert what_the_site_answers(client, page) == expected, page.url
        expected = "page" if role in SITE_READERS | {"member of another group"} else outsider
        assert what_the_site_answers(client, pages.workspace) == expected

    def test_the_workspace_lists_what_the_member_may_read(self, client, people, pages):
        client.force_login(people["member of another group"])
        html = client.get(pages.workspace.url).content.decode()
        assert "Working group on bike lanes" in html
        assert "Bike lanes kick-off" in html
        assert "Working group on zebra crossings" not in html
        assert "Zebra crossings kick-off" not in html

    def test_a_group_open_to_all_members_keeps_its_meetings_for_itself(self, client, people, pages):
        pages.group.network_wide = True
        pages.group.save_revision().publish()
        client.force_login(people["member of another group"])
        assert what_the_site_answers(client, pages.group) == "page"
        assert "Zebra crossings kick-off" not in client.get(pages.group.url).content.decode()
        assert what_the_site_answers(client, pages.meeting) == "no access"

        pages.meeting.network_wide = True
        pages.meeting.save_revision().publish()
        assert what_the_site_answers(client, pages.meeting) == "page"
        html = client.get(pages.workspace.url).content.decode()
        assert "Working group on zebra crossings" in html
        assert "Zebra crossings kick-off" in html

    def test_pages_open_to_all_members_stay_closed_to_everyone_else(self, client, people, pages):
        pages.group.network_wide = True
        pages.group.save_revision().publish()
        client.force_login(people["editor"])
        assert what_the_site_answers(client, pages.group) == "no access"

    @pytest.mark.parametrize("role", ROLES)
    def test_public_channels_show_no_workspace_page(self, client, people, pages, role):
        EventPageFactory(title="Zebra crossings webinar")
        client = signed_in(client, people, role)
        channels = public_channels(client, "zebra")
        assert "Zebra crossings webinar" in channels["search"]
        for channel, text in channels.items():
            for page in (pages.group, pages.meeting, pages.german_group, pages.german_meeting):
                assert page.title not in text, channel
                assert page.url not in text, channel


class TestAdmin:
    @pytest.mark.parametrize("role", ROLES)
    def test_shows_a_groups_pages_to_their_readers_only(self, client, people, pages, role):
        client = signed_in(client, people, role)
        expected = role in ADMIN_READERS
        # The German group is the German meeting's parent in the explorer and the chooser.
        for page in (pages.group, pages.meeting, pages.german_meeting):
            shown = what_the_admin_shows(client, page)
            assert shown == dict.fromkeys(shown, expected), page.title

    def test_translators_do_not_reach_them_through_the_workspace(self, client, people, pages):
        client.force_login(people["translator"])
        german_workspace = pages.german_group.get_parent()
        response = client.get(reverse("wagtailadmin_explore", args=[german_workspace.pk]))
        assert response.status_code == 302
        response = client.get(
            reverse("wagtailadmin_explore", args=[german_workspace.get_parent().pk])
        )
        assert f"/admin/pages/{german_workspace.pk}/edit/" not in response.content.decode()

    def test_members_of_other_groups_see_pages_open_to_all_members(self, client, pages):
        client.force_login(UserFactory(groups=["Editors", "Members"]))
        for page in (pages.group, pages.meeting):
            assert not any(what_the_admin_shows(client, page).values()), page.title
            page.network_wide = True
            page.save_revision().publish()
        for page in (pages.group, pages.meeting):
            assert all(what_the_admin_shows(client, page).values()), page.title

    def test_editors_of_the_group_open_its_page_to_all_members(self, client, people, pages):
        client.force_login(people["editor in the group"])
        group = pages.group
        data = nested_form_data(
            {
                "title": group.title,
                "slug": group.slug,
                "introduction": "",
                "image": "",
                "description": rich_text("<p>Safer crossings.</p>"),
                "network_wide": "on",
                "seo_title": "",
                "search_description": "",
                "comments": inline_formset([]),
            }
        )
        data["members"] = [str(person.pk) for person in group.members.all()]
        edit_url = reverse("wagtailadmin_pages:edit", args=[group.pk])
        response = client.post(edit_url, data)
        assert response["Location"] == edit_url
        draft = WorkingGroupPage.objects.get(pk=group.pk).get_latest_revision_as_object()
        assert draft.network_wide


class TestTranslationViews:
    """wagtail-localize's "Translate page" and "Sync translated pages" check only whether the user
    may translate at all: for a working group's pages they are its readers' (cms/urls.py)."""

    @pytest.mark.parametrize("role", ["editor", "translator", "editor in the group"])
    def test_translate_and_sync_for_readers_only(self, client, people, pages, role):
        client.force_login(people[role])
        source, _created = TranslationSource.get_or_create_from_instance(pages.meeting)
        urls = [
            reverse("wagtail_localize:submit_page_translation", args=[pages.meeting.pk]),
            reverse("wagtail_localize:update_translations", args=[source.pk]),
        ]
        expected = 200 if role in ADMIN_READERS else 403
        assert [client.get(url).status_code for url in urls] == [expected, expected]

    def test_a_public_page_is_still_translated_by_editors(self, client, people, pages):
        client.force_login(people["editor"])
        event = EventPageFactory()
        url = reverse("wagtail_localize:submit_page_translation", args=[event.pk])
        assert client.get(url).status_code == 200


class TestReports:
    @pytest.mark.parametrize("role", ["editor", "moderator"])
    def test_page_types_usage_names_the_last_edited_page_to_readers_only(
        self, client, people, pages, role
    ):
        client.force_login(people[role])
        pages.meeting.save_revision()  # the last edited meeting
        response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
        assert response.status_code == 200
        # Wagtail links the title for those who may edit the page, and shows it to all others.
        assert (pages.meeting.title in response.content.decode()) == (role in ADMIN_READERS)
