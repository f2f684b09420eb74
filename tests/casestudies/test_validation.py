"""Every validation rule of a case study, as an editor meets it in the admin's add form."""

import pytest
from django.urls import reverse

from casestudies.choices import Licence
from casestudies.models import CaseStudyPage
from tests.casestudies.factories import CaseStudyIndexPageFactory, case_study_form_data
from tests.cities.factories import CityPageFactory
from tests.topics.factories import TopicPageFactory


@pytest.fixture
def add_case_study(admin_client, home):
    """POST the add form under the case-study index; returns the response."""
    index = CaseStudyIndexPageFactory()
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", index.pk])
    topic = TopicPageFactory()

    def post(topics=(topic,), **fields):
        data = case_study_form_data(topics=topics, **fields)
        data["action-publish"] = "action-publish"
        return admin_client.post(url, data)

    return post


def assert_rejected(response, field, message):
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert message in response.content.decode()
    assert not CaseStudyPage.objects.exists()


@pytest.mark.django_db
class TestAdminValidation:
    def test_valid_data_creates_the_case_study(self, add_case_study):
        response = add_case_study()
        assert response.status_code == 302
        assert CaseStudyPage.objects.get().title == "Open data portal"

    def test_end_year_before_start_year(self, add_case_study):
        response = add_case_study(start_year="2022", end_year="2019")
        assert_rejected(response, "end_year", "The end year cannot be before the start year.")

    def test_end_year_may_equal_start_year_or_be_left_open(self, add_case_study):
        assert add_case_study(start_year="2022", end_year="2022").status_code == 302
        response = add_case_study(slug="ongoing", start_year="2022", end_year="")
        assert response.status_code == 302
        assert CaseStudyPage.objects.get(slug="ongoing").end_year is None

    def test_licence_needs_a_repository(self, add_case_study):
        response = add_case_study(licence=Licence.MIT, repository_url="")
        assert_rejected(response, "repository_url", "Give the repository the licence applies to.")

    def test_city_must_be_in_the_chosen_country(self, add_case_study):
        recife = CityPageFactory(title="Recife", country="BR")
        response = add_case_study(country="DE", city=recife.pk)
        assert_rejected(response, "city", "This city is in Brazil, not in the country chosen.")

    def test_topics_are_required(self, add_case_study):
        response = add_case_study(topics=())
        assert_rejected(response, "topics", "This field is required.")

    def test_country_is_required(self, add_case_study):
        response = add_case_study(country="")
        assert_rejected(response, "country", "This field is required.")

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("start_year", "1989", "Ensure this value is greater than or equal to 1990."),
            ("start_year", "2101", "Ensure this value is less than or equal to 2100."),
            ("end_year", "2101", "Ensure this value is less than or equal to 2100."),
        ],
    )
    def test_years_out_of_range(self, add_case_study, field, value, message):
        response = add_case_study(**{field: value})
        assert_rejected(response, field, message)
