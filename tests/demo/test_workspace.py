"""The demo workspace (part of `load_demo`): a private English workspace, built once."""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Page

from demo.workspace import DemoWorkspaceLoader
from workspace.models import MeetingPage, TopicProposal, Vote, WorkingGroupPage, WorkspacePage

pytestmark = pytest.mark.django_db


def load():
    DemoWorkspaceLoader().load()


def counts():
    return {
        "pages": Page.objects.count(),
        "documents": get_document_model().objects.count(),
        "proposals": TopicProposal.objects.count(),
        "votes": Vote.objects.count(),
    }


def test_runs_twice_and_creates_everything_once(home):
    load()
    first = counts()
    load()
    assert counts() == first

    workspace = WorkspacePage.objects.get()
    assert workspace.url == "/en/workspace/"
    assert workspace.live
    assert workspace.view_restrictions.count() == 1
    assert WorkingGroupPage.objects.live().count() == 2
    assert MeetingPage.objects.live().count() == 2
    assert first["documents"] == 3
    assert first["proposals"] == 3
    assert first["votes"] == 3
    for group in WorkingGroupPage.objects.all():
        assert group.collection.get_view_restrictions().count() == 2
        assert group.member_group.user_set.exists()


def test_leaves_the_other_languages_alone(home, settings):
    # As `make run` loads it: locale sync makes drafts of the knowledge base in every language.
    settings.ISCN_SYNC_LANGUAGE_TREES = True
    load()
    workspace_pages = Page.objects.type(WorkspacePage, WorkingGroupPage, MeetingPage)
    assert workspace_pages.count() == 5
    assert set(workspace_pages.values_list("locale__language_code", flat=True)) == {"en"}
