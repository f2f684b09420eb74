"""Editors get clear messages for impossible city facts; the size class follows the population."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cities.models import CityPage, SizeClass
from tests.cities.factories import CityIndexPageFactory, CityPageFactory


def post_city(client, **facts):
    index = CityIndexPageFactory()
    data = nested_form_data(
        {
            "title": "Porto",
            "slug": "porto",
            "introduction": "",
            "country": "PT",
            "region": "Norte",
            "population": "231800",
            "member_since": "2021",
            "latitude": "41.1579",
            "longitude": "-8.6291",
            "profile": rich_text("<p>A port city.</p>"),
            "body": streamfield([]),
            "contact_name": "",
            "contact_email": "",
            "website": "",
            "action-publish": "action-publish",
        }
    )
    data.update(facts)
    url = reverse("wagtailadmin_pages:add", args=["cities", "citypage", index.pk])
    return client.post(url, data)


@pytest.mark.django_db
class TestAdminValidation:
    def test_valid_city_is_created_and_published(self, admin_client, home):
        response = post_city(admin_client)
        assert response.status_code == 302
        city = CityPage.objects.get(slug="porto")
        assert city.live
        assert city.size_class == SizeClass.MEDIUM

    @pytest.mark.parametrize(
        ("facts", "message"),
        [
            ({"latitude": "91"}, "Ensure this value is less than or equal to 90."),
            ({"latitude": "-90.5"}, "Ensure this value is greater than or equal to -90."),
            ({"longitude": "-181"}, "Ensure this value is greater than or equal to -180."),
            ({"longitude": "180.1"}, "Ensure this value is less than or equal to 180."),
            ({"longitude": ""}, "Enter both latitude and longitude, or neither."),
            ({"latitude": ""}, "Enter both latitude and longitude, or neither."),
            ({"member_since": "1800"}, "Ensure this value is greater than or equal to 2000."),
            ({"member_since": "2101"}, "Ensure this value is less than or equal to 2100."),
            ({"population": "-5"}, "Ensure this value is greater than or equal to 0."),
        ],
    )
    def test_impossible_facts_are_refused_with_a_clear_message(
        self, admin_client, home, facts, message
    ):
        response = post_city(admin_client, **facts)
        assert response.status_code == 200
        assert not CityPage.objects.filter(slug="porto").exists()
        assert message in response.content.decode()

    def test_a_city_without_coordinates_is_fine(self, admin_client, home):
        response = post_city(admin_client, latitude="", longitude="")
        assert response.status_code == 302
        assert not CityPage.objects.get(slug="porto").has_coordinates


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("population", "size_class"),
    [
        (0, SizeClass.SMALL),
        (99_999, SizeClass.SMALL),
        (100_000, SizeClass.MEDIUM),
        (499_999, SizeClass.MEDIUM),
        (500_000, SizeClass.LARGE),
        (999_999, SizeClass.LARGE),
        (1_000_000, SizeClass.METROPOLIS),
        (None, ""),
    ],
)
def test_size_class_is_derived_from_the_population(home, population, size_class):
    city = CityPageFactory(population=population)
    city.refresh_from_db()
    assert city.size_class == size_class


@pytest.mark.django_db
def test_size_class_follows_a_changed_population(home):
    city = CityPageFactory(population=80_000)
    city.population = 1_200_000
    city.save_revision().publish()
    city.refresh_from_db()
    assert city.size_class == SizeClass.METROPOLIS
    assert city.get_size_class_display() == "Over 1 million inhabitants"
