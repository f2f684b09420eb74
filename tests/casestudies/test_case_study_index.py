import pytest
import wagtail_factories

from casestudies.choices import Maturity
from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import assert_query_counts_are_fixed, make_private, shared_content
from tests.topics.factories import TopicPageFactory
from topics.models import TopicPage

INDEX_QUERIES = 7
FILTERED_INDEX_QUERIES = 7
PAGE_SIZE = CaseStudyIndexPage.page_size


def listed_titles(response):
    assert response.status_code == 200
    return {card.title for card in response.context["items"]}


@pytest.mark.django_db
class TestCaseStudyIndex:
    def test_lists_case_studies_newest_first(self, client, home):
        index = CaseStudyIndexPageFactory(introduction="Projects from the network.")
        CaseStudyPageFactory(title="Older", start_year=2018, end_year=2019)
        CaseStudyPageFactory(title="Newer B", start_year=2022)
        CaseStudyPageFactory(title="Newer A", start_year=2022)
        response = client.get(index.url)
        html = response.content.decode()
        assert html.count("<h1") == 1
        assert "<h1>Case studies</h1>" in html
        assert '<p class="lead">Projects from the network.</p>' in html
        assert [card.title for card in response.context["items"]] == ["Newer A", "Newer B", "Older"]
        assert '<p class="result-count">3 case studies</p>' in html
        assert "Germany · 2018–2019 · Pilot" in html

    def test_card_shows_city_years_maturity_and_topics(self, client, home):
        CaseStudyPageFactory(
            title="Open budget",
            city=CityPageFactory(title="Lisbon", country="PT"),
            topics=[TopicPageFactory(title="Participation")],
            maturity=Maturity.SCALED,
            start_year=2020,
        )
        html = client.get(CaseStudyIndexPageFactory().url).content.decode()
        assert '<p class="result-count">1 case study</p>' in html
        assert "Lisbon, Portugal · since 2020 · Scaled" in html
        assert '<span class="tag">Participation</span>' in html

    def test_filter_form_labels_every_field(self, client, home):
        index = CaseStudyIndexPageFactory()
        html = client.get(index.url).content.decode()
        assert f'<form class="filters" method="get" action="{index.url}">' in html
        for name, label in [
            ("topic", "Topic"),
            ("country", "Country"),
            ("city", "City"),
            ("maturity", "Maturity"),
            ("sdg", "SDG target"),
            ("year", "Active in year"),
        ]:
            assert f'<label for="id_{name}">{label}</label>' in html
            assert f'id="id_{name}"' in html
        assert '<option value="11.3">11.3 Inclusive and sustainable' in html
        assert '<button type="submit">Apply filters</button>' in html
        assert f'href="{index.url}">Reset filters</a>' in html

    def test_drafts_and_private_case_studies_are_not_listed(self, client, home):
        CaseStudyPageFactory(title="Published project")
        CaseStudyPageFactory(title="Draft project").unpublish()
        make_private(CaseStudyPageFactory(title="Private project"))
        response = client.get(CaseStudyIndexPageFactory().url)
        assert listed_titles(response) == {"Published project"}
        assert "1 case study" in response.content.decode()

    def test_empty_state_without_content(self, client, home):
        html = client.get(CaseStudyIndexPageFactory().url).content.decode()
        assert "No case studies have been published yet." in html
        assert "0 case studies" in html
        assert 'class="card-grid"' not in html


@pytest.fixture(scope="class")
def catalogue(django_db_setup, django_db_blocker):
    """Four case studies that differ in every filtered property, made once for a class's tests."""
    with shared_content(django_db_blocker):
        yield catalogue_pages()


def catalogue_pages():
    open_data = TopicPageFactory(title="Open data")
    participation = TopicPageFactory(title="Participation")
    CaseStudyPageFactory(
        title="Recife portal",
        city=CityPageFactory(title="Recife", country="BR"),
        topics=[open_data],
        maturity=Maturity.SCALED,
        sdg_targets=["11.3"],
        start_year=2018,
        end_year=2020,
    )
    CaseStudyPageFactory(
        title="Berlin lab",
        city=CityPageFactory(title="Berlin", country="DE"),
        topics=[participation],
        maturity=Maturity.PILOT,
        sdg_targets=["16.7"],
        start_year=2021,
        end_year=None,
    )
    CaseStudyPageFactory(
        title="National programme",
        country="DE",
        topics=[open_data, participation],
        maturity=Maturity.IDEA,
        sdg_targets=["11.3", "16.7"],
        start_year=2022,
        end_year=2022,
    )
    CaseStudyPageFactory(
        title="Pune mobility",
        city=CityPageFactory(title="Pune", country="IN"),
        topics=[TopicPageFactory(title="Mobility")],
        maturity=Maturity.PILOT,
        start_year=2015,
        end_year=2019,
    )
    return CaseStudyIndexPage.objects.get()


ALL = {"Recife portal", "Berlin lab", "National programme", "Pune mobility"}


@pytest.mark.django_db
class TestFilters:
    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ({"topic": "open-data"}, {"Recife portal", "National programme"}),
            ({"country": "DE"}, {"Berlin lab", "National programme"}),
            ({"city": "recife"}, {"Recife portal"}),
            ({"maturity": "pilot"}, {"Berlin lab", "Pune mobility"}),
            ({"sdg": "16.7"}, {"Berlin lab", "National programme"}),
            ({"topic": "open-data", "country": "DE"}, {"National programme"}),
            ({"country": "DE", "maturity": "pilot", "year": "2024"}, {"Berlin lab"}),
            ({"topic": "open-data", "sdg": "11.3", "year": "2022"}, {"National programme"}),
            ({"topic": "", "country": "", "year": ""}, ALL),
        ],
    )
    def test_filters_alone_and_combined(self, client, catalogue, query, expected):
        response = client.get(catalogue.url, query)
        assert listed_titles(response) == expected
        assert "errorlist" not in response.content.decode()

    @pytest.mark.parametrize(
        ("year", "expected"),
        [
            # Start and end years count as active.
            ("2018", {"Recife portal", "Pune mobility"}),
            ("2019", {"Recife portal", "Pune mobility"}),
            ("2020", {"Recife portal"}),
            # Case studies without an end year are ongoing.
            ("2021", {"Berlin lab"}),
            ("2022", {"Berlin lab", "National programme"}),
            ("2090", {"Berlin lab"}),
            ("1995", set()),
        ],
    )
    def test_active_in_year(self, client, catalogue, year, expected):
        assert listed_titles(client.get(catalogue.url, {"year": year})) == expected

    def test_chosen_values_stay_selected(self, client, catalogue):
        html = client.get(catalogue.url, {"topic": "open-data", "year": "2019"}).content.decode()
        assert '<option value="open-data" selected>Open data</option>' in html
        assert 'name="year" value="2019"' in html

    def test_no_match_shows_the_empty_state_with_a_reset_link(self, client, catalogue):
        html = client.get(catalogue.url, {"maturity": "implemented"}).content.decode()
        assert "0 case studies" in html
        assert "No case studies match these filters." in html
        assert f'<a href="{catalogue.url}">Reset filters and show all case studies</a>' in html

    @pytest.mark.parametrize("field", ["topic", "country", "maturity", "sdg"])
    def test_unknown_value_is_reported_and_ignored(self, client, catalogue, field):
        response = client.get(catalogue.url, {field: "does-not-exist"})
        assert listed_titles(response) == ALL
        html = response.content.decode()
        assert "Select a valid choice. does-not-exist is not one of the available choices." in html
        assert f'aria-invalid="true" aria-describedby="id_{field}_error"' in html

    def test_invalid_filter_does_not_drop_the_valid_ones(self, client, catalogue):
        response = client.get(catalogue.url, {"topic": "nope", "country": "DE"})
        assert listed_titles(response) == {"Berlin lab", "National programme"}

    @pytest.mark.parametrize(
        ("year", "message"),
        [
            ("abc", "Enter a whole number."),
            ("1800", "Ensure this value is greater than or equal to 1990."),
            ("9" * 400, "Ensure this value is less than or equal to 2100."),
        ],
    )
    def test_bad_year_is_reported_and_ignored(self, client, catalogue, year, message):
        response = client.get(catalogue.url, {"year": year})
        assert listed_titles(response) == ALL
        assert message in response.content.decode()

    def test_very_long_and_unknown_parameters(self, client, catalogue):
        response = client.get(catalogue.url, {"topic": "x" * 5000, "utm_source": "newsletter"})
        assert listed_titles(response) == ALL
        response = client.get(catalogue.url, {"utm_source": "newsletter", "sort": "'; --"})
        assert listed_titles(response) == ALL
        html = response.content.decode()
        assert "errorlist" not in html
        assert "No case studies match" not in html


@pytest.mark.django_db
class TestCityField:
    """A text field that takes a city's name (a script offers the names as the visitor types)."""

    @pytest.mark.parametrize("name", ["Recife", "recife", "  RECIFE "])
    def test_a_name_in_any_case_filters_by_that_city(self, client, catalogue, name):
        response = client.get(catalogue.url, {"city": name})
        assert listed_titles(response) == {"Recife portal"}
        assert "errorlist" not in response.content.decode()

    def test_a_link_by_slug_shows_the_name(self, client, catalogue):
        html = client.get(catalogue.url, {"city": "recife"}).content.decode()
        assert 'name="city" value="Recife"' in html

    def test_an_unknown_name_is_reported_and_ignored(self, client, catalogue):
        response = client.get(catalogue.url, {"city": "Atlantis"})
        assert listed_titles(response) == ALL
        html = response.content.decode()
        assert "There is no city called “Atlantis”. Check the spelling or leave it empty." in html
        assert 'aria-invalid="true" aria-describedby="id_city_error"' in html

    def test_the_country_tells_apart_cities_of_the_same_name(self, client, catalogue):
        us_berlin = CityPageFactory(title="Berlin", slug="berlin-us", country="US")
        CaseStudyPageFactory(title="Other Berlin", city=us_berlin)
        ambiguous = client.get(catalogue.url, {"city": "Berlin"}).content.decode()
        assert "Several cities are called “Berlin”. Choose a country as well." in ambiguous
        response = client.get(catalogue.url, {"city": "Berlin", "country": "US"})
        assert listed_titles(response) == {"Other Berlin"}

    def test_no_list_of_every_city_is_sent(self, client, catalogue):
        html = client.get(catalogue.url).content.decode()
        assert '<input type="text" name="city"' in html
        assert f'data-suggest-url="{catalogue.url}city-suggestions/"' in html
        assert '<option value="recife">' not in html


@pytest.mark.django_db
class TestCitySuggestions:
    def suggestions(self, client, index, query):
        response = client.get(f"{index.url}city-suggestions/", {"q": query})
        assert response.status_code == 200
        return response.json()["cities"]

    def test_names_starting_with_the_letters_come_first(self, client, catalogue):
        CityPageFactory(title="Ribeira", country="PT")
        CityPageFactory(title="Porto Rico", country="BR")
        assert self.suggestions(client, catalogue, "ri") == [
            {"name": "Ribeira", "country": "Portugal"},
            {"name": "Porto Rico", "country": "Brazil"},
        ]

    @pytest.mark.parametrize("query", ["", "   ", "zzz", "x" * 5000])
    def test_nothing_matches(self, client, catalogue, query):
        assert self.suggestions(client, catalogue, query) == []

    def test_at_most_ten_and_without_drafts(self, client, home):
        index = CaseStudyIndexPageFactory()
        for number in range(12):
            CityPageFactory(title=f"Santa {number:02d}")
        CityPageFactory(title="Santa Draft").unpublish()
        names = [city["name"] for city in self.suggestions(client, index, "santa")]
        assert names == [f"Santa {number:02d}" for number in range(10)]


@pytest.mark.django_db
class TestPagination:
    def test_pages_keep_the_filters(self, client, home):
        topic = TopicPageFactory(slug="open-data")
        for number in range(PAGE_SIZE + 1):
            CaseStudyPageFactory(title=f"Project {number:02d}", topics=[topic])
        CaseStudyPageFactory(title="Off topic")
        index = CaseStudyIndexPage.objects.get()

        first = client.get(index.url, {"topic": "open-data"})
        html = first.content.decode()
        assert len(first.context["items"]) == PAGE_SIZE
        assert f"{PAGE_SIZE + 1} case studies" in html
        assert "Page 1 of 2" in html
        assert 'href="?topic=open-data&amp;page=2" rel="next"' in html

        second = client.get(index.url, {"topic": "open-data", "page": "2"})
        assert listed_titles(second) == {f"Project {PAGE_SIZE:02d}"}
        assert 'href="?topic=open-data&amp;page=1" rel="prev"' in second.content.decode()

    def test_the_count_follows_new_case_studies(self, client, catalogue):
        assert "4 case studies" in client.get(catalogue.url).content.decode()
        CaseStudyPageFactory()
        assert "5 case studies" in client.get(catalogue.url).content.decode()

    def test_single_page_has_no_pagination(self, client, home):
        CaseStudyPageFactory()
        html = client.get(CaseStudyIndexPage.objects.get().url).content.decode()
        assert 'class="pagination"' not in html


@pytest.fixture(scope="class")
def two_pages_of_case_studies(django_db_setup, django_db_blocker):
    with shared_content(django_db_blocker):
        for _ in range(PAGE_SIZE + 1):
            CaseStudyPageFactory()
        yield CaseStudyIndexPage.objects.get()


@pytest.mark.django_db
class TestBadPageValues:
    @pytest.mark.parametrize(
        ("page", "number"),
        [("abc", 1), ("1.5", 1), ("", 1), ("-1", 2), ("0", 2), ("999999", 2), ("9" * 400, 2)],
    )
    def test_give_a_valid_page(self, client, two_pages_of_case_studies, page, number):
        response = client.get(two_pages_of_case_studies.url, {"page": page})
        assert response.status_code == 200
        assert response.context["items"].number == number


def add_case_studies(count):
    """Case studies with everything a card shows: image, city, topics, SDG targets."""
    shared = TopicPage.objects.filter(slug="shared").first() or TopicPageFactory(slug="shared")
    for number in range(count):
        CaseStudyPageFactory(
            image=wagtail_factories.ImageFactory(),
            city=CityPageFactory(),
            topics=[shared, TopicPageFactory()],
            sdg_targets=["11.3", "16.10"],
            start_year=2020 + number % 3,
        )


FILTERS = "?topic=shared&country=DE&maturity=pilot&sdg=11.3&year=2022&page=1"


@pytest.mark.django_db
class TestIndexQueryBudget:
    def test_query_count_does_not_grow_with_content(
        self, client, home, django_assert_max_num_queries
    ):
        index_url = CaseStudyIndexPageFactory().url
        assert_query_counts_are_fixed(
            client,
            {index_url: INDEX_QUERIES, index_url + FILTERS: FILTERED_INDEX_QUERIES},
            django_assert_max_num_queries,
            add_content=add_case_studies,
            sizes=(2, 2 + 2 * PAGE_SIZE),
        )
