"""The read-only API shows what an anonymous visitor sees, whoever asks.

Never drafts, password-protected pages or the members' workspace; never files from the working
groups' restricted collections.
"""

import pytest
import wagtail_factories
from wagtail.models import PageViewRestriction

from tests.casestudies.factories import CaseStudyPageFactory
from tests.helpers import make_document, make_image, make_private, translate
from tests.roles import EDITORS, user_in
from tests.workspace.factories import (
    MeetingPageFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
    administrator,
    member,
    private_document,
)

from .helpers import PAGES, error, ids

pytestmark = pytest.mark.django_db

DOCUMENTS = "/api/v2/documents/"
IMAGES = "/api/v2/images/"


def assert_hidden(client, page):
    assert page.pk not in ids(client)
    assert page.pk not in ids(client, type=f"{page._meta.app_label}.{type(page).__name__}")
    response = client.get(f"{PAGES}{page.pk}/")
    assert response.status_code == 404
    assert response.json() == {"message": "No Page matches the given query."}


@pytest.fixture
def workspace_pages(home):
    workspace = WorkspacePageFactory()
    group = WorkingGroupPageFactory(parent=workspace)
    return [workspace, group, MeetingPageFactory(parent=group)]


class TestPages:
    def test_drafts_are_hidden(self, client, home):
        draft = CaseStudyPageFactory(live=False)
        assert_hidden(client, draft)

    def test_unpublished_translations_are_hidden(self, client, open_data):
        german = translate(open_data, "de")
        german.unpublish()
        assert_hidden(client, german)
        assert ids(client, locale="de", type="casestudies.CaseStudyPage") == set()

    def test_password_protected_pages_and_their_subtree_are_hidden(self, client, open_data):
        index = open_data.get_parent()
        make_private(index)
        assert_hidden(client, index)
        assert_hidden(client, open_data)

    def test_even_after_the_password_was_given(self, client, open_data):
        make_private(open_data)
        session = client.session
        session[PageViewRestriction.passed_view_restrictions_session_key] = list(
            PageViewRestriction.objects.values_list("pk", flat=True)
        )
        session.save()
        assert client.get(open_data.url).status_code == 200
        assert_hidden(client, open_data)

    def test_workspace_pages_are_hidden(self, client, workspace_pages):
        for page in workspace_pages:
            assert_hidden(client, page)
        assert ids(client, type="workspace.MeetingPage") == set()

    def test_even_from_members(self, client, workspace_pages):
        client.force_login(member())
        assert client.get(workspace_pages[0].url).status_code == 200
        for page in workspace_pages:
            assert_hidden(client, page)

    def test_workspace_pages_are_no_starting_point(self, client, workspace_pages):
        workspace = workspace_pages[0]
        assert error(client, child_of=workspace.pk) == "parent page doesn't exist"
        assert error(client, descendant_of=workspace.pk) == "ancestor page doesn't exist"

    def test_relations_to_private_pages_are_left_out(self, client, open_data):
        make_private(open_data.city)
        data = client.get(f"{PAGES}{open_data.pk}/").json()
        assert data["city"] is None


class TestFiles:
    def test_working_group_files_are_hidden_from_everyone(self, client, home):
        """Even from the group's members and administrators, who may open them elsewhere."""
        group_member = member()
        group = WorkingGroupPageFactory(parent=WorkspacePageFactory(), members=[group_member])
        private = private_document(group)
        private_image = wagtail_factories.ImageFactory(collection=group.collection)
        public, public_image = make_document(), make_image()
        for user in (None, group_member, user_in(EDITORS, "editor"), administrator()):
            if user:
                client.force_login(user)
            assert ids(client, DOCUMENTS) == {public.pk}
            assert ids(client, IMAGES) == {public_image.pk}
            assert client.get(f"{DOCUMENTS}{private.pk}/").status_code == 404
            assert client.get(f"{IMAGES}{private_image.pk}/").status_code == 404
            assert client.get(f"{DOCUMENTS}{public.pk}/").status_code == 200

    def test_images_in_restricted_collections_are_hidden(self, client, home):
        group = WorkingGroupPageFactory(parent=WorkspacePageFactory())
        subcollection = group.collection.add_child(name="Photos of the meeting")
        hidden = [
            wagtail_factories.ImageFactory(collection=collection)
            for collection in (group.collection, subcollection)
        ]
        shown = make_image()
        assert ids(client, IMAGES) == {shown.pk}
        for image in hidden:
            assert client.get(f"{IMAGES}{image.pk}/").status_code == 404
