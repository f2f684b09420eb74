"""The database backend as the search engine uses it, on SQLite (embedded) and PostgreSQL."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
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
        # Importable on SQLite only: it looks up a model that exists only there.
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        # modelsearch's FTS5 backend, with the title weighted (search/backends/sqlite.py).
        assert type(backend).__name__ == "TitleWeightedSQLiteSearchBackend"
        assert isinstance(backend, SQLiteSearchBackend)

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
    def test_on_postgresql_each_language_has_its_configuration(self):
        assert language_backend("de").query_configs == ("iscn_german",)
        assert language_backend("pt-BR").query_configs == ("iscn_portuguese",)
        # A language without a configuration of its own is not stemmed.
        assert language_backend("fr").query_configs == ("iscn_simple",)

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

    def test_best_match_first(self):
        body_only = page_in("en", "Street lighting", introduction="Lamps dim at night.")
        in_title = page_in("en", "Lamps that dim")
        found = matching_pks(language_backend("en"), "lamps", pages_in("en"), 10)
        assert found == [in_title.pk, body_only.pk]

    @pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
    @pytest.mark.parametrize(
        ("terms", "autocomplete"),
        [("data portal", False), ("data port", True)],
        ids=["search", "autocomplete"],
    )
    def test_on_sqlite_one_pass_over_the_full_text_index(self, terms, autocomplete):
        # modelsearch's own ranking repeats the match for every matching row (a correlated
        # subquery): seconds for a common word in thousands of pages.
        pages = {page_in("en", f"Open data portal {number}").pk for number in range(3)}
        with CaptureQueriesContext(connection) as queries:
            found = matching_pks(
                language_backend("en"), terms, pages_in("en"), 10, autocomplete=autocomplete
            )
        assert set(found) == pages
        (ranking,) = [query["sql"] for query in queries if " MATCH " in query["sql"]]
        assert ranking.count(" MATCH ") == 1
