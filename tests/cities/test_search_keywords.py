"""A city is found by its country in every language and its size class (issue #14)."""

import pytest

from cities.models import CityPage
from tests.cities.factories import CityPageFactory

pytestmark = pytest.mark.django_db


def test_search_keywords_is_a_search_field():
    names = {field.field_name for field in CityPage.get_searchable_search_fields()}
    assert "search_keywords" in names


def test_country_names_codes_and_size_class():
    city = CityPageFactory(title="São Paulo", country="BR", population=12_000_000)
    lines = city.search_keywords().splitlines()
    assert {"Brazil", "Brasilien", "Brasil", "BR", "BRA"} <= set(lines)
    assert {"Over 1 million inhabitants", "Mehr als 1 Million Einwohnerinnen und Einwohner"} <= set(
        lines
    )
    assert {"Más de 1 millón de habitantes", "Mais de 1 milhão de habitantes"} <= set(lines)
    # Spanish and Portuguese both say "Brasil": each value once.
    assert lines.count("Brasil") == 1


def test_a_city_without_population_has_no_size_class():
    city = CityPageFactory(country="DE", population=None)
    assert city.search_keywords().splitlines() == [
        "Germany",
        "Deutschland",
        "Alemania",
        "Alemanha",
        "DE",
        "DEU",
    ]
