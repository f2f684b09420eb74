"""The database backend as the search engine uses it, on SQLite (embedded) and PostgreSQL."""

import pytest
from django.db import connection
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from search.backends import language_backend, matching_pks
from search.backends.configuration import search_backends_from_environment
from tests.search.backends.helpers import page_in, pages_in

pytestmark = pytest.mark.django_db


class TestLanguageBackend:
    @pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
    def test_on_sqlite_every_language_shares_the_default_backend(self):
        backend = language_backend("de")
        assert type(backend) is type(get_search_backend("default"))
        assert type(backend).__name__ == "SQLiteSearchBackend"

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
    def test_on_postgresql_each_language_has_its_configuration(self):
        assert language_backend("de").query_configs == ("german",)
        assert language_backend("pt-BR").query_configs == ("portuguese",)
        # A language without a configuration of its own is not stemmed.
        assert language_backend("fr").query_configs == ("simple",)

    def test_a_backend_is_kept_until_the_setting_changes(self):
        backend = language_backend("de")
        assert language_backend("de") is backend
        servers = search_backends_from_environment({"ELASTICSEARCH_URL": "http://search.invalid"})
        with override_settings(WAGTAILSEARCH_BACKENDS=servers):
            assert language_backend("de").language_code == "de"
        assert language_backend("de") is not backend


class TestMatchingPks:
    def test_ids_of_the_matching_pages_at_most_the_limit(self):
        pages = [page_in("en", f"Open data portal {number}") for number in range(3)]
        page_in("en", "Smart street lighting")
        found = matching_pks(language_backend("en"), "data portal", pages_in("en"), 2)
        assert len(found) == 2
        assert set(found) < {page.pk for page in pages}

    def test_only_pages_of_the_queryset(self):
        page_in("de", "Open data portal")
        english = page_in("en", "Open data portal")
        assert matching_pks(language_backend("en"), "data", pages_in("en"), 10) == [english.pk]

    def test_autocomplete_completes_the_last_word(self):
        page = page_in("en", "Participatory budgeting platform")
        found = matching_pks(
            language_backend("en"), "participatory budg", pages_in("en"), 10, autocomplete=True
        )
        assert found == [page.pk]

    @pytest.mark.parametrize("terms", ["", "zzzunknownzzz"])
    def test_nothing_matches(self, terms):
        page_in("en", "Open data portal")
        assert matching_pks(language_backend("en"), terms, pages_in("en"), 10) == []
