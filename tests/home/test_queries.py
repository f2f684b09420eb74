import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_query_count_is_fixed
from tests.home.factories import ContentPageFactory
from tests.topics.factories import TopicPageFactory

HOME_PAGE_BUDGET = 6
CONTENT_PAGE_BUDGET = 3


def add_content(amount):
    topics = [TopicPageFactory() for _ in range(2)]
    city = CityPageFactory()
    for _ in range(amount):
        CaseStudyPageFactory(city=city, topics=topics)
        EventPageFactory(host_city=city, topics=topics)
        ContentPageFactory(show_in_menus=True)


@pytest.mark.django_db
def test_home_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    assert_query_count_is_fixed(
        client,
        "/en/",
        django_assert_max_num_queries,
        add_content=add_content,
        budget=HOME_PAGE_BUDGET,
        sizes=(2, 12),
    )


@pytest.mark.django_db
def test_content_page_query_count_is_fixed(client, home, django_assert_max_num_queries):
    page = ContentPageFactory(title="About")
    assert_query_count_is_fixed(
        client,
        page.url,
        django_assert_max_num_queries,
        add_content=add_content,
        budget=CONTENT_PAGE_BUDGET,
        sizes=(1, 9),
    )
