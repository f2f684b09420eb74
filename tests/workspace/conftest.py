import pytest

from tests.workspace.factories import (
    UserFactory,
    WorkspacePageFactory,
    administrator,
    member,
    moderator,
)


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
