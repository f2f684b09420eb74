"""Indexing reads each batch of pages in a fixed number of queries, whatever its size.

(What it writes depends on the backend: SQLite updates existing entries one by one.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from casestudies.models import CaseStudyPage
from events.models import EventPage
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def reads_to_index(model):
    """SELECT statements to read and index every indexed page of `model` in one batch."""
    with CaptureQueriesContext(connection) as queries:
        get_search_backend().add_bulk(model, list(model.get_indexed_objects()))
    return sum(query["sql"].lstrip().upper().startswith("SELECT") for query in queries)


@pytest.mark.parametrize(
    ("model", "make"),
    [
        (
            CaseStudyPage,
            lambda: CaseStudyPageFactory(
                city=CityPageFactory(),
                topics=[TopicPageFactory(), TopicPageFactory()],
                sdg_targets=["11.3"],
            ),
        ),
        (
            EventPage,
            lambda: EventPageFactory(
                host_city=CityPageFactory(), topics=[TopicPageFactory(), TopicPageFactory()]
            ),
        ),
    ],
    ids=["case study", "event"],
)
def test_indexing_queries_do_not_grow_with_the_pages(model, make):
    make()
    make()
    few = reads_to_index(model)
    for _ in range(4):
        make()
    assert reads_to_index(model) == few
