"""Workspace pages and the proposal list render with a fixed number of SQL queries."""

import pytest
from wagtail_factories import DocumentFactory

from tests.events.factories import EventPageFactory
from tests.helpers import assert_query_count_is_fixed, make_image
from tests.workspace.factories import (
    MeetingPageFactory,
    TopicProposalFactory,
    WorkingGroupPageFactory,
    member,
    private_document,
)

pytestmark = pytest.mark.django_db

WORKSPACE_QUERIES = 12
WORKING_GROUP_QUERIES = 11
MEETING_QUERIES = 9
PROPOSAL_LIST_QUERIES = 11


def test_workspace_page(member_client, workspace, a_member, django_assert_max_num_queries):
    def add_content(count):
        for _ in range(count):
            group = WorkingGroupPageFactory(
                parent=workspace, image=make_image(), members=[a_member]
            )
            MeetingPageFactory(parent=group)
            TopicProposalFactory().add_vote(a_member)

    assert_query_count_is_fixed(
        member_client,
        workspace.url,
        django_assert_max_num_queries,
        add_content=add_content,
        budget=WORKSPACE_QUERIES,
    )


def test_working_group_page(client, workspace, django_assert_max_num_queries):
    person = member()
    group = WorkingGroupPageFactory(parent=workspace, members=[person])
    client.force_login(person)

    def add_content(count):
        group.members.add(*[member() for _ in range(count)])
        group.save_revision().publish()
        for number in range(count):
            MeetingPageFactory(parent=group)
            private_document(group, title=f"Document {number}")

    assert_query_count_is_fixed(
        client,
        group.url,
        django_assert_max_num_queries,
        add_content=add_content,
        budget=WORKING_GROUP_QUERIES,
    )


def test_meeting_page(member_client, a_member, workspace, django_assert_max_num_queries):
    group = WorkingGroupPageFactory(parent=workspace, members=[a_member])
    meeting = MeetingPageFactory(parent=group)

    def add_content(count):
        meeting.agenda = (
            list(meeting.agenda.raw_data)
            + [{"type": "item", "value": {"time": "11:00", "title": "Item", "description": ""}}]
            * count
        )
        meeting.documents = list(meeting.documents.raw_data) + [
            {"type": "document", "value": {"document": DocumentFactory().pk, "title": ""}}
            for _ in range(count)
        ]
        meeting.save_revision().publish()

    assert_query_count_is_fixed(
        member_client,
        meeting.url,
        django_assert_max_num_queries,
        add_content=add_content,
        budget=MEETING_QUERIES,
    )


@pytest.mark.parametrize("params", [{}, {"status": "accepted", "page": "2"}])
def test_proposal_list(client, a_moderator, django_assert_max_num_queries, params):
    event = EventPageFactory()
    voters = [member() for _ in range(3)]
    client.force_login(a_moderator)
    url = "/en/workspace/proposals/?" + "&".join(f"{k}={v}" for k, v in params.items())

    def add_content(count):
        for _ in range(count):
            for status in ("open", "accepted"):
                proposal = TopicProposalFactory(
                    status=status, accepted_for_event=event if status == "accepted" else None
                )
                for voter in voters:
                    proposal.add_vote(voter)
            proposal.add_vote(a_moderator)

    assert_query_count_is_fixed(
        client,
        url,
        django_assert_max_num_queries,
        add_content=add_content,
        budget=PROPOSAL_LIST_QUERIES,
        sizes=(2, 60),
    )
