import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.home.factories import ContentPageFactory
from tests.topics.factories import TopicPageFactory

HOME_PAGE_BUDGET = 18
CONTENT_PAGE_BUDGET = 12


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_content(amount):
    topics = [TopicPageFactory() for _ in range(2)]
    city = CityPageFactory()
    for _ in range(amount):
        CaseStudyPageFactory(city=city, topics=topics)
        EventPageFactory(host_city=city, topics=topics)
        ContentPageFactory(show_in_menus=True)


@pytest.mark.django_db
def test_home_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    add_content(2)
    small = count_queries(client, "/en/")
    add_content(10)
    assert count_queries(client, "/en/") == small
    with django_assert_max_num_queries(HOME_PAGE_BUDGET):
        client.get("/en/")


@pytest.mark.django_db
def test_content_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    page = ContentPageFactory(title="About")
    add_content(1)
    small = count_queries(client, page.url)
    add_content(8)
    assert count_queries(client, page.url) == small
    with django_assert_max_num_queries(CONTENT_PAGE_BUDGET):
        client.get(page.url)
