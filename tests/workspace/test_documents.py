"""A working group's documents: only its members and administrators can open them.

Wagtail's document view (/documents/<id>/<file>) checks the collection's view restrictions.
"""

import pytest

from tests.workspace.factories import (
    WorkingGroupPageFactory,
    administrator,
    member,
    moderator,
    private_document,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_member(db):
    return member()


@pytest.fixture
def document(media_on_disk, workspace, group_member):
    group = WorkingGroupPageFactory(parent=workspace, members=[group_member])
    return private_document(group, content=b"Minutes: confidential.")


def test_anonymous_visitors_are_sent_to_sign_in(client, document):
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert document.url in response["Location"]


def test_members_of_the_group_can_download(client, document, group_member):
    client.force_login(group_member)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Minutes: confidential."


def test_administrators_can_download(client, document):
    client.force_login(administrator())
    assert client.get(document.url).status_code == 200


@pytest.mark.parametrize("make_user", [member, moderator])
def test_other_members_and_moderators_cannot(client, document, make_user):
    client.force_login(make_user())
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_document_urls_are_only_reached_through_the_checking_view(document):
    assert document.url == f"/documents/{document.pk}/minutes.txt"
