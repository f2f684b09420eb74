"""City pages render with a fixed number of SQL queries, however much content exists."""

from functools import partial

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityIndexPageFactory, CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_query_count_is_fixed, make_image
from tests.topics.factories import TopicPageFactory

CITY_INDEX_QUERIES = 7
CITY_PAGE_QUERIES = 9


def add_cities(count):
    countries = ["PT", "IN", "BR", "DE"]
    for number in range(count):
        CityPageFactory(
            country=countries[number % len(countries)],
            region=f"Region {number}",
            image=make_image(),
        )


def add_related(city, count):
    for _number in range(count):
        CaseStudyPageFactory(city=city, topics=[TopicPageFactory()], image=make_image())
        EventPageFactory(host_city=city, topics=[TopicPageFactory()], image=make_image())
        EventPageFactory(
            host_city=CityPageFactory(), participating_cities=[city], image=make_image()
        )


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?country=PT", "?page=2"])
def test_city_index_page(client, home, django_assert_max_num_queries, query):
    assert_query_count_is_fixed(
        client,
        CityIndexPageFactory().url + query,
        django_assert_max_num_queries,
        add_content=add_cities,
        budget=CITY_INDEX_QUERIES,
    )


@pytest.mark.django_db
def test_city_page(client, home, django_assert_max_num_queries):
    city = CityPageFactory(image=make_image())
    assert_query_count_is_fixed(
        client,
        city.url,
        django_assert_max_num_queries,
        add_content=partial(add_related, city),
        budget=CITY_PAGE_QUERIES,
    )
