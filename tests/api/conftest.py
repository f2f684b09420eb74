"""Fixtures of the read-only API's tests: a small knowledge graph in English."""

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicPageFactory


@pytest.fixture
def berlin(home):
    return CityPageFactory(title="Berlin", slug="berlin", country="DE")


@pytest.fixture
def lima(home):
    return CityPageFactory(title="Lima", slug="lima", country="PE", region="Lima")


@pytest.fixture
def data_governance(home):
    return TopicPageFactory(title="Data governance", slug="data-governance")


@pytest.fixture
def mobility(home):
    return TopicPageFactory(title="Smart mobility", slug="smart-mobility")


@pytest.fixture
def open_data(berlin, data_governance):
    return CaseStudyPageFactory(title="Open data portal", city=berlin, topics=[data_governance])


@pytest.fixture
def bike_lanes(lima, mobility):
    return CaseStudyPageFactory(title="Bike lanes", city=lima, topics=[mobility])


@pytest.fixture
def meeting(berlin, lima, data_governance):
    """Hosted by Berlin, Lima takes part: about data governance."""
    return EventPageFactory(
        title="Network meeting",
        host_city=berlin,
        participating_cities=[lima],
        topics=[data_governance],
    )
