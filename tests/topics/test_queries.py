"""Topic pages render with a fixed number of SQL queries, however much content exists."""

from functools import partial

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_query_count_is_fixed, make_image
from tests.topics.factories import TopicIndexPageFactory, TopicPageFactory
from topics.models import Cluster

TOPIC_INDEX_QUERIES = 5
TOPIC_PAGE_QUERIES = 7


def add_topics(count):
    clusters = Cluster.values
    for number in range(count):
        TopicPageFactory(cluster=clusters[number % len(clusters)], image=make_image())


def add_related(topic, count):
    for _number in range(count):
        city = CityPageFactory(image=make_image())
        CaseStudyPageFactory(city=city, topics=[topic, TopicPageFactory()], image=make_image())
        EventPageFactory(
            host_city=city,
            participating_cities=[CityPageFactory()],
            topics=[topic],
            image=make_image(),
        )


@pytest.mark.django_db
def test_topic_index_page(client, home, django_assert_max_num_queries):
    assert_query_count_is_fixed(
        client,
        TopicIndexPageFactory().url,
        django_assert_max_num_queries,
        add_content=add_topics,
        budget=TOPIC_INDEX_QUERIES,
    )


@pytest.mark.django_db
def test_topic_page(client, home, django_assert_max_num_queries):
    topic = TopicPageFactory(image=make_image())
    assert_query_count_is_fixed(
        client,
        topic.url,
        django_assert_max_num_queries,
        add_content=partial(add_related, topic),
        budget=TOPIC_PAGE_QUERIES,
    )
