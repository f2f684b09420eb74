"""A member of one working group signs in: the other group's pages stay closed to them
(workspace/readers.py; every role and channel: tests/workspace/test_readers.py)."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Collection, Page

from tests.workspace.factories import (
    MeetingPageFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
    member,
)
from workspace.access import WORKSPACE_COLLECTION_NAME


def two_working_groups():
    """Two working groups with a member each, in a workspace of their own (the demo content
    may have one at /en/workspace/)."""
    had_workspace_collection = Collection.objects.filter(name=WORKSPACE_COLLECTION_NAME).exists()
    person = member(username="member-of-mobility")
    colleague = member(username="member-of-data")
    workspace = WorkspacePageFactory(slug="privacy-test-workspace")
    own = WorkingGroupPageFactory(
        parent=workspace, title="Working group on mobility", members=[person]
    )
    other = WorkingGroupPageFactory(
        parent=workspace, title="Working group on data", members=[colleague]
    )
    MeetingPageFactory(parent=other, title="Data strategy meeting")
    return {
        "member": person,
        "people": [person, colleague],
        "workspace": workspace,
        "groups": [own, other],
        "had_workspace_collection": had_workspace_collection,
    }


def remove_working_groups(setup):
    Page.objects.get(pk=setup["workspace"].pk).delete()
    for group in setup["groups"]:
        Collection.objects.get(pk=group.collection_id).delete()
        Group.objects.filter(pk=group.member_group_id).delete()
    if not setup["had_workspace_collection"]:
        Collection.objects.get(name=WORKSPACE_COLLECTION_NAME).delete()
    for person in setup["people"]:
        person.delete()


def test_members_see_their_own_working_groups_only(new_context, committed, sign_in):
    setup = committed(two_working_groups)
    try:
        context = new_context()
        sign_in(context, setup["member"])
        page = context.new_page()

        page.goto(setup["workspace"].url)
        main = page.get_by_role("main")
        expect(main.get_by_role("link", name="Working group on mobility")).to_be_visible()
        expect(main).not_to_contain_text("Working group on data")
        expect(main).not_to_contain_text("Data strategy meeting")

        response = page.goto(setup["groups"][1].url)
        assert response.status == 403
        expect(page.get_by_role("heading", level=1)).to_have_text("No access")
        expect(page.get_by_role("main")).not_to_contain_text("Data strategy meeting")
    finally:
        committed(remove_working_groups, setup)
