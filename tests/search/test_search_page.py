import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory

HOSTILE_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "\x00\x01\x1f control",
    'AND OR NOT "unbalanced',
    "'; DROP TABLE wagtailcore_page; --",
    "* ? ~ ( ) [ ] { } : ^ / \\",
    "🏙️ smart city 🚲",
    "مدينة ذكية",
]


@pytest.mark.django_db
class TestSearchPage:
    def test_finds_a_case_study_by_title(self, client, home):
        CaseStudyPageFactory(title="Participatory budgeting platform")
        CaseStudyPageFactory(title="Smart street lighting")
        response = client.get("/en/search/", {"q": "budgeting"})
        html = response.content.decode()
        assert response.status_code == 200
        assert "Participatory budgeting platform" in html
        assert "Smart street lighting" not in html
        assert "Case study" in html

    def test_drafts_are_never_found(self, client, home):
        draft = CaseStudyPageFactory(title="Unreleased budgeting pilot")
        draft.unpublish()
        html = client.get("/en/search/", {"q": "budgeting"}).content.decode()
        assert "Unreleased budgeting pilot" not in html
        assert "Nothing matched your search" in html

    def test_empty_query_shows_the_form_only(self, client, home):
        response = client.get("/en/search/")
        assert response.status_code == 200
        assert (
            "result"
            not in response.content.decode().split("<main", 1)[1].lower().split("</form>", 1)[1]
        )

    @pytest.mark.parametrize("query", HOSTILE_QUERIES)
    def test_any_input_gives_a_normal_page(self, client, home, query):
        CaseStudyPageFactory(title="Open data portal")
        response = client.get("/en/search/", {"q": query})
        assert response.status_code == 200

    @pytest.mark.parametrize("page", ["abc", "-1", "0", "999999", "1e9", ""])
    def test_bad_page_numbers_give_a_normal_page(self, client, home, page):
        CaseStudyPageFactory(title="Open data portal")
        response = client.get("/en/search/", {"q": "open", "page": page})
        assert response.status_code == 200
        assert "Open data portal" in response.content.decode()

    def test_query_count_does_not_grow_with_results(self, client, home):
        def measure():
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/en/search/", {"q": "mobility"}).status_code == 200
            return len(queries)

        city = CityPageFactory()
        CaseStudyPageFactory(title="Mobility hub", city=city)
        small = measure()
        for number in range(20):
            CaseStudyPageFactory(title=f"Mobility project {number}", city=city)
        assert measure() == small
