import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_query_count_is_fixed, count_queries
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

SEARCH_BUDGET = 5


def test_search_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    topic = TopicPageFactory(title="Mobility")

    def add_content(count):
        for _number in range(count):
            city = CityPageFactory()
            CaseStudyPageFactory(
                title=f"Mobility hub {city.pk}", city=city, topics=[topic], sdg_targets=["11.2"]
            )
            EventPageFactory(title=f"Mobility day {city.pk}", topics=[topic], host_city=city)

    assert_query_count_is_fixed(
        client,
        "/en/search/?q=mobility&type=case-study&type=event&country=DE&sdg=11.2",
        django_assert_max_num_queries,
        add_content=add_content,
        budget=SEARCH_BUDGET,
    )


def test_more_facets_cost_no_more_queries(client, home):
    CaseStudyPageFactory(title="Mobility hub")
    plain = count_queries(client, "/en/search/", {"q": "mobility"})
    faceted = count_queries(
        client,
        "/en/search/",
        {"q": "mobility", "country": ["DE", "PT"], "maturity": "pilot", "lang": "all"},
    )
    # "All languages" asks each other language's index for the words; a word that matches
    # nothing there costs a check, a look-up of close words (PostgreSQL) and a check for each
    # of at most three of them. Nothing else grows.
    assert faceted <= plain + 3 * (1 + 1 + 1 + 3)


def test_suggestions_cost_two_queries(client, home, django_assert_max_num_queries):
    """The backend's autocomplete query, and the site for the links."""
    CaseStudyPageFactory(title="Mobility hub")
    client.get("/en/search/suggest/", {"q": "mob"})
    with django_assert_max_num_queries(2):
        client.get("/en/search/suggest/", {"q": "mob"})
