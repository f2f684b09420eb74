"""A topic is found by its Smart City Charter cluster in every language (issue #14)."""

import pytest

from tests.topics.factories import TopicPageFactory
from topics.models import Cluster, TopicPage

pytestmark = pytest.mark.django_db


def test_search_keywords_is_a_search_field():
    names = {field.field_name for field in TopicPage.get_searchable_search_fields()}
    assert "search_keywords" in names


def test_cluster_in_every_language():
    topic = TopicPageFactory(cluster=Cluster.PARTICIPATION)
    assert topic.search_keywords().splitlines() == [
        "Transparency, participation and co-creation",
        "Transparenz, Teilhabe und Mitgestaltung",
        "Transparencia, participación y cocreación",
        "Transparência, participação e cocriação",
    ]
