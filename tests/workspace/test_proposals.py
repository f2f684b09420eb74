"""Topic proposals: who may see and use them, proposing with bad input or twice, CSRF, and
moderators' decisions (votes and ranking: test_votes.py)."""

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError
from django.test import Client

from tests.events.factories import EventPageFactory
from tests.workspace.factories import (
    PASSWORD,
    TopicProposalFactory,
    UserFactory,
    administrator,
    english,
    member,
    moderator,
)
from tests.workspace.proposals import LIST_URL, NEW_URL, decide_url, messages_of, vote_url
from workspace.models import ProposalStatus, TopicProposal, Vote

pytestmark = pytest.mark.django_db


class TestAccess:
    @pytest.mark.parametrize("url", [LIST_URL, NEW_URL, f"{LIST_URL}?status=accepted"])
    def test_anonymous_visitors_are_sent_to_sign_in(self, client, url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=/en/workspace/")

    def test_anonymous_votes_are_not_counted(self, client):
        proposal = TopicProposalFactory()
        response = client.post(vote_url(proposal))
        assert response.status_code == 302
        # Back to the list after signing in: the vote URL takes POST only.
        assert response["Location"] == "/en/accounts/login/?next=/en/workspace/proposals/"
        assert not Vote.objects.exists()

    def test_visitors_come_back_after_signing_in(self, client):
        person = member()
        response = client.post(
            "/en/accounts/login/",
            {"username": person.username, "password": PASSWORD, "next": NEW_URL},
        )
        assert response["Location"] == NEW_URL
        assert client.get(NEW_URL).status_code == 200

    def test_signed_in_outsiders_get_no_access(self, client, an_outsider):
        proposal = TopicProposalFactory()
        client.force_login(an_outsider)
        assert client.get(LIST_URL).status_code == 403
        assert client.get(NEW_URL).status_code == 403
        assert client.post(vote_url(proposal)).status_code == 403
        assert client.post(NEW_URL, {"title": "Sneaky"}).status_code == 403
        assert not Vote.objects.exists()
        assert not TopicProposal.objects.filter(title="Sneaky").exists()

    @pytest.mark.parametrize("groups", [["Members"], ["Moderators"], ["Administrators"]])
    def test_workspace_groups_get_in(self, client, groups):
        client.force_login(UserFactory(groups=groups))
        assert client.get(LIST_URL).status_code == 200
        assert client.get(NEW_URL).status_code == 200

    def test_pages_are_never_cached(self, member_client):
        assert "private" in member_client.get(LIST_URL)["Cache-Control"]


class TestProposing:
    def test_a_proposal_is_saved_in_the_members_language(self, client, a_member):
        client.force_login(a_member)
        response = client.post(
            "/de/workspace/proposals/new/",
            {"title": "  Smart   street lighting ", "description": "Saving energy."},
            follow=True,
        )
        proposal = TopicProposal.objects.get()
        assert (proposal.title, proposal.description) == ("Smart street lighting", "Saving energy.")
        assert proposal.proposed_by == a_member
        assert proposal.locale.language_code == "de"
        assert proposal.status == ProposalStatus.OPEN
        assert response.redirect_chain[-1][0] == f"/de/workspace/proposals/#proposal-{proposal.pk}"

    def test_the_proposer_is_thanked(self, member_client):
        response = member_client.post(NEW_URL, {"title": "Open data"}, follow=True)
        assert messages_of(response) == ["Thank you: “Open data” is open for votes."]

    @pytest.mark.parametrize(
        ("data", "field", "error"),
        [
            ({"title": "", "description": "Kept text"}, "title", "This field is required."),
            (
                {"title": "x" * 161, "description": "Kept text"},
                "title",
                "Ensure this value has at most 160 characters (it has 161).",
            ),
            (
                {"title": "Kept text", "description": "x" * 2001},
                "description",
                "Ensure this value has at most 2000 characters (it has 2001).",
            ),
        ],
    )
    def test_bad_input_is_refused_and_nothing_is_lost(self, member_client, data, field, error):
        response = member_client.post(NEW_URL, data)
        assert response.status_code == 200
        assert response.context["form"].errors[field] == [error]
        html = response.content.decode()
        assert "Please correct the following" in html
        assert "Kept text" in html
        assert not TopicProposal.objects.exists()

    def test_an_open_title_cannot_be_proposed_again(self, member_client):
        TopicProposalFactory(title="Open data portals")
        response = member_client.post(
            NEW_URL, {"title": "open DATA portals", "description": "My reasons"}
        )
        assert response.status_code == 200
        assert response.context["form"].errors["title"] == [
            "A proposal with this title is already open for votes. Vote for it, or choose "
            "another title."
        ]
        assert "My reasons" in response.content.decode()
        assert TopicProposal.objects.count() == 1

    def test_a_declined_title_can_be_proposed_again(self, member_client):
        TopicProposalFactory(title="Open data portals", status=ProposalStatus.DECLINED)
        member_client.post(NEW_URL, {"title": "Open data portals"})
        assert TopicProposal.objects.open().filter(title="Open data portals").exists()

    def test_sending_the_form_twice_creates_one_proposal(self, member_client):
        data = {"title": "Digital twins", "description": "For planning."}
        first = member_client.post(NEW_URL, data)
        second = member_client.post(NEW_URL, data)
        proposal = TopicProposal.objects.get()
        assert first["Location"] == second["Location"] == f"{LIST_URL}#proposal-{proposal.pk}"
        assert messages_of(member_client.get(LIST_URL)) == [
            "Thank you: “Digital twins” is open for votes.",
            "You proposed “Digital twins” already.",
        ]

    def test_the_database_keeps_open_titles_unique(self, a_member):
        TopicProposalFactory(title="Digital twins")
        with pytest.raises(IntegrityError):
            TopicProposal.objects.propose(a_member, "DIGITAL TWINS", "", english())


class TestCsrf:
    @pytest.fixture
    def strict_client(self, a_member):
        client = Client(enforce_csrf_checks=True)
        client.force_login(a_member)
        return client

    def test_posts_without_a_token_are_refused(self, strict_client):
        proposal = TopicProposalFactory()
        assert strict_client.post(NEW_URL, {"title": "Forged"}).status_code == 403
        assert strict_client.post(vote_url(proposal)).status_code == 403
        assert strict_client.post(decide_url(proposal), {"status": "declined"}).status_code == 403
        assert not TopicProposal.objects.filter(title="Forged").exists()
        assert not Vote.objects.exists()

    def test_the_forms_carry_a_token(self, strict_client):
        TopicProposalFactory()
        for url in (LIST_URL, NEW_URL):
            assert 'name="csrfmiddlewaretoken"' in strict_client.get(url).content.decode()


class TestModeration:
    @pytest.fixture
    def event(self):
        return EventPageFactory(title="Network meeting in Lima")

    @pytest.mark.parametrize("make_user", [moderator, administrator])
    def test_moderators_accept_and_link_an_event(self, client, event, make_user):
        proposal = TopicProposalFactory()
        client.force_login(make_user())
        assert "Accept or decline" in client.get(LIST_URL).content.decode()
        assert client.get(decide_url(proposal)).status_code == 200

        response = client.post(
            decide_url(proposal),
            {"status": ProposalStatus.ACCEPTED, "accepted_for_event": event.pk},
            follow=True,
        )
        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.ACCEPTED
        assert proposal.accepted_for_event == event
        assert messages_of(response) == [f"“{proposal.title}” is now: Accepted."]
        assert response.redirect_chain[-1][0] == (
            f"{LIST_URL}?status=accepted#proposal-{proposal.pk}"
        )
        assert f'href="{event.url}"' in response.content.decode()

    def test_members_cannot_decide(self, member_client, event):
        proposal = TopicProposalFactory()
        assert "Accept or decline" not in member_client.get(LIST_URL).content.decode()
        assert member_client.get(decide_url(proposal)).status_code == 403
        response = member_client.post(
            decide_url(proposal),
            {"status": ProposalStatus.ACCEPTED, "accepted_for_event": event.pk},
        )
        assert response.status_code == 403
        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.OPEN
        assert proposal.accepted_for_event is None

    def test_only_accepted_proposals_link_an_event(self, client, a_moderator, event):
        proposal = TopicProposalFactory()
        client.force_login(a_moderator)
        response = client.post(
            decide_url(proposal),
            {"status": ProposalStatus.DECLINED, "accepted_for_event": event.pk},
        )
        assert response.status_code == 200
        assert response.context["form"].errors["accepted_for_event"] == [
            "Only an accepted proposal can be linked to an event."
        ]
        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.OPEN

    def test_reopening_a_title_that_is_open_again_is_refused(self, client, a_moderator):
        declined = TopicProposalFactory(title="Open data", status=ProposalStatus.DECLINED)
        TopicProposalFactory(title="Open data")
        client.force_login(a_moderator)
        response = client.post(decide_url(declined), {"status": ProposalStatus.OPEN})
        assert response.status_code == 200
        assert "already open for votes" in response.content.decode()
        declined.refresh_from_db()
        assert declined.status == ProposalStatus.DECLINED

    def test_a_deleted_proposer_leaves_the_proposal(self, member_client):
        proposal = TopicProposalFactory()
        get_user_model().objects.filter(pk=proposal.proposed_by_id).delete()
        html = member_client.get(LIST_URL).content.decode()
        assert proposal.title in html
        assert "Proposed by a former member" in html
