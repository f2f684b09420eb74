import pytest
import wagtail_factories

from tests.helpers import make_document
from tests.roles import EDITORS
from tests.workspace.factories import (
    UserFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
    administrator,
    member,
    moderator,
)
from tests.workspace.group_media import OUTSIDERS, group_member, outsider


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk, so that the document view streams them as it does on a real server."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "core.private_media.FileSystemMediaStorage"},
    }


@pytest.fixture
def workspace(home):
    return WorkspacePageFactory()


@pytest.fixture
def a_member(db):
    return member()


@pytest.fixture
def a_moderator(db):
    return moderator()


@pytest.fixture
def an_administrator(db):
    return administrator()


@pytest.fixture
def an_outsider(db):
    """Signed up, but in none of the workspace groups."""
    return UserFactory()


@pytest.fixture
def member_client(client, a_member):
    client.force_login(a_member)
    return client


# A working group with a private image and document, the group's people and outsiders.


@pytest.fixture
def insider(db):
    """A member of the working group who is also an editor, so may use the admin."""
    return group_member("insider", EDITORS)


@pytest.fixture
def working_group(workspace, insider):
    return WorkingGroupPageFactory(parent=workspace, title="Smart mobility", members=[insider])


@pytest.fixture
def private_document(media_on_disk, working_group):
    return make_document("Minutes of the closed session", collection=working_group.collection)


@pytest.fixture
def private_image(working_group):
    return wagtail_factories.ImageFactory(
        title="Whiteboard of the closed session", collection=working_group.collection
    )


@pytest.fixture(params=OUTSIDERS)
def outsider_client(request, client, working_group):
    client.force_login(outsider(request.param))
    return client


@pytest.fixture(params=["member of the group", "administrator"])
def insider_client(request, client, insider):
    client.force_login(insider if request.param == "member of the group" else administrator())
    return client
