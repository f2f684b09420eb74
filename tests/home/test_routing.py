"""The home page finds the page at a path in one look-up (home/models/pages.py HomePage.route),
and routes everything else (sub-routes, unknown paths, drafts) as Wagtail does."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import translate
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # the first request of a generation fills the memo (core/generation_memo.py)
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context.captured_queries)


class TestPagesAtAnyDepth:
    def test_are_found(self, client, home):
        about = ContentPageFactory(parent=home, title="About", slug="about")
        team = ContentPageFactory(parent=about, title="Team", slug="team")
        office = ContentPageFactory(parent=team, title="Secretariat office", slug="office")
        for page in (about, team, office):
            response = client.get(page.url)
            assert response.status_code == 200
            assert response.context["page"] == page

    def test_cost_the_same_queries_however_deep(self, client, home):
        team = ContentPageFactory(parent=ContentPageFactory(parent=home, slug="about"))
        office = ContentPageFactory(parent=ContentPageFactory(parent=team, slug="team"))
        assert queries(client, office.url) == queries(client, team.url)

    def test_in_each_language_tree(self, client, home):
        translate(home, "de")
        english = CaseStudyPageFactory(slug="conecta-recife")
        german = translate(english, "de", title="Conecta Recife (Deutsch)")
        assert german.slug == english.slug
        assert client.get("/de/case-studies/conecta-recife/").context["page"] == german
        assert client.get("/en/case-studies/conecta-recife/").context["page"] == english


class TestEverythingElse:
    def test_sub_routes_of_pages(self, client, home):
        case_study = CaseStudyPageFactory()
        event = EventPageFactory(parent=EventIndexPageFactory())
        assert client.get(f"{case_study.url}pdf/")["Content-Type"] == "application/pdf"
        assert client.get(f"{event.url}calendar.ics")["Content-Type"].startswith("text/calendar")
        index = CaseStudyIndexPageFactory._meta.model.objects.get()
        assert client.get(f"{index.url}feed/rss/").status_code == 200

    def test_drafts_and_unknown_paths_are_not_found(self, client, home):
        draft = ContentPageFactory(parent=home, slug="draft", live=False)
        assert client.get("/en/draft/").status_code == 404
        ContentPageFactory(parent=draft, slug="live-below-a-draft")
        assert client.get("/en/draft/live-below-a-draft/").status_code == 200
        assert client.get("/en/no-such-page/").status_code == 404
        assert client.get("/en/no-such-page/pdf/").status_code == 404
