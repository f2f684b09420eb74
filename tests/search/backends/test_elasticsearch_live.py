"""Elasticsearch or OpenSearch for real, when ELASTICSEARCH_URL or OPENSEARCH_URL is set.

Each test builds throwaway indexes (a random index prefix) with `update_index` and deletes
them afterwards, so a server shared with a site is left as it was. They check what the index
settings and request bodies of test_server_backends.py achieve on a real server: stemming,
folding, German compounds, typos, highlights and autocomplete.
"""

import os
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from search.backends import language_backend, matching_pks
from search.backends.configuration import search_backends_from_environment
from search.backends.server import hits_with_highlights
from tests.search.backends.helpers import page_in, pages_in
from tests.search.helpers import run_search, titles

SERVER_VARIABLE = next(
    (name for name in ("ELASTICSEARCH_URL", "OPENSEARCH_URL") if os.environ.get(name, "").strip()),
    None,
)

pytestmark = [
    pytest.mark.skipif(
        SERVER_VARIABLE is None,
        reason="ELASTICSEARCH_URL is not set: no Elasticsearch server on this machine",
    ),
    pytest.mark.django_db,
]


def delete_indexes(backend):
    for index in backend.all_indexes():
        if index.is_alias():
            for aliased in index.aliased_indices():
                aliased.delete()
        else:
            index.delete()


def german_vocabulary(language_code):
    """The German words compounds are split into (the database search's vocabulary in use)."""
    return ["Hochwasser", "Frühwarnsystem", "Bürger", "Haushalt"]


def highlighted(language_code, query):
    """(pk, excerpt) of the language's pages matching `query`, as the results page shows them."""
    results = language_backend(language_code).search(query, pages_in(language_code), operator="and")
    return hits_with_highlights(results, 10)


@pytest.fixture
def search_server():
    """The server's backends on throwaway indexes, rebuilt by `rebuild()`."""
    backends = search_backends_from_environment(
        {
            SERVER_VARIABLE: os.environ[SERVER_VARIABLE],
            "ELASTICSEARCH_INDEX_PREFIX": f"test_iscn_{uuid.uuid4().hex[:12]}_",
        }
    )
    for options in backends.values():
        # Pages reach the indexes through `update_index` only: no half-made index on save.
        options["AUTO_UPDATE"] = False
    backends["language_de"]["COMPOUND_WORDS"] = german_vocabulary
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        try:
            yield lambda: call_command("update_index", stdout=StringIO())
        finally:
            for name in backends:
                delete_indexes(get_search_backend(name))


def test_german_finds_other_forms_of_a_word(search_server):
    german = page_in("de", "Bürgerbeteiligungen in Hamburg")
    page_in("en", "Bürgerbeteiligungen explained")
    search_server()
    assert matching_pks(language_backend("de"), "Bürgerbeteiligung", pages_in("de"), 10) == [
        german.pk
    ]


def test_english_finds_other_forms_of_a_word(search_server):
    english = page_in("en", "Smart cities in Europe")
    search_server()
    assert matching_pks(language_backend("en"), "city", pages_in("en"), 10) == [english.pk]


def test_a_language_index_holds_its_languages_pages_only(search_server):
    page_in("de", "Offenes Datenportal")
    page_in("es", "Portal de datos abiertos")
    search_server()
    for language_code in ("de", "es"):
        in_index = language_backend(language_code).search(MATCH_ALL, Page.objects.all())
        assert in_index.count() == Page.objects.filter(locale__language_code=language_code).count()


def test_the_default_backend_filters_by_locale(search_server):
    page_in("de", "Open data portal")
    english = page_in("en", "Open data portal")
    search_server()
    assert matching_pks(get_search_backend("default"), "data", pages_in("en"), 10) == [english.pk]


def test_autocomplete_completes_the_last_word(search_server):
    german = page_in("de", "Bürgerbeteiligungen in Hamburg")
    search_server()
    found = matching_pks(language_backend("de"), "Bürgerbet", pages_in("de"), 10, autocomplete=True)
    assert found == [german.pk]


def test_a_german_compound_finds_the_longer_compounds_it_is_part_of(search_server):
    german = page_in("de", "Hochwasserfrühwarnsysteme für Recife")
    search_server()
    [(pk, excerpt)] = highlighted("de", "Frühwarnsystem")
    assert pk == german.pk
    assert "<mark>" in excerpt
    assert "Hochwasserfrühwarnsysteme" in excerpt


def test_german_umlauts_may_be_spelt_out(search_server):
    german = page_in("de", "Der Bürgerhaushalt von Porto Alegre")
    search_server()
    assert matching_pks(language_backend("de"), "Buergerhaushalt", pages_in("de"), 10) == [
        german.pk
    ]


@pytest.mark.parametrize(
    ("language_code", "title", "query"),
    [
        ("es", "Participación ciudadana en Bogotá", "participacion"),
        ("pt-br", "Orçamento participativo: a participação cidadã", "participacao"),
    ],
)
def test_a_query_without_accents_finds_accented_words(search_server, language_code, title, query):
    page = page_in(language_code, title)
    search_server()
    [(pk, excerpt)] = highlighted(language_code, query)
    assert pk == page.pk
    assert "<mark>" in excerpt


@pytest.mark.parametrize("query", ["goverance", "Curitba", "smart goverance"])
def test_a_typo_still_finds_the_page(search_server, query):
    english = page_in("en", "Smart governance in Curitiba")
    search_server()
    [(pk, excerpt)] = highlighted("en", query)
    assert pk == english.pk
    assert "<mark>" in excerpt


@pytest.mark.parametrize("prefix", ["orç", "orc", "Orca"])
def test_autocomplete_folds_accents(search_server, prefix):
    page = page_in("pt-br", "Orçamento participativo em Porto Alegre")
    search_server()
    backend = language_backend("pt-br")
    found = matching_pks(backend, prefix, pages_in("pt-br"), 10, autocomplete=True)
    assert found == [page.pk]


def test_the_site_search_falls_back_to_pages_with_some_of_the_words(search_server, client):
    page_in("en", "Decidim participation platform")
    search_server()
    outcome = run_search(client, q="decidim zeppelin")
    assert titles(outcome) == ["Decidim participation platform"]
    assert outcome.partial


def test_the_site_search_shows_the_servers_highlighted_passages(search_server, client):
    page_in("en", "Flood sensors", introduction="Sensors warn of floods along the river.")
    search_server()
    [result] = run_search(client, q="flood").results
    assert "<mark>" in result.excerpt
