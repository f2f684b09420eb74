"""Structured values as text for the search index (core/search_keywords.py, issue #14)."""

import pytest
from django.apps import apps

from casestudies.choices import Maturity
from core import search_keywords
from core.models import BasePage
from core.search_keywords import (
    choice_labels,
    country_keywords,
    in_every_language,
    keywords_text,
)
from tests.home.factories import ContentPageFactory
from workspace.models import PrivatePageMixin


def public_page_types():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not issubclass(model, PrivatePageMixin)
    ]


@pytest.mark.parametrize("model", public_page_types(), ids=lambda model: model.__name__)
def test_every_public_page_type_indexes_its_keywords(model):
    fields = [
        field
        for field in model.get_searchable_search_fields()
        if field.field_name == "search_keywords"
    ]
    assert len(fields) == 1
    # Elasticsearch and OpenSearch name the field after the model that defines the method: a
    # mixin that is no model cannot define it.
    assert issubclass(fields[0].get_definition_model(model), BasePage)


@pytest.mark.django_db
def test_a_page_has_no_keywords_by_default():
    assert ContentPageFactory().search_keywords() == ""


def test_labels_in_every_language_are_translated_once(monkeypatch):
    monkeypatch.setattr(search_keywords, "_TEXTS", {})
    assert choice_labels(Maturity, Maturity.PILOT) == ["Pilot", "Pilotprojekt", "Piloto"]
    # From the cache, one text per language.
    assert len(search_keywords._TEXTS) == 4
    assert in_every_language((Maturity, "pilot"), "ignored") == ["Pilot", "Pilotprojekt", "Piloto"]


def test_blank_and_unknown_values_give_nothing():
    assert choice_labels(Maturity, "") == []
    assert choice_labels(Maturity, "no-such-value") == []
    assert country_keywords("") == []


def test_country_names_and_codes():
    assert country_keywords("DE") == ["Germany", "Deutschland", "Alemania", "Alemanha", "DE", "DEU"]


def test_keywords_text_gives_each_value_once_per_line():
    text = keywords_text("Peru", ["Peru", " Perú ", ""], (value for value in ["PE", None]))
    assert text == "Peru\nPerú\nPE"
