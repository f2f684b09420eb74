"""The query log's admin reports: sums, filters, links, export, access and query budget."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from search.reports import SearchTermsReportView
from tests.helpers import assert_query_count_is_fixed
from tests.search.factories import SearchQueryStatFactory, days_ago

SEARCH_TERMS_URL = "/admin/reports/search-terms/"
KNOWLEDGE_GAPS_URL = "/admin/reports/knowledge-gaps/"
REPORT_URLS = [SEARCH_TERMS_URL, KNOWLEDGE_GAPS_URL]
# Measured: session, user, profile (3); the row count and the page of rows (2); admin menu (3).
QUERY_BUDGET = 8


def report(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response


def rows(response):
    """[(query, language code, searches, searches without results, last result count)]"""
    return [
        (
            row["query"],
            row["language_code"],
            row["searches"],
            row["zero_result_searches"],
            row["latest_result_count"],
        )
        for row in response.context["object_list"]
    ]


def queries(response):
    return [row["query"] for row in response.context["object_list"]]


@pytest.fixture
def log(db):
    """Three weeks of searches in two languages, and one search from long ago."""
    for days in (0, 1, 20):
        SearchQueryStatFactory(
            query="open data", date=days_ago(days), hits=10, last_result_count=days + 1
        )
    SearchQueryStatFactory(query="hydrogen buses", hits=4, zero_result_hits=4, last_result_count=0)
    SearchQueryStatFactory(
        query="hydrogen buses", language_code="de", hits=2, zero_result_hits=1, last_result_count=1
    )
    SearchQueryStatFactory(query="smart lighting", date=days_ago(3), hits=5)
    SearchQueryStatFactory(
        query="digital twins", date=days_ago(40), hits=99, zero_result_hits=99, last_result_count=0
    )


@pytest.mark.django_db
class TestSearchTerms:
    def test_sums_the_last_30_days_most_searched_first(self, admin_client, log):
        assert rows(report(admin_client, SEARCH_TERMS_URL)) == [
            # The last result count is that of the latest day.
            ("open data", "en", 30, 0, 1),
            ("smart lighting", "en", 5, 0, 3),
            ("hydrogen buses", "en", 4, 4, 0),
            ("hydrogen buses", "de", 2, 1, 1),
        ]

    def test_shows_query_language_and_counts(self, admin_client, log):
        html = report(admin_client, SEARCH_TERMS_URL).content.decode()
        for text in ["Search terms", "Query", "Searches without results", "Last result count"]:
            assert text in html
        assert "German" in html
        assert "4 queries" in html
        assert "digital twins" not in html

    def test_each_query_links_to_the_public_search_in_its_language(self, admin_client, log):
        html = report(admin_client, SEARCH_TERMS_URL).content.decode()
        assert 'href="/en/search/?q=open+data"' in html
        assert '<a lang="de" href="/de/search/?q=hydrogen+buses">' in html

    def test_the_link_leads_to_the_search_page(self, client, home, log):
        assert client.get("/de/search/?q=hydrogen+buses").status_code == 200

    def test_ordered_by_a_column(self, admin_client, log):
        response = report(admin_client, SEARCH_TERMS_URL, ordering="query")
        assert queries(response) == [
            "hydrogen buses",
            "hydrogen buses",
            "open data",
            "smart lighting",
        ]

    def test_ties_keep_a_stable_order_across_pages(self, admin_client, monkeypatch):
        for number in range(5):
            SearchQueryStatFactory(query=f"tied {number}", hits=1)
        monkeypatch.setattr(SearchTermsReportView, "paginate_by", 2)
        seen = [
            query
            for page in (1, 2, 3)
            for query in queries(report(admin_client, SEARCH_TERMS_URL, p=page))
        ]
        assert seen == [f"tied {number}" for number in range(5)]


@pytest.mark.django_db
class TestKnowledgeGaps:
    def test_lists_only_queries_that_found_nothing_most_frequent_first(self, admin_client, log):
        assert rows(report(admin_client, KNOWLEDGE_GAPS_URL)) == [
            ("hydrogen buses", "en", 4, 4, 0),
            ("hydrogen buses", "de", 2, 1, 1),
        ]

    def test_says_so_when_there_are_none(self, admin_client, db):
        SearchQueryStatFactory(query="open data")
        html = report(admin_client, KNOWLEDGE_GAPS_URL).content.decode()
        assert "Knowledge gaps" in html
        assert "No searches match these filters." in html


@pytest.mark.django_db
class TestFilters:
    def test_language(self, admin_client, log):
        response = report(admin_client, SEARCH_TERMS_URL, language_code="de")
        assert rows(response) == [("hydrogen buses", "de", 2, 1, 1)]

    def test_period(self, admin_client, log):
        params = {"period_from": days_ago(50).isoformat(), "period_to": days_ago(2).isoformat()}
        response = report(admin_client, KNOWLEDGE_GAPS_URL, **params)
        assert rows(response) == [("digital twins", "en", 99, 99, 0)]
        response = report(admin_client, SEARCH_TERMS_URL, **params)
        # The last result count is that of the period's latest day.
        assert rows(response)[:2] == [
            ("digital twins", "en", 99, 99, 0),
            ("open data", "en", 10, 0, 21),
        ]

    def test_a_period_without_a_start_covers_30_days_up_to_its_end(self, admin_client, log):
        response = report(admin_client, SEARCH_TERMS_URL, period_to=days_ago(10).isoformat())
        assert rows(response) == [("open data", "en", 10, 0, 21)]

    def test_a_period_without_an_end_runs_until_today(self, admin_client, log):
        response = report(admin_client, SEARCH_TERMS_URL, period_from=days_ago(1).isoformat())
        assert queries(response) == ["open data", "hydrogen buses", "hydrogen buses"]

    def test_the_period_is_shown(self, admin_client, log):
        html = report(
            admin_client, SEARCH_TERMS_URL, period_from="2025-03-01", period_to="2025-03-31"
        ).content.decode()
        assert "Searches from March 1, 2025 to March 31, 2025" in html
        # Among the active filters, which can be removed one by one.
        assert "March 1, 2025 - March 31, 2025" in html

    def test_a_reversed_period_is_explained(self, admin_client, log):
        response = report(
            admin_client, SEARCH_TERMS_URL, period_from="2025-03-31", period_to="2025-03-01"
        )
        assert "The period must not end before it starts." in response.content.decode()
        # The default period instead.
        assert len(rows(response)) == 4

    @pytest.mark.parametrize(
        "params",
        [
            {"language_code": "xx"},
            {"period_from": "yesterday"},
            {"period_to": "2025-02-30"},
            {"period_from": "0001-01-01", "period_to": "0001-01-02"},
            {"period_to": "9999-12-31"},
            {"ordering": "-hits; DROP TABLE x"},
            {"p": "-1"},
            {"p": "abc"},
            {"export": "pdf"},
        ],
    )
    def test_bad_values_give_a_normal_page(self, admin_client, log, params):
        for url in REPORT_URLS:
            report(admin_client, url, **params)

    def test_filters_combine(self, admin_client, log):
        response = report(
            admin_client, KNOWLEDGE_GAPS_URL, language_code="en", period_from=days_ago(0)
        )
        assert rows(response) == [("hydrogen buses", "en", 4, 4, 0)]

    def test_results_only_view_for_the_filter_refresh(self, admin_client, log):
        response = report(admin_client, SEARCH_TERMS_URL + "results/", language_code="de")
        assert rows(response) == [("hydrogen buses", "de", 2, 1, 1)]


@pytest.mark.django_db
class TestExport:
    def test_csv(self, admin_client, log):
        response = report(admin_client, KNOWLEDGE_GAPS_URL, export="csv")
        assert response["Content-Type"] == "text/csv"
        assert "knowledge-gaps-" in response["Content-Disposition"]
        content = b"".join(response.streaming_content).decode()
        assert list(csv.reader(io.StringIO(content))) == [
            ["Query", "Language", "Searches", "Searches without results", "Last result count"],
            ["hydrogen buses", "English", "4", "4", "0"],
            ["hydrogen buses", "German", "2", "1", "1"],
        ]

    def test_csv_defuses_formulas_typed_into_the_search(self, admin_client, db):
        SearchQueryStatFactory(query='=hyperlink("http://evil.example","x")')
        SearchQueryStatFactory(query="-2+3", hits=2)
        response = report(admin_client, SEARCH_TERMS_URL, export="csv")
        lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        assert [line[0] for line in lines[1:]] == [
            "'-2+3",
            '\'=hyperlink("http://evil.example","x")',
        ]

    def test_xlsx_keeps_every_row_of_the_filters(self, admin_client, log, monkeypatch):
        monkeypatch.setattr(SearchTermsReportView, "paginate_by", 1)
        response = report(admin_client, SEARCH_TERMS_URL, export="xlsx", language_code="en")
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        values = [list(row) for row in workbook.active.iter_rows(values_only=True)]
        assert values[0][0] == "Query"
        assert [row[0] for row in values[1:]] == ["open data", "smart lighting", "hydrogen buses"]

    def test_download_buttons(self, admin_client, log):
        html = report(admin_client, SEARCH_TERMS_URL).content.decode()
        assert "Download CSV" in html
        assert "Download XLSX" in html


@pytest.mark.django_db
class TestAccess:
    @pytest.mark.parametrize("url", REPORT_URLS)
    def test_anonymous_visitors_are_sent_to_log_in(self, client, url):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    @pytest.mark.parametrize("url", REPORT_URLS)
    def test_members_without_admin_access_may_not(self, client, member, url):
        client.force_login(member)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    @pytest.mark.parametrize("url", REPORT_URLS)
    def test_translators_may_not(self, client, german_translator, url):
        client.force_login(german_translator)
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert url not in html

    @pytest.mark.parametrize("role", ["editor", "moderator", "administrator"])
    def test_editorial_roles_may_and_find_them_in_the_reports_menu(
        self, client, log, request, role
    ):
        client.force_login(request.getfixturevalue(role))
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert SEARCH_TERMS_URL in html
        assert KNOWLEDGE_GAPS_URL in html
        assert rows(report(client, SEARCH_TERMS_URL))
        assert rows(report(client, KNOWLEDGE_GAPS_URL))
        assert report(client, KNOWLEDGE_GAPS_URL, export="csv")["Content-Type"] == "text/csv"

    def test_wagtails_own_search_terms_report_leaves_the_menu(self, admin_client):
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
        assert SEARCH_TERMS_URL in html
        assert reverse("wagtailsearchpromotions:search_terms") not in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", REPORT_URLS)
def test_query_count_is_fixed(admin_client, url, django_assert_max_num_queries):
    def add_rows(count):
        for _ in range(count):
            SearchQueryStatFactory(zero_result_hits=1)
            SearchQueryStatFactory(date=days_ago(1), zero_result_hits=1)

    assert_query_count_is_fixed(
        admin_client, url, django_assert_max_num_queries, add_content=add_rows, budget=QUERY_BUDGET
    )
