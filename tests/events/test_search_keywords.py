"""An event is found by its host city and country, its cities, topics, kind and format in
every language (issue #14)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventFormat, EventKind, EventPage
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def test_search_keywords_is_a_search_field():
    names = {field.field_name for field in EventPage.get_searchable_search_fields()}
    assert "search_keywords" in names


def test_host_city_country_cities_topics_and_labels():
    event = EventPageFactory(
        kind=EventKind.STUDY_TOUR,
        event_format=EventFormat.HYBRID,
        online_url="https://example.org/stream",
        host_city=CityPageFactory(title="Lima", country="PE"),
        participating_cities=[CityPageFactory(title="Recife", country="BR")],
        topics=[TopicPageFactory(title="Smart mobility")],
    )
    lines = set(event.search_keywords().splitlines())
    assert {"Lima", "Peru", "Perú", "PE", "PER", "Recife", "Smart mobility"} <= lines
    assert {"Study tour", "Studienreise", "Viaje de estudios", "Viagem de estudos"} <= lines
    assert {"Hybrid", "Híbrido"} <= lines


def test_an_online_event_without_host_city():
    event = EventPageFactory(
        event_format=EventFormat.ONLINE, online_url="https://example.org/stream", venue=""
    )
    assert "Online" in event.search_keywords().splitlines()


def test_indexed_objects_bring_their_keywords_in_a_fixed_number_of_queries(
    django_assert_max_num_queries,
):
    def keywords_queries():
        with CaptureQueriesContext(connection) as queries:
            for event in EventPage.get_indexed_objects():
                event.search_keywords()
        return len(queries)

    EventPageFactory(host_city=CityPageFactory(), topics=[TopicPageFactory()])
    one = keywords_queries()
    for _number in range(4):
        EventPageFactory(
            host_city=CityPageFactory(),
            participating_cities=[CityPageFactory(), CityPageFactory()],
            topics=[TopicPageFactory()],
        )
    with django_assert_max_num_queries(one):
        keywords_queries()
