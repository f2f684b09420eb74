"""Topic pages render with a fixed number of SQL queries, however much content exists."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicIndexPageFactory, TopicPageFactory
from topics.models import Cluster

SMALL, LARGE = 2, 25
TOPIC_INDEX_QUERIES = 17
TOPIC_PAGE_QUERIES = 30


def image():
    return wagtail_factories.ImageFactory(collection=Collection.get_first_root_node())


def count_queries(client, url):
    # The first view creates image renditions and fills caches; count the second.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_topics(count):
    clusters = Cluster.values
    for number in range(count):
        TopicPageFactory(cluster=clusters[number % len(clusters)], image=image())


def add_related(topic, count):
    for _number in range(count):
        city = CityPageFactory(image=image())
        CaseStudyPageFactory(city=city, topics=[topic, TopicPageFactory()], image=image())
        EventPageFactory(
            host_city=city,
            participating_cities=[CityPageFactory()],
            topics=[topic],
            image=image(),
        )


@pytest.mark.django_db
def test_topic_index_page(client, home, django_assert_max_num_queries):
    url = TopicIndexPageFactory().url
    add_topics(SMALL)
    small = count_queries(client, url)
    with django_assert_max_num_queries(TOPIC_INDEX_QUERIES):
        client.get(url)
    add_topics(LARGE - SMALL)
    large = count_queries(client, url)
    with django_assert_max_num_queries(TOPIC_INDEX_QUERIES):
        client.get(url)
    assert small == large


@pytest.mark.django_db
def test_topic_page(client, home, django_assert_max_num_queries):
    topic = TopicPageFactory(image=image())
    add_related(topic, SMALL)
    small = count_queries(client, topic.url)
    with django_assert_max_num_queries(TOPIC_PAGE_QUERIES):
        client.get(topic.url)
    add_related(topic, LARGE - SMALL)
    large = count_queries(client, topic.url)
    with django_assert_max_num_queries(TOPIC_PAGE_QUERIES):
        client.get(topic.url)
    assert small == large
