"""Event pages render with a fixed number of SQL queries, however much content there is."""

import pytest
from wagtail_factories import DocumentFactory, ImageFactory

from tests.cities.factories import CityPageFactory
from tests.events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    agenda,
    documents,
    speakers,
)
from tests.helpers import count_queries, days_from_now
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

INDEX_QUERIES = 8
DETAIL_QUERIES = 7


def make_events(index, count, cities, topics):
    """Events half past, half upcoming, each with an image and all the given cities and topics."""
    for number in range(count):
        EventPageFactory(
            parent=index,
            start=days_from_now(number - count // 2),
            image=ImageFactory(),
            host_city=cities[0],
            participating_cities=cities,
            topics=topics,
        )


def cities_and_topics(count):
    return [CityPageFactory() for _ in range(count)], [TopicPageFactory() for _ in range(count)]


def test_index_query_count_is_fixed(client, django_assert_max_num_queries):
    index = EventIndexPageFactory()
    cities, topics = [CityPageFactory()], [TopicPageFactory(slug="open-data")]
    queries = [{}, {"when": "past", "topic": "open-data", "page": "2"}]
    make_events(index, 2, cities, topics)
    small = [count_queries(client, index.url, params) for params in queries]

    more_cities, more_topics = cities_and_topics(8)
    make_events(index, 48, cities + more_cities, topics + more_topics)
    large = [count_queries(client, index.url, params) for params in queries]

    assert small == large == [INDEX_QUERIES] * len(queries)
    for params in queries:
        with django_assert_max_num_queries(INDEX_QUERIES):
            client.get(index.url, params)


def test_detail_query_count_is_fixed(client, django_assert_max_num_queries):
    def event(size):
        cities, topics = cities_and_topics(size)
        return EventPageFactory(
            image=ImageFactory(),
            host_city=cities[0],
            participating_cities=cities,
            topics=topics,
            agenda=agenda(*[("09:00", f"Item {n}") for n in range(size)]),
            speakers=speakers(*[f"Speaker {n}" for n in range(size)]),
            documents=documents(*[DocumentFactory() for _ in range(size)]),
            registration_url="https://example.org/register",
            recording_url="https://example.org/recording",
        )

    small = count_queries(client, event(1).url)
    large_url = event(25).url
    large = count_queries(client, large_url)

    assert small == large == DETAIL_QUERIES
    with django_assert_max_num_queries(DETAIL_QUERIES):
        client.get(large_url)
