"""The city listing filters by country and region, paginates, and never breaks on bad input."""

import pytest

from tests.cities.factories import CityIndexPageFactory, CityPageFactory
from tests.helpers import shared_content


@pytest.fixture
def cities(home):
    CityPageFactory(title="Lisbon", country="PT", region="Lisboa")
    CityPageFactory(title="Porto", country="PT", region="Norte")
    CityPageFactory(title="Braga", country="PT", region="Norte")
    CityPageFactory(title="Pune", country="IN", region="Maharashtra")
    return CityIndexPageFactory()


def titles(response):
    return [city.title for city in response.context["items"]]


@pytest.mark.django_db
class TestFilters:
    def test_form_offers_the_countries_and_regions_present(self, client, cities):
        html = client.get(cities.url).content.decode()
        assert '<label for="id_country">Country</label>' in html
        assert '<label for="id_region">Region</label>' in html
        assert '<option value="PT">Portugal</option>' in html
        assert '<option value="IN">India</option>' in html
        assert '<option value="Norte">Norte</option>' in html
        assert "4 cities" in html

    def test_by_country(self, client, cities):
        response = client.get(cities.url, {"country": "PT"})
        assert titles(response) == ["Braga", "Lisbon", "Porto"]
        assert "3 cities" in response.content.decode()

    def test_by_region(self, client, cities):
        assert titles(client.get(cities.url, {"region": "Norte"})) == ["Braga", "Porto"]

    def test_by_country_and_region(self, client, cities):
        response = client.get(cities.url, {"country": "PT", "region": "Lisboa"})
        assert titles(response) == ["Lisbon"]
        response = client.get(cities.url, {"country": "IN", "region": "Norte"})
        assert titles(response) == []
        html = response.content.decode()
        assert "0 cities" in html
        assert "No cities match these filters." in html

    def test_selected_values_stay_selected(self, client, cities):
        html = client.get(cities.url, {"country": "PT"}).content.decode()
        assert '<option value="PT" selected>Portugal</option>' in html

    @pytest.mark.parametrize(
        "params",
        [
            {"country": "XX"},
            {"region": "Atlantis"},
            {"country": "x" * 5000},
            {"region": "<script>alert(1)</script>"},
        ],
    )
    def test_unknown_values_show_an_error_and_the_whole_list(self, client, cities, params):
        response = client.get(cities.url, params)
        assert response.status_code == 200
        assert len(titles(response)) == 4
        html = response.content.decode()
        assert 'class="errorlist"' in html
        assert "Select a valid choice." in html
        assert "<script>alert(1)</script>" not in html

    def test_a_valid_filter_still_applies_beside_an_invalid_one(self, client, cities):
        response = client.get(cities.url, {"country": "IN", "region": "Atlantis"})
        assert titles(response) == ["Pune"]

    def test_unknown_parameters_are_ignored(self, client, cities):
        response = client.get(cities.url, {"colour": "blue", "page": "1"})
        assert response.status_code == 200
        assert len(titles(response)) == 4
        assert 'class="errorlist"' not in response.content.decode()


@pytest.fixture(scope="class")
def many_cities(django_db_setup, django_db_blocker):
    """25 cities, made once for the class's tests."""
    with shared_content(django_db_blocker):
        for number in range(25):
            country = "FR" if number % 5 == 0 else "DE"
            CityPageFactory(title=f"City {number:02d}", country=country)
        yield CityIndexPageFactory()


@pytest.mark.django_db
class TestPagination:
    def test_twelve_cities_per_page(self, client, many_cities):
        response = client.get(many_cities.url)
        assert titles(response)[0] == "City 00"
        assert len(titles(response)) == 12
        html = response.content.decode()
        assert "25 cities" in html
        assert "Page 1 of 3" in html
        assert '<span aria-current="page">1</span>' in html
        assert 'href="?page=2" rel="next"' in html

    def test_last_page(self, client, many_cities):
        response = client.get(many_cities.url, {"page": "3"})
        assert titles(response) == ["City 24"]

    def test_pagination_keeps_the_filters(self, client, many_cities):
        response = client.get(many_cities.url, {"country": "DE", "page": "2"})
        assert len(titles(response)) == 8
        assert all(city.country == "DE" for city in response.context["items"])
        html = response.content.decode()
        assert "20 cities" in html
        assert 'href="?country=DE&amp;page=1" rel="prev"' in html

    @pytest.mark.parametrize(
        ("page", "expected_number"),
        [("abc", 1), ("", 1), ("-1", 3), ("0", 3), ("999999", 3), ("1.5", 1), ("9" * 100, 3)],
    )
    def test_bad_page_values_give_a_valid_page(self, client, many_cities, page, expected_number):
        response = client.get(many_cities.url, {"page": page})
        assert response.status_code == 200
        assert response.context["items"].number == expected_number
