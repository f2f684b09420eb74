"""Addresses and helpers shared by the topic proposal and vote tests."""

LIST_URL = "/en/workspace/proposals/"
NEW_URL = "/en/workspace/proposals/new/"


def vote_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/vote/"


def withdraw_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/withdraw/"


def decide_url(proposal):
    return f"/en/workspace/proposals/{proposal.pk}/decide/"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]
