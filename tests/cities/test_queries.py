"""City pages render with a fixed number of SQL queries, however much content exists."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityIndexPageFactory, CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicPageFactory

SMALL, LARGE = 2, 25
CITY_INDEX_QUERIES = 19
CITY_PAGE_QUERIES = 27


def image():
    return wagtail_factories.ImageFactory(collection=Collection.get_first_root_node())


def count_queries(client, url):
    # The first view creates image renditions and fills caches; count the second.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_cities(count):
    countries = ["PT", "IN", "BR", "DE"]
    for number in range(count):
        CityPageFactory(
            country=countries[number % len(countries)], region=f"Region {number}", image=image()
        )


def add_related(city, count):
    for _number in range(count):
        CaseStudyPageFactory(city=city, topics=[TopicPageFactory()], image=image())
        EventPageFactory(host_city=city, topics=[TopicPageFactory()], image=image())
        EventPageFactory(host_city=CityPageFactory(), participating_cities=[city], image=image())


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "?country=PT", "?page=2"])
def test_city_index_page(client, home, django_assert_max_num_queries, query):
    url = CityIndexPageFactory().url + query
    add_cities(SMALL)
    small = count_queries(client, url)
    with django_assert_max_num_queries(CITY_INDEX_QUERIES):
        client.get(url)
    add_cities(LARGE - SMALL)
    large = count_queries(client, url)
    with django_assert_max_num_queries(CITY_INDEX_QUERIES):
        client.get(url)
    assert small == large


@pytest.mark.django_db
def test_city_page(client, home, django_assert_max_num_queries):
    city = CityPageFactory(image=image())
    add_related(city, SMALL)
    small = count_queries(client, city.url)
    with django_assert_max_num_queries(CITY_PAGE_QUERIES):
        client.get(city.url)
    add_related(city, LARGE - SMALL)
    large = count_queries(client, city.url)
    with django_assert_max_num_queries(CITY_PAGE_QUERIES):
        client.get(city.url)
    assert small == large
