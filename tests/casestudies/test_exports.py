"""Open data: the case-study listing as CSV and JSON, with the same filters as the page."""

import csv
import io
import json

import pytest
import wagtail_factories

from casestudies.choices import BudgetRange, Licence, Maturity
from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import assert_query_counts_are_fixed, make_private, shared_content, translate
from tests.topics.factories import TopicPageFactory
from topics.models import TopicPage

# The documented, stable column set (docs/content.md, "Open data"): a change here breaks its users.
COLUMNS = [
    "id",
    "translation_key",
    "locale",
    "url",
    "title",
    "summary",
    "country_code",
    "country",
    "city",
    "government_level",
    "topics",
    "topic_titles",
    "sdg_targets",
    "maturity",
    "format",
    "start_year",
    "end_year",
    "budget_range",
    "repository_url",
    "licence",
    "first_published_at",
    "last_published_at",
]
PAGE_SIZE = CaseStudyIndexPage.page_size
CSV_QUERIES = 5
JSON_QUERIES = 5


def csv_url(index):
    return f"{index.url}export/csv/"


def json_url(index):
    return f"{index.url}export/json/"


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def read_json(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content.decode("utf-8"))


def listing_titles(client, index, query):
    """The titles the HTML listing shows for `query`, across all its pages."""
    query = {name: value for name, value in query.items() if name != "page"}
    first = client.get(index.url, query)
    assert first.status_code == 200
    titles = [card.title for card in first.context["items"]]
    for number in range(2, first.context["items"].paginator.num_pages + 1):
        response = client.get(index.url, {**query, "page": number})
        titles += [card.title for card in response.context["items"]]
    return titles


@pytest.fixture(scope="class")
def catalogue(django_db_setup, django_db_blocker):
    """More case studies than one listing page holds, with non-ASCII names and every filter:
    made once for the tests of a class."""
    with shared_content(django_db_blocker):
        yield catalogue_pages()


def catalogue_pages():
    open_data = TopicPageFactory(title="Open data", slug="open-data")
    mobility = TopicPageFactory(title="Mobilidade urbana", slug="mobilidade")
    sao_paulo = CityPageFactory(title="São Paulo", slug="sao-paulo", country="BR")
    merida = CityPageFactory(title="Mérida", slug="merida", country="MX")
    CaseStudyPageFactory(
        title="Ônibus em São Paulo",
        summary="Dados abertos de ônibus — “tempo real”.",
        city=sao_paulo,
        topics=[mobility, open_data],
        sdg_targets=["11.2", "11.3"],
        maturity=Maturity.SCALED,
        start_year=2016,
        end_year=2020,
        budget_range=BudgetRange.UNDER_1M,
        repository_url="https://code.example.org/onibus",
        licence=Licence.MIT,
    )
    CaseStudyPageFactory(
        title="Mérida participa",
        city=merida,
        topics=[open_data],
        maturity=Maturity.PILOT,
        start_year=2022,
    )
    for number in range(PAGE_SIZE):
        CaseStudyPageFactory(
            title=f"Berlin project {number:02d}",
            city=CityPageFactory(title=f"Berlin {number}", country="DE"),
            topics=[open_data] if number % 2 else [mobility],
            maturity=Maturity.PILOT if number % 3 else Maturity.IDEA,
            start_year=2015 + number,
            sdg_targets=["16.7"] if number % 4 == 0 else [],
        )
    return CaseStudyIndexPage.objects.get()


QUERIES = [
    {},
    {"topic": "open-data"},
    {"country": "BR"},
    {"city": "merida"},
    {"maturity": "pilot"},
    {"sdg": "16.7"},
    {"year": "2019"},
    {"topic": "mobilidade", "maturity": "idea", "year": "2024"},
    {"topic": "open-data", "country": "DE", "sdg": "16.7"},
    {"maturity": "implemented"},
    # Invalid values are ignored, as on the page.
    {"topic": "does-not-exist", "country": "BR"},
    {"year": "abc", "sdg": "99.9", "city": "x" * 5000},
    {"page": "2", "utm_source": "newsletter"},
]


@pytest.mark.django_db
class TestExportsMatchTheListing:
    @pytest.mark.parametrize("query", QUERIES)
    def test_csv_and_json_have_exactly_the_listed_case_studies(self, client, catalogue, query):
        listed = listing_titles(client, catalogue, query)
        rows = read_csv(client.get(csv_url(catalogue), query))
        data = read_json(client.get(json_url(catalogue), query))
        # The same case studies in the same order as the listing, without its pagination.
        assert [row["title"] for row in rows] == listed
        assert [result["title"] for result in data["results"]] == listed
        assert data["count"] == len(listed)

    def test_listing_is_longer_than_a_page(self, client, catalogue):
        assert len(listing_titles(client, catalogue, {})) == PAGE_SIZE + 2
        assert len(read_csv(client.get(csv_url(catalogue)))) == PAGE_SIZE + 2

    def test_json_names_the_filters_it_applied(self, client, catalogue):
        query = {"topic": "open-data", "year": "2019", "country": "nowhere", "utm_source": "x"}
        data = read_json(client.get(json_url(catalogue), query))
        assert data["filters"] == {"topic": "open-data", "year": 2019}
        assert read_json(client.get(json_url(catalogue)))["filters"] == {}


@pytest.mark.django_db
class TestColumns:
    def test_csv_header_is_the_documented_column_set(self, client, catalogue):
        response = client.get(csv_url(catalogue))
        text = b"".join(response.streaming_content).decode("utf-8")
        assert text.splitlines()[0] == ",".join(COLUMNS)
        assert not text.startswith("\ufeff")
        assert response["Content-Disposition"] == 'attachment; filename="case-studies.csv"'

    def test_json_results_have_the_same_keys(self, client, catalogue):
        data = read_json(client.get(json_url(catalogue)))
        assert list(data) == ["count", "filters", "results"]
        assert all(list(result) == COLUMNS for result in data["results"])

    def test_csv_row_values(self, client, catalogue):
        page = catalogue.get_children().get(title="Ônibus em São Paulo").specific
        page.save_revision().publish()
        page.refresh_from_db()
        [row] = read_csv(client.get(csv_url(catalogue), {"city": "sao-paulo"}))
        assert row["id"] == str(page.pk)
        assert row["translation_key"] == str(page.translation_key)
        assert row["locale"] == "en"
        assert row["url"] == page.get_full_url()
        assert row["summary"] == "Dados abertos de ônibus — “tempo real”."
        assert (row["country_code"], row["country"], row["city"]) == ("BR", "Brazil", "São Paulo")
        assert row["government_level"] == "city"
        # Topics by title, several values joined with "|".
        assert row["topics"] == "mobilidade|open-data"
        assert row["topic_titles"] == "Mobilidade urbana|Open data"
        assert row["sdg_targets"] == "11.2|11.3"
        assert (row["maturity"], row["format"]) == ("scaled", "case_study")
        assert (row["start_year"], row["end_year"]) == ("2016", "2020")
        assert row["budget_range"] == "100k_1m"
        assert row["repository_url"] == "https://code.example.org/onibus"
        assert row["licence"] == "MIT"
        assert row["first_published_at"] == page.first_published_at.isoformat()
        assert row["last_published_at"] == page.last_published_at.isoformat()

    def test_json_values_keep_their_types(self, client, catalogue):
        data = read_json(client.get(json_url(catalogue), {"city": "merida"}))
        [result] = data["results"]
        assert result["topics"] == ["open-data"]
        assert result["sdg_targets"] == []
        assert result["start_year"] == 2022
        assert result["end_year"] is None
        assert result["budget_range"] == ""
        assert result["first_published_at"] is None

    def test_non_ascii_text_is_utf8_and_unescaped(self, client, catalogue):
        csv_bytes = b"".join(client.get(csv_url(catalogue)).streaming_content)
        json_bytes = client.get(json_url(catalogue)).content
        for raw in (csv_bytes, json_bytes):
            for text in ("São Paulo", "Mérida participa", "Ônibus", "“tempo real”"):
                assert text.encode("utf-8") in raw
        assert b"\\u00" not in json_bytes

    def test_unpublished_topics_are_left_out(self, client, catalogue):
        TopicPage.objects.get(slug="mobilidade").unpublish()
        rows = read_csv(client.get(csv_url(catalogue), {"city": "sao-paulo"}))
        assert rows[0]["topics"] == "open-data"

    def test_german_export_lists_the_german_pages(self, client, home):
        translate(home, "de")
        index = CaseStudyIndexPageFactory()
        translate(index, "de")
        page = CaseStudyPageFactory(title="Open budget", country="BR", topics=[])
        translate(page, "de", title="Offener Haushalt")
        german_index = CaseStudyIndexPage.objects.get(locale__language_code="de")
        data = read_json(client.get(json_url(german_index)))
        [result] = data["results"]
        assert result["title"] == "Offener Haushalt"
        assert result["locale"] == "de"
        assert result["country"] == "Brasilien"
        assert result["url"] == page.get_translation(german_index.locale).get_full_url()
        assert result["translation_key"] == str(page.translation_key)


@pytest.mark.django_db
class TestFormulas:
    """Text that a spreadsheet would run is written as text (core/spreadsheets.py)."""

    def test_csv_cells_that_start_a_formula_are_defused(self, client, home):
        topic = TopicPageFactory(title="@SUM(1+1)", slug="sum")
        CaseStudyPageFactory(
            title='=HYPERLINK("https://evil.example","Open")',
            summary="+1 more city",
            city=CityPageFactory(title="-2 degrees"),
            topics=[topic],
        )
        index = CaseStudyIndexPage.objects.get()
        [row] = read_csv(client.get(csv_url(index)))
        assert row["title"] == '\'=HYPERLINK("https://evil.example","Open")'
        assert row["summary"] == "'+1 more city"
        assert row["city"] == "'-2 degrees"
        assert row["topic_titles"] == "'@SUM(1+1)"
        assert row["topics"] == "sum"

    def test_json_keeps_the_text_as_it_is(self, client, home):
        CaseStudyPageFactory(title="=1+1", summary="\rsecond line")
        [result] = read_json(client.get(json_url(CaseStudyIndexPage.objects.get())))["results"]
        assert (result["title"], result["summary"]) == ("=1+1", "\rsecond line")


@pytest.mark.django_db
class TestWhatIsNotExported:
    def test_drafts_and_private_case_studies(self, client, home):
        CaseStudyPageFactory(title="Published project")
        CaseStudyPageFactory(title="Draft project").unpublish()
        make_private(CaseStudyPageFactory(title="Private project"))
        index = CaseStudyIndexPage.objects.get()
        assert [row["title"] for row in read_csv(client.get(csv_url(index)))] == [
            "Published project"
        ]
        assert [
            result["title"] for result in read_json(client.get(json_url(index)))["results"]
        ] == ["Published project"]

    def test_empty_listing_gives_the_header_only(self, client, home):
        index = CaseStudyIndexPageFactory()
        response = client.get(csv_url(index))
        assert b"".join(response.streaming_content).decode() == ",".join(COLUMNS) + "\r\n"
        assert read_json(client.get(json_url(index))) == {"count": 0, "filters": {}, "results": []}

    def test_unknown_export_format_is_not_found(self, client, home):
        index = CaseStudyIndexPageFactory()
        assert client.get(f"{index.url}export/xml/").status_code == 404

    def test_unpublished_index_has_no_export(self, client, home):
        index = CaseStudyIndexPageFactory()
        CaseStudyPageFactory()
        index.unpublish()
        assert client.get(csv_url(index)).status_code == 404


@pytest.mark.django_db
class TestDownloadLinks:
    def test_links_keep_the_filters_but_not_the_page(self, client, catalogue):
        html = client.get(catalogue.url, {"topic": "open-data", "page": "2"}).content.decode()
        assert (
            f'<a href="{catalogue.url}export/csv/?topic=open-data" download>Download as CSV</a>'
            in html
        )
        assert (
            f'<a href="{catalogue.url}export/json/?topic=open-data" download>Download as JSON</a>'
            in html
        )

    def test_links_without_filters(self, client, catalogue):
        html = client.get(catalogue.url).content.decode()
        assert f'<a href="{catalogue.url}export/csv/" download>' in html
        assert f"Open data, all {PAGE_SIZE + 2} results:" in html


def add_case_studies(count):
    """Case studies with every exported relation: city, topics, SDG targets, image."""
    shared = TopicPage.objects.filter(slug="shared").first() or TopicPageFactory(slug="shared")
    for number in range(count):
        CaseStudyPageFactory(
            image=wagtail_factories.ImageFactory(),
            city=CityPageFactory(),
            topics=[shared, TopicPageFactory()],
            sdg_targets=["11.3", "16.10"],
            start_year=2020 + number % 3,
        )


@pytest.mark.django_db
class TestExportQueryBudget:
    def test_query_count_does_not_grow_with_content(
        self, client, home, django_assert_max_num_queries
    ):
        index_url = CaseStudyIndexPageFactory().url
        budgets = {
            f"{index_url}export/csv/": CSV_QUERIES,
            f"{index_url}export/csv/?topic=shared&country=DE&sdg=11.3&year=2022": CSV_QUERIES,
            f"{index_url}export/json/": JSON_QUERIES,
            f"{index_url}export/json/?topic=shared&maturity=pilot&year=abc": JSON_QUERIES,
        }
        assert_query_counts_are_fixed(
            client,
            budgets,
            django_assert_max_num_queries,
            add_content=add_case_studies,
            sizes=(2, 2 + 2 * PAGE_SIZE),
        )
