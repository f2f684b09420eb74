"""PostgreSQL: each language indexed and searched with its own text search configuration."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from search.backends import language_backend, matching_pks
from tests.helpers import make_image
from tests.search.backends.helpers import on_postgresql, page_in, pages_in

pytestmark = [pytest.mark.django_db, on_postgresql]


def index_entry(obj):
    return IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    )


def found(language_code, query):
    """Ids of the pages of a language that its backend finds for `query`."""
    return matching_pks(language_backend(language_code), query, pages_in(language_code), 50)


class TestStemmingPerLanguage:
    @pytest.mark.parametrize(
        ("language_code", "title", "query"),
        [
            ("de", "Bürgerbeteiligungen in Hamburg", "Bürgerbeteiligung"),
            ("es", "Presupuestos participativos en Lima", "presupuesto participativo"),
            ("pt-br", "Orçamentos participativos em Recife", "orçamento participativo"),
            ("en", "Participatory budgets in cities", "budget city"),
        ],
    )
    def test_a_language_finds_other_forms_of_its_words(self, language_code, title, query):
        page = page_in(language_code, title)
        assert found(language_code, query) == [page.pk]

    def test_pages_are_indexed_with_the_configuration_of_their_language(self):
        german = page_in("de", "Bürgerbeteiligungen")
        english = page_in("en", "Bürgerbeteiligungen")
        image = make_image()
        image.title = "Bürgerbeteiligungen"
        image.save()
        assert "'burgerbeteil'" in index_entry(german).title
        # English rules leave the German word whole; objects without a language are not stemmed.
        # Accents are folded in every configuration.
        assert "'burgerbeteiligungen'" in index_entry(english).title
        assert "'burgerbeteiligungen'" in index_entry(image).title

    def test_english_content_is_not_stemmed_with_german_rules(self):
        english = page_in("en", "Bürgerbeteiligungen explained")
        assert found("en", "Bürgerbeteiligung") == []
        assert found("en", "Bürgerbeteiligungen") == [english.pk]

    def test_a_query_is_parsed_with_the_configuration_of_its_language(self):
        page = page_in("de", "Bürgerbeteiligungen in Hamburg")
        german_pages = pages_in("de")
        assert matching_pks(language_backend("de"), "Bürgerbeteiligung", german_pages, 10) == [
            page.pk
        ]
        # Parsed by English rules, the query keeps the whole word and misses the German stem.
        assert matching_pks(language_backend("en"), "Bürgerbeteiligung", german_pages, 10) == []

    def test_autocomplete_matches_word_beginnings_without_stemming(self):
        page = page_in("de", "Bürgerbeteiligungen in Hamburg")
        backend = language_backend("de")
        assert matching_pks(backend, "Bürgerbet", pages_in("de"), 10, autocomplete=True) == [
            page.pk
        ]
        assert backend.autocomplete_config == "simple"


class TestAllLanguages:
    def test_the_default_backend_parses_a_query_in_every_language(self):
        german = page_in("de", "Bürgerbeteiligungen in Hamburg")
        english = page_in("en", "Participatory budgets in cities")
        backend = get_search_backend("default")
        assert backend.query_configs == (
            "iscn_english",
            "iscn_german",
            "iscn_spanish",
            "iscn_portuguese",
            "iscn_simple",
        )
        pages = Page.objects.live()
        assert matching_pks(backend, "Bürgerbeteiligung", pages, 10) == [german.pk]
        assert matching_pks(backend, "budget", pages, 10) == [english.pk]

    def test_accents_are_folded_in_every_language(self):
        spanish = page_in("es", "Participación ciudadana en Lima")
        assert found("es", "participacion") == [spanish.pk]
        backend = get_search_backend("default")
        assert matching_pks(backend, "participacion", Page.objects.live(), 10) == [spanish.pk]

    def test_the_admin_search_finds_pages_in_every_language(self, admin_client):
        page_in("de", "Bürgerbeteiligungen in Hamburg")
        page_in("es", "Presupuestos participativos en Lima")
        url = reverse("wagtailadmin_pages:search")
        german = admin_client.get(url, {"q": "Bürgerbeteiligung"}).content.decode()
        spanish = admin_client.get(url, {"q": "presupuesto"}).content.decode()
        assert "Bürgerbeteiligungen in Hamburg" in german
        assert "Presupuestos participativos en Lima" in spanish


class TestUpdateIndex:
    def test_rebuilding_indexes_every_object_once_and_keeps_it_findable(self):
        german = page_in("de", "Bürgerbeteiligungen in Hamburg")
        spanish = page_in("es", "Presupuestos participativos en Lima")
        image = make_image()
        output = StringIO()

        call_command("update_index", stdout=output)
        call_command("update_index", stdout=output)

        page_entries = IndexEntry.objects.filter(
            content_type__in=get_descendants_content_types_pks(Page)
        )
        # "default" and the site search's "terms", once a run.
        assert output.getvalue().count("Updating backend:") == 4
        assert sorted(int(pk) for pk in page_entries.values_list("object_id", flat=True)) == (
            sorted(Page.objects.values_list("pk", flat=True))
        )
        assert index_entry(image)
        assert found("de", "Bürgerbeteiligung") == [german.pk]
        assert found("es", "presupuesto participativo") == [spanish.pk]
        assert "'burgerbeteil'" in index_entry(german).title

    def test_rebuilding_forgets_deleted_objects(self):
        german = page_in("de", "Bürgerbeteiligungen in Hamburg")
        IndexEntry.objects.filter(object_id=str(german.pk)).update(
            object_id="999999999"
        )  # an entry whose page is gone
        call_command("update_index", stdout=StringIO())
        assert not IndexEntry.objects.filter(object_id="999999999").exists()
        assert found("de", "Bürgerbeteiligung") == [german.pk]


class TestFullTextIndex:
    def test_the_search_filter_is_covered_by_the_title_and_body_gin_index(self):
        page_in("en", "Open data platform for mobility")
        with CaptureQueriesContext(connection) as queries:
            found("en", "open data")
        search_sql = next(query["sql"] for query in queries if "@@" in query["sql"])
        # modelsearch filters on this expression (the index must be on the same one) …
        expression = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
        assert f"{expression} @@" in search_sql

        # … and the planner can answer it from the index.
        with connection.cursor() as cursor:
            # A few rows are cheaper to scan: make the planner show whether it could use it.
            cursor.execute("SET LOCAL enable_seqscan = off")
            sql = f"EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE {expression} @@ %s"  # noqa: S608
            cursor.execute(sql, ["'open' & 'data'"])
            plan = "\n".join(row[0] for row in cursor.fetchall())

        assert "search_indexentry_title_body_gin" in plan, plan


def test_the_connection_prefers_the_gin_index_of_the_site_search():
    """With the default random_page_cost (4) PostgreSQL reads and unpacks every document of the
    site search rather than use its GIN index: 30 ms instead of 3 ms for a word on a third of
    13,000 pages (bench/search.py; cms/settings/environment.py database_settings)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone() == ("1.1",)
