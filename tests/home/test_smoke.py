import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory


@pytest.mark.django_db
def test_home_renders(client, home):
    city = CityPageFactory()
    CaseStudyPageFactory(city=city)
    EventPageFactory(host_city=city)
    response = client.get("/en/")
    assert response.status_code == 200
    assert b"Case study" in response.content
