"""The query log: one SQL statement per search, counts per query, language and day; pruning."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.models import SearchQueryStat
from search.querylog import normalise_query, record_search
from tests.search.factories import SearchQueryStatFactory, days_ago


def logged():
    """{(query, language code): (hits, zero-result hits, last result count)} of today."""
    return {
        (row.query, row.language_code): (row.hits, row.zero_result_hits, row.last_result_count)
        for row in SearchQueryStat.objects.filter(date=timezone.localdate())
    }


@pytest.mark.django_db
class TestRecordSearch:
    def test_the_first_search_of_the_day_costs_one_query(self, django_assert_num_queries):
        with django_assert_num_queries(1):
            record_search("smart city", "en", 4)
        assert logged() == {("smart city", "en"): (1, 0, 4)}

    def test_a_repeated_search_costs_one_query_and_is_counted(self, django_assert_num_queries):
        record_search("smart city", "en", 4)
        with django_assert_num_queries(1):
            record_search("smart city", "en", 6)
        assert logged() == {("smart city", "en"): (2, 0, 6)}

    def test_searches_without_results_are_counted_apart(self):
        record_search("hydrogen buses", "en", 0)
        record_search("hydrogen buses", "en", 0)
        record_search("hydrogen buses", "en", 2)
        assert logged() == {("hydrogen buses", "en"): (3, 2, 2)}

    def test_each_language_is_counted_apart(self):
        record_search("open data", "en", 5)
        record_search("open data", "de", 0)
        record_search("open data", "pt-BR", 1)
        assert logged() == {
            ("open data", "en"): (1, 0, 5),
            ("open data", "de"): (1, 1, 0),
            ("open data", "pt-br"): (1, 0, 1),
        }

    def test_each_day_is_counted_apart(self):
        yesterday = SearchQueryStatFactory(query="open data", date=days_ago(1), hits=7)
        record_search("open data", "en", 5)
        yesterday.refresh_from_db()
        assert yesterday.hits == 7
        assert logged() == {("open data", "en"): (1, 0, 5)}

    def test_spellings_of_one_query_count_as_one(self):
        for spelling in ["Smart City", "  smart   city ", "SMART\tCITY\n", "smart\x00 city\u200b"]:
            record_search(spelling, "en", 1)
        assert logged() == {("smart city", "en"): (4, 0, 1)}

    @pytest.mark.parametrize("query", ["", "   ", "\n\t", "\x00\x01", "\u200b\u202e"])
    def test_empty_queries_are_not_recorded_and_cost_nothing(
        self, query, django_assert_num_queries
    ):
        with django_assert_num_queries(0):
            record_search(query, "en", 0)
        assert not SearchQueryStat.objects.exists()

    @pytest.mark.parametrize(
        "query",
        [
            "'; DROP TABLE search_searchquerystat; --",
            '" OR 1=1 --',
            "%s %(name)s {} \\",
            "🏙️ smart city 🚲",
            "مدينة ذكية",
            "Bürgerbeteiligung",
        ],
    )
    def test_any_text_is_stored_as_it_was_typed(self, query):
        record_search(query, "en", 1)
        record_search(query, "en", 1)
        assert logged() == {(normalise_query(query), "en"): (2, 0, 1)}

    def test_long_queries_are_cut_to_200_characters(self):
        record_search("x" * 10_000, "en", 0)
        (query, _language), *_others = logged()
        assert query == "x" * 200

    def test_a_negative_result_count_counts_as_none(self):
        record_search("budget", "en", -3)
        assert logged() == {("budget", "en"): (1, 1, 0)}

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(query=st.text(max_size=400), result_count=st.integers(min_value=0, max_value=10**6))
    def test_any_text_is_counted_once_per_search(self, query, result_count):
        text = normalise_query(query)
        before = logged().get((text, "en"), (0, 0, 0))[0]
        record_search(query, "en", result_count)
        record_search(query, "en", result_count)
        if text:
            assert logged()[(text, "en")][0] == before + 2
        else:
            assert ("", "en") not in logged()


class TestNormaliseQuery:
    @pytest.mark.parametrize(
        ("query", "normalised"),
        [
            ("Smart City", "smart city"),
            ("  a \t b\r\n c  ", "a b c"),
            ("a\u00a0b", "a b"),
            ("nul\x00byte", "nulbyte"),
            ("ÄÖÜ", "äöü"),
            ("word " * 100, ("word " * 40).strip()),
        ],
    )
    def test_normalised(self, query, normalised):
        assert normalise_query(query) == normalised

    @given(st.text(max_size=600))
    def test_the_result_is_a_fixed_point(self, query):
        normalised = normalise_query(query)
        assert normalise_query(normalised) == normalised
        assert len(normalised) <= 200
        assert normalised == normalised.strip()
        assert "  " not in normalised
        assert all(char.isprintable() for char in normalised)

    def test_never_longer_than_200_characters(self):
        assert len(normalise_query("ab " * 1000)) <= 200
        # Lower-casing "İ" gives two characters: the cap applies after it.
        assert len(normalise_query("İ" * 200)) == 200


@pytest.mark.django_db
class TestPruneSearchLog:
    def test_deletes_rows_older_than_a_year_by_default(self):
        kept = [SearchQueryStatFactory(date=days_ago(days)).pk for days in (0, 200, 365)]
        SearchQueryStatFactory(date=days_ago(366))
        SearchQueryStatFactory(date=days_ago(5000))
        call_command("prune_search_log")
        assert sorted(SearchQueryStat.objects.values_list("pk", flat=True)) == sorted(kept)

    def test_days(self):
        kept = SearchQueryStatFactory(date=days_ago(7)).pk
        SearchQueryStatFactory(date=days_ago(8))
        call_command("prune_search_log", "--days", "7")
        assert list(SearchQueryStat.objects.values_list("pk", flat=True)) == [kept]

    def test_huge_numbers_of_days_keep_everything(self):
        SearchQueryStatFactory(date=days_ago(5000))
        call_command("prune_search_log", "--days", str(10**12))
        assert SearchQueryStat.objects.count() == 1

    def test_negative_days_are_refused(self):
        SearchQueryStatFactory(date=days_ago(5000))
        with pytest.raises(CommandError):
            call_command("prune_search_log", "--days", "-1")
        assert SearchQueryStat.objects.count() == 1
