import pytest

from tests.workspace.factories import (
    UserFactory,
    WorkspacePageFactory,
    administrator,
    member,
    moderator,
)


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk, so that the document view streams them as it does on a real server."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
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
