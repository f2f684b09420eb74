"""Whatever arrives in the URL, the search page answers with a normal page."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.casestudies.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

FIXED_QUERIES = [
    "",
    "   ",
    "x" * 10_000,
    "\x00\x01\x1f control",
    'AND OR NOT "unbalanced',
    "'; DROP TABLE wagtailcore_page; --",
    "* ? ~ ( ) [ ] { } : ^ / \\ & | ! <->",
    "🏙️ smart city 🚲",
    "مدينة ذكية",
    "\u202eevil\u202c",
    "%00%27",
]
PARAMETERS = ["q", "page", "type", "topic", "sdg", "country", "city", "maturity", "when"]


@pytest.fixture
def some_content(home):
    CaseStudyPageFactory(title="Open data portal")


@pytest.mark.parametrize("query", FIXED_QUERIES)
def test_fixed_hostile_queries(client, some_content, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert client.get("/en/search/suggest/", {"q": query}).status_code == 200


@pytest.mark.parametrize("page", ["abc", "-1", "0", "999999999999999999999", "1e9", "", "½"])
def test_bad_page_numbers(client, some_content, page):
    response = client.get("/en/search/", {"q": "open", "page": page})
    assert response.status_code == 200
    assert "Open data portal" in response.content.decode()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    values=st.dictionaries(
        st.sampled_from([*PARAMETERS, "year_from", "year_to", "lang", "sort", "view"]),
        st.text(max_size=300),
        max_size=6,
    )
)
def test_any_parameters_give_a_normal_page(client, some_content, values):
    # NUL cannot travel in a real URL's parameters through every server; the test client can.
    response = client.get("/en/search/", values)
    assert response.status_code == 200


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(max_size=2_000))
def test_any_query_text(client, some_content, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200
    assert client.get("/en/search/suggest/", {"q": query}).status_code == 200
