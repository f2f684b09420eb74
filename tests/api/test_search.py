"""`?search=` in the read-only API: the site search's pipeline for pages, plain words for files.

Whatever the query, the answer is results or a 400 with a message, never a server error.
"""

from urllib.parse import urlencode

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.casestudies.factories import CaseStudyPageFactory
from tests.helpers import assert_query_count_is_fixed, make_image, shared_content, translate
from tests.topics.factories import TopicPageFactory

from .helpers import PAGES, error, ids, items

pytestmark = pytest.mark.django_db

DOCUMENTS = "/api/v2/documents/"
IMAGES = "/api/v2/images/"
ENDPOINTS = [PAGES, IMAGES, DOCUMENTS]
CASE_STUDIES = "casestudies.CaseStudyPage"

HOSTILE_QUERIES = [
    '"a OR',
    '"a',
    "a AND",
    "AND OR NOT",
    "*",
    ")(",
    "title:portal",
    "portal^3 ~2 -data +open",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "x" * 1_000,
    "\x01\x1f control \x7f",
    "🏙️ open 🚲 data",
    "مدينة ذكية",
    "\u202eevil\u202c",
    "",
    "   ",
]


def document(title):
    return get_document_model().objects.create(
        title=title,
        collection=Collection.get_first_root_node(),
        file=ContentFile(b"Public.", name="report.txt"),
    )


@pytest.fixture
def files(home):
    return make_files()


def make_files():
    """A document and an image called "Open data portal", and one of each called otherwise."""
    image = make_image()
    image.title = "Open data portal"
    image.save()
    make_image()
    return {DOCUMENTS: document("Open data portal"), IMAGES: image, "other": document("Budget")}


@pytest.fixture(scope="class")
def portal(django_db_setup, django_db_blocker):
    """(case study, files) called "Open data portal", made once for a class's tests."""
    with shared_content(django_db_blocker):
        page = CaseStudyPageFactory(
            title="Open data portal", topics=[TopicPageFactory(title="Data governance")]
        )
        yield page, make_files()


class TestHostileQueries:
    @pytest.mark.parametrize("url", ENDPOINTS)
    @pytest.mark.parametrize("query", HOSTILE_QUERIES)
    def test_answers_results(self, client, portal, url, query):
        response = client.get(url, {"search": query})
        assert response.status_code == 200, response.content

    @pytest.mark.parametrize("url", ENDPOINTS)
    def test_null_characters_are_refused_by_name(self, client, home, url):
        message = "search: null characters are not allowed"
        assert error(client, url, search="\x00") == message
        assert error(client, url, search="open\x00data") == message

    @pytest.mark.parametrize("url", ENDPOINTS)
    def test_overlong_queries_are_refused(self, client, home, url):
        assert error(client, url, search="x" * 5_000) == "search: longer than 1,000 characters"

    @pytest.mark.parametrize("url", ENDPOINTS)
    def test_operators_are_words(self, client, portal, url):
        """Quotes, brackets and AND/OR/NOT never reach the search backend as syntax."""
        open_data, files = portal
        expected = {PAGES: open_data, IMAGES: files[IMAGES], DOCUMENTS: files[DOCUMENTS]}[url]
        assert ids(client, url, search='"open (data) portal') == {expected.pk}
        assert ids(client, url, search="*") == set()

    @pytest.mark.parametrize("url", ENDPOINTS)
    def test_search_operator(self, client, portal, url):
        assert items(client, url, search="portal", search_operator="or")
        assert items(client, url, search="portal", search_operator="AND")
        message = "search_operator: must be 'and' or 'or'"
        assert error(client, url, search="portal", search_operator="xor") == message


class TestFiles:
    def test_every_word_or_any_word(self, client, files):
        other = files["other"]
        assert ids(client, DOCUMENTS, search="open budget") == set()
        found = ids(client, DOCUMENTS, search="open budget", search_operator="or")
        assert found == {files[DOCUMENTS].pk, other.pk}

    def test_ordered_by_a_field(self, client, files):
        found = items(client, DOCUMENTS, search="open budget", search_operator="or", order="title")
        assert [item["title"] for item in found] == ["Budget", "Open data portal"]


class TestPageRelevance:
    """The site search's analysis, typo correction and partial matches, through the API."""

    def test_german_umlauts_typed_as_ue(self, client, home):
        budget = CaseStudyPageFactory(title="Participatory budget", topics=[])
        german = translate(budget, "de", title="Bürgerhaushalt Köln")
        assert ids(client, search="Buergerhaushalt", locale="de") == {german.pk}
        assert ids(client, search="Bürgerhaushalt") == {german.pk}
        assert ids(client, search="Buergerhaushalt", locale="en") == set()

    def test_typos_are_corrected(self, client, home):
        budgeting = CaseStudyPageFactory(title="Participatory budgeting", topics=[])
        CaseStudyPageFactory(title="Open data portal", topics=[])
        assert ids(client, search="participatry budgeting") == {budgeting.pk}

    def test_some_words_are_enough_when_not_all_match(self, client, home):
        portal = CaseStudyPageFactory(title="Open data portal", topics=[])
        CaseStudyPageFactory(title="Bike lanes", topics=[])
        found = items(client, search="portal zanzibar quokka")
        assert found[0]["id"] == portal.pk

    def test_best_first(self, client, home):
        """A title that names the words weighs more than a summary that does."""
        in_title = CaseStudyPageFactory(title="Flood warnings", topics=[])
        in_summary = CaseStudyPageFactory(
            title="River parks", summary="Parks that hold back the flood.", topics=[]
        )
        CaseStudyPageFactory(title="Bike lanes", topics=[])
        found = items(client, search="flood", type=CASE_STUDIES)
        assert [item["id"] for item in found] == [in_title.pk, in_summary.pk]
        # ?order= orders the matches instead.
        found = items(client, search="flood", type=CASE_STUDIES, order="-title")
        assert [item["id"] for item in found] == [in_summary.pk, in_title.pk]

    def test_with_filters_and_paging(self, client, open_data, bike_lanes, meeting):
        assert ids(client, search="portal", topic="data-governance") == {open_data.pk}
        assert ids(client, search="portal", type="events.EventPage") == set()
        ranked = items(client, search="portal")
        assert ranked[0]["id"] == open_data.pk
        response = client.get(PAGES, {"search": "portal", "offset": 1})
        assert response.json()["meta"]["total_count"] == len(ranked)
        assert response.json()["items"] == ranked[1:]

    def test_every_language_without_locale(self, client, open_data):
        german = translate(open_data, "de", title="Offenes Datenportal")
        assert ids(client, search="Datenportal") == {german.pk}
        assert ids(client, search="Datenportal", locale="en") == set()


class TestQueries:
    """A search listing costs the same number of queries for 2 matches as for 25."""

    added = 0

    def add_case_studies(self, count):
        for _ in range(count):
            self.added += 1
            CaseStudyPageFactory(
                title="Flood warnings", slug=f"flood-warnings-{self.added}", topics=[]
            )

    @pytest.mark.parametrize(
        ("query", "budgets"),
        [
            # The listing's six, one or two per language for the site search's index (a
            # language without a match also looks for corrections, in the database's
            # vocabulary index on PostgreSQL): seven for the four languages, ten on PostgreSQL.
            ({"search": "flood"}, {"sqlite": 13, "postgresql": 16}),
            # One for the locale, one for the English index.
            (
                {"search": "flood warnings", "locale": "en", "type": CASE_STUDIES},
                {"sqlite": 8, "postgresql": 8},
            ),
        ],
    )
    def test_search_listing(self, client, home, django_assert_max_num_queries, query, budgets):
        assert_query_count_is_fixed(
            client,
            f"{PAGES}?{urlencode(query)}",
            django_assert_max_num_queries,
            add_content=self.add_case_studies,
            budget=budgets[connection.vendor],
        )
