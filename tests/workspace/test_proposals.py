"""Topic proposals: who may see and use them, one vote per member, ranking, proposing with bad
input or twice, CSRF, and moderators' decisions."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection
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
from workspace.models import ProposalStatus, TopicProposal, Vote

LIST_URL = "/en/workspace/proposals/"
NEW_URL = "/en/workspace/proposals/new/"

pytestmark = pytest.mark.django_db


def vote_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/vote/"


def withdraw_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/withdraw/"


def decide_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/decide/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


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


class TestVoting:
    def test_a_vote_counts_once(self, member_client, a_member):
        proposal = TopicProposalFactory()
        response = member_client.post(vote_url(proposal), follow=True)
        assert response.redirect_chain[-1][0] == f"{LIST_URL}#proposal-{proposal.pk}"
        assert messages_of(response) == [f"Your vote for “{proposal.title}” counts."]

        response = member_client.post(vote_url(proposal), follow=True)
        assert messages_of(response) == [f"You voted for “{proposal.title}” already."]
        assert Vote.objects.filter(proposal=proposal, user=a_member).count() == 1

    def test_the_database_refuses_a_second_vote(self, a_member):
        # Two requests at once both pass any check made before inserting: the constraint decides.
        proposal = TopicProposalFactory()
        assert proposal.add_vote(a_member) is True
        assert proposal.add_vote(a_member) is False
        assert Vote.objects.filter(proposal=proposal, user=a_member).count() == 1

    def test_withdrawing(self, member_client, a_member):
        proposal = TopicProposalFactory()
        proposal.add_vote(a_member)
        response = member_client.post(withdraw_url(proposal), follow=True)
        assert messages_of(response) == [f"Your vote for “{proposal.title}” is withdrawn."]
        assert not Vote.objects.exists()

        response = member_client.post(withdraw_url(proposal), follow=True)
        assert messages_of(response) == [f"You had not voted for “{proposal.title}”."]

    def test_votes_and_withdrawals_take_post_only(self, member_client):
        proposal = TopicProposalFactory()
        assert member_client.get(vote_url(proposal)).status_code == 405
        assert member_client.get(withdraw_url(proposal)).status_code == 405
        assert not Vote.objects.exists()

    def test_decided_proposals_take_no_votes(self, member_client):
        proposal = TopicProposalFactory(status=ProposalStatus.ACCEPTED)
        response = member_client.post(vote_url(proposal), follow=True)
        assert messages_of(response) == [f"Voting on “{proposal.title}” has closed."]
        assert not Vote.objects.exists()

    def test_unknown_proposals_are_not_found(self, member_client):
        assert member_client.post("/en/workspace/proposals/999999/vote/").status_code == 404

    def test_goes_back_to_the_page_it_came_from_but_never_elsewhere(self, member_client):
        proposal = TopicProposalFactory()
        response = member_client.post(vote_url(proposal), {"next": f"{LIST_URL}?page=2"})
        assert response["Location"] == f"{LIST_URL}?page=2#proposal-{proposal.pk}"
        response = member_client.post(withdraw_url(proposal), {"next": "https://evil.example/"})
        assert response["Location"] == f"{LIST_URL}#proposal-{proposal.pk}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_votes_count_once():
    """Two requests of the same member at the same moment, each in its own connection."""
    person = member()
    proposal = TopicProposalFactory()
    # A thread that fails before the barrier breaks it for the other instead of hanging it.
    start = threading.Barrier(2, timeout=30)
    statuses, errors = [], []

    def signed_in_client():
        client = Client()
        client.force_login(person)
        return client

    # Signed in one after the other: the race under test is the vote, not the session.
    clients = [signed_in_client() for _ in range(2)]

    def vote(client):
        try:
            start.wait()
            statuses.append(client.post(vote_url(proposal)).status_code)
        except Exception as error:  # reported below, with the test's own assertion
            start.abort()
            errors.append(repr(error))
        finally:
            # Each thread has its own connection; left open, it would keep the test database busy.
            connection.close()

    threads = [threading.Thread(target=vote, args=[client]) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not errors
    assert statuses == [302, 302]
    assert Vote.objects.filter(proposal=proposal, user=person).count() == 1


class TestRanking:
    def test_most_votes_first_then_oldest(self, member_client):
        voters = [member() for _ in range(3)]
        one = TopicProposalFactory(title="One vote")
        three = TopicProposalFactory(title="Three votes")
        none = TopicProposalFactory(title="No votes")
        also_one = TopicProposalFactory(title="Also one vote")
        for person in voters:
            three.add_vote(person)
        one.add_vote(voters[0])
        also_one.add_vote(voters[1])

        response = member_client.get(LIST_URL)
        assert list(response.context["items"]) == [three, one, also_one, none]
        assert [proposal.vote_count for proposal in response.context["items"]] == [3, 1, 1, 0]
        html = response.content.decode()
        assert "3 votes" in html
        assert "1 vote<" in html

    def test_says_which_proposals_the_member_voted_for(self, member_client, a_member):
        chosen, other = TopicProposalFactory(), TopicProposalFactory()
        chosen.add_vote(a_member)
        other.add_vote(member())
        items = {p: p.has_voted for p in member_client.get(LIST_URL).context["items"]}
        assert items == {chosen: True, other: False}
        html = member_client.get(LIST_URL).content.decode()
        assert html.count("Withdraw my vote") == 1
        assert html.count("Vote for this topic") == 1

    def test_lists_one_status_at_a_time(self, member_client):
        open_proposal = TopicProposalFactory()
        accepted = TopicProposalFactory(status=ProposalStatus.ACCEPTED)
        assert list(member_client.get(LIST_URL).context["items"]) == [open_proposal]
        response = member_client.get(LIST_URL, {"status": "accepted"})
        assert list(response.context["items"]) == [accepted]

    @pytest.mark.parametrize(
        "params",
        [
            {"status": "nonsense"},
            {"status": "x" * 5000},
            {"page": "abc"},
            {"page": "-1"},
            {"page": "999999"},
            {"unknown": "1"},
        ],
    )
    def test_bad_parameters_give_the_open_list(self, member_client, params):
        proposal = TopicProposalFactory()
        response = member_client.get(LIST_URL, params)
        assert response.status_code == 200
        assert list(response.context["items"]) == [proposal]


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
