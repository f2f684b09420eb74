"""Elasticsearch 9 and OpenSearch backends, checked without a server.

What the backends would send (index settings, mappings, queries, documents) is computed by
modelsearch's own classes; where a call would reach the server, a recording client takes it.
tests/search/backends/test_elasticsearch_live.py runs the real thing when a server is set.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from home.models import ContentPage
from search.backends import language_backend, matching_pks
from search.backends.analysis_settings import language_index_settings
from search.backends.configuration import language_backend_name, search_backends_from_environment
from search.backends.languages import group_by_language, objects_in_language
from search.backends.server import best_excerpt, hits_with_highlights
from tests.helpers import make_image
from tests.search.backends.helpers import page_in, pages_in

pytestmark = pytest.mark.django_db

SERVERS = ["ELASTICSEARCH_URL", "OPENSEARCH_URL"]


@pytest.fixture(params=SERVERS)
def server(request):
    """Backends configured for a search server that is never contacted: saving a page does not
    index it (AUTO_UPDATE off); the tests hand objects to the indexes themselves."""
    backends = search_backends_from_environment({request.param: "http://search.invalid:9200"})
    for options in backends.values():
        options["AUTO_UPDATE"] = False
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield request.param


def unshared_backend(language_code):
    """A new instance of a language's backend, free to be given a recording client."""
    return get_search_backend(language_backend_name(language_code))


class RecordingClient:
    """Stands in for the Elasticsearch/OpenSearch client (no server runs here): records calls."""

    def __init__(self, hits=()):
        self.calls = []
        self.hits = list(hits)
        self.indices = self

    def create(self, **kwargs):
        self.calls.append(("create", kwargs))

    def index(self, **kwargs):
        self.calls.append(("index", kwargs))

    def search(self, **kwargs):
        self.calls.append(("search", kwargs))
        return {"hits": {"hits": self.hits}}


def leaves(query):
    """Every leaf clause of a query body ({"term": ...}, {"terms": ...}, {"match": ...})."""
    if isinstance(query, list):
        return [leaf for item in query for leaf in leaves(item)]
    if isinstance(query, dict) and "bool" in query:
        return leaves(list(query["bool"].values()))
    return [query]


def content_pages_in(language_code):
    content_page_type = ContentType.objects.get_for_model(ContentPage)
    return pages_in(language_code).filter(content_type__in=[content_page_type])


# Filters and tokenizers every analyzer may name without defining them.
BUILT_IN_FILTERS = {"lowercase", "asciifolding", "german_normalization", "remove_duplicates"}


class TestIndexes:
    @pytest.mark.parametrize("language_code", ["en", "de", "es", "pt-br"])
    def test_each_language_has_its_indexes_with_its_analysis(self, server, language_code):
        backend = language_backend(language_code)
        index_name = backend.get_index_for_model(ContentPage).name
        analysis = backend.settings["settings"]["analysis"]
        ours = language_index_settings(language_code)["settings"]["analysis"]
        assert index_name == f"iscn_{language_code.replace('-', '_')}_wagtailcore_page"
        for analyzer in ("default", "default_search", "edgengram_analyzer"):
            assert analysis["analyzer"][analyzer] == ours["analyzer"][analyzer]
        # modelsearch's own analysis is kept beside ours: its edge n-gram filter among it.
        assert analysis["filter"]["edgengram"]["type"] == "edge_ngram"
        assert analysis["analyzer"]["ngram_analyzer"]["tokenizer"] == "standard"

    @pytest.mark.parametrize("language_code", ["en", "de", "es", "pt-br"])
    def test_every_filter_an_analyzer_names_is_defined_or_built_in(self, server, language_code):
        backend = unshared_backend(language_code)
        backend.compound_words = lambda code: ["Bürger", "Haushalt"]
        backend.add_compound_words()
        analysis = backend.settings["settings"]["analysis"]
        for name, analyzer in analysis["analyzer"].items():
            assert analyzer["tokenizer"] == "standard", name
            undefined = set(analyzer["filter"]) - set(analysis["filter"]) - BUILT_IN_FILTERS
            assert not undefined, name

    def test_the_default_backend_keeps_the_standard_analyzer(self, server):
        backend = get_search_backend("default")
        assert "default" not in backend.settings["settings"]["analysis"]["analyzer"]
        assert backend.get_index_for_model(ContentPage).name == "iscn_wagtailcore_page"

    def test_full_text_fields_use_the_index_default_analyzer(self, server):
        properties = language_backend("de").mapping_class(ContentPage).get_mapping()["properties"]
        full_text = [
            "title",
            "home_contentpage__body",
            "home_contentpage__introduction",
            "_all_text",
        ]
        for name in full_text:
            assert properties[name]["type"] == "text"
            # No analyzer of their own: the index default (the language's) applies.
            assert "analyzer" not in properties[name], name
        # Prefixes are folded when indexed and when typed ("orç" and "orc" find "Orçamento").
        for name in ("_edgengrams", "title_edgengrams"):
            assert properties[name]["analyzer"] == "edgengram_analyzer"
            assert properties[name]["search_analyzer"] == "edgengram_search_analyzer"


class TestQueries:
    def test_search_query_searches_all_text_within_the_filters(self, server):
        backend = language_backend("de")
        queryset = content_pages_in("de")
        query = backend.query_compiler_class(
            queryset, "Bürgerbeteiligung", operator="and"
        ).get_query()
        must = query["bool"]["must"]["multi_match"]
        filters = leaves(query["bool"]["filter"])
        german = Locale.objects.get(language_code="de").pk
        assert must["query"] == "Bürgerbeteiligung"
        assert must["operator"] == "and"
        # Typos are forgiven from four letters on, never in the first letter.
        assert (must["fuzziness"], must["prefix_length"]) == ("AUTO:4,7", 1)
        assert "_all_text" in must["fields"]
        assert "_all_text_boost_2_0^2.0" in must["fields"]  # titles count double
        assert {"term": {"live_filter": True}} in filters
        assert {"term": {"locale_id_filter": german}} in filters
        assert {
            "terms": {"content_type_id_filter": [ContentType.objects.get_for_model(ContentPage).pk]}
        } in filters

    def test_autocomplete_matches_title_prefixes_within_the_filters(self, server):
        backend = language_backend("de")
        queryset = content_pages_in("de")
        query = backend.autocomplete_query_compiler_class(
            queryset, "Bürgerbet", operator="and"
        ).get_query()
        filters = leaves(query["bool"]["filter"])
        assert query["bool"]["must"] == {
            "match": {"_edgengrams": {"query": "Bürgerbet", "operator": "and"}}
        }
        assert {"term": {"live_filter": True}} in filters
        assert {"match": {"_django_content_type": "wagtailcore.Page"}} in filters

    def test_every_word_of_a_compound_query_forgives_typos(self, server):
        backend = language_backend("es")
        query = Or([PlainText("gobernansa"), And([PlainText("datos"), PlainText("abiertos")])])
        compiled = backend.query_compiler_class(content_pages_in("es"), query).get_query()
        matches = [
            options
            for leaf in leaves(compiled["bool"]["must"]["dis_max"]["queries"])
            for options in leaf["match"].values()
        ]
        assert {options["query"] for options in matches} == {"gobernansa", "datos", "abiertos"}
        assert all(options["fuzziness"] == "AUTO:4,7" for options in matches)


def highlight_hit(pk, **fragments):
    return {"fields": {"pk": [str(pk)]}, "highlight": {k: [v] for k, v in fragments.items()}}


class TestHighlights:
    def test_a_page_of_results_asks_for_marked_html_escaped_passages(self, server):
        backend = unshared_backend("de")
        body = "Das <mark>Datenportal</mark> der Stadt &amp; ihrer Bürger"
        backend.es = RecordingClient(hits=[highlight_hit(12, home_contentpage__body=body)])

        results = backend.search("Datenportal", content_pages_in("de"), operator="and")
        hits = hits_with_highlights(results, 10)

        [(call, kwargs)] = backend.es.calls
        kwargs.update(kwargs.pop("body", {}))  # OpenSearch's client takes the body whole
        highlight = kwargs["highlight"]
        assert call == "search"
        assert hits == [(12, body)]
        assert (highlight["pre_tags"], highlight["post_tags"]) == (["<mark>"], ["</mark>"])
        assert highlight["encoder"] == "html"
        assert (highlight["fragment_size"], highlight["number_of_fragments"]) == (200, 1)
        # The query searches the _all_text copies: the words are marked in the fields.
        assert highlight["require_field_match"] is False
        assert highlight["fields"]["title"] == {"number_of_fragments": 0}
        assert highlight["fields"]["home_contentpage__body"] == {}
        assert not any(column.startswith("_all_text") for column in highlight["fields"])
        # Structured values as words make no passage.
        assert not any(column.endswith("search_keywords") for column in highlight["fields"])
        assert kwargs["query"]["bool"]["must"]["multi_match"]["fuzziness"] == "AUTO:4,7"
        assert (kwargs["_source"], kwargs["stored_fields"], kwargs["size"]) == (False, "pk", 10)

    def test_the_text_fields_searched_are_highlighted_most_boosted_first(self, server):
        backend = language_backend("en")
        compiler = backend.query_compiler_class(content_pages_in("en"), "portal")
        columns = list(compiler.get_highlight()["fields"])
        assert columns[0] == "title"
        assert columns.index("home_contentpage__introduction") < columns.index(
            "home_contentpage__body"
        )
        only_body = backend.query_compiler_class(
            ContentPage.objects.all(), "portal", fields=["body"]
        )
        assert list(only_body.get_highlight()["fields"]) == ["home_contentpage__body"]

    def test_autocomplete_asks_for_no_highlights(self, server):
        backend = unshared_backend("de")
        backend.es = RecordingClient(hits=[{"fields": {"pk": ["3"]}}])
        results = backend.autocomplete("Daten", content_pages_in("de"))
        assert hits_with_highlights(results, 5) == [(3, None)]
        [(_search, kwargs)] = backend.es.calls
        assert "highlight" not in kwargs.get("body", kwargs)

    def test_the_excerpt_is_the_passage_with_most_matched_words(self):
        columns = ["title", "intro", "body"]
        one, two = "a <mark>flood</mark>", "<mark>flood</mark> <mark>maps</mark>"
        assert best_excerpt({"title": ["T"], "intro": [one], "body": [two]}, columns) == two
        assert best_excerpt({"intro": [one], "body": [one]}, columns) == one  # intro first
        assert best_excerpt({"title": ["<mark>Flood</mark> maps"]}, columns) == (
            "<mark>Flood</mark> maps"
        )
        assert best_excerpt({}, columns) is None


def german_vocabulary(language_code):
    """COMPOUND_WORDS of the tests: the words the German pages use."""
    return ["Bürger", "Haushalt", "Frühwarnsystem"] if language_code == "de" else []


class TestCompoundWords:
    @pytest.mark.parametrize(
        "compound_words",
        [german_vocabulary, "tests.search.backends.test_server_backends.german_vocabulary"],
    )
    def test_a_new_index_splits_compounds_into_the_words_of_the_day(self, server, compound_words):
        backend = get_search_backend("language_de", COMPOUND_WORDS=compound_words)
        backend.es = RecordingClient()

        backend.get_index_for_model(ContentPage).put()

        [(call, kwargs)] = backend.es.calls
        settings = kwargs.get("settings") or kwargs["body"]["settings"]  # ES 9 | OpenSearch 3
        analysis = settings["analysis"]
        assert call == "create"
        assert analysis["filter"]["german_decompounder"]["word_list"] == [
            "burger",
            "fruhwarnsystem",
            "haushalt",
        ]
        assert "german_decompounder" in analysis["analyzer"]["default"]["filter"]

    def test_a_language_without_analysis_is_refused(self, server):
        with pytest.raises(ImproperlyConfigured, match="LANGUAGE_ANALYZERS"):
            get_search_backend("language_de", LANGUAGE="fr")


class TestIndexingSkipsOtherLanguages:
    def test_objects_are_grouped_by_the_language_of_their_locale(self):
        english = page_in("en", "Open data portal")
        german = page_in("de", "Offenes Datenportal")
        image = make_image()
        groups = group_by_language([english, german, image])
        assert groups == {"en": [english], "de": [german], None: [image]}
        assert objects_in_language([english, german, image], "DE") == [german]

    def test_a_language_index_sends_only_its_languages_pages(self, server):
        english = page_in("en", "Open data portal")
        german = page_in("de", "Offenes Datenportal")
        backend = unshared_backend("de")
        bulk_calls = []
        backend.es = RecordingClient()
        backend.bulk = lambda client, actions, index: bulk_calls.append((index, actions))
        index = backend.get_index_for_model(ContentPage)

        index.add_items(ContentPage, [english, german])
        index.add_item(english)
        index.add_item(german)

        assert [(name, [action["_id"] for action in actions]) for name, actions in bulk_calls] == [
            ("iscn_de_wagtailcore_page", [str(german.pk)])
        ]
        documents = [kwargs["id"] for call, kwargs in backend.es.calls if call == "index"]
        assert documents == [str(german.pk)]

    def test_a_language_index_skips_objects_without_a_locale(self, server):
        backend = unshared_backend("de")
        bulk_calls = []
        backend.bulk = lambda client, actions, index: bulk_calls.append(actions)
        image = make_image()
        backend.get_index_for_model(type(image)).add_items(type(image), [image])
        assert bulk_calls == []


class TestMatchingPks:
    def test_reads_ids_from_the_hits_without_loading_pages(
        self, server, home, django_assert_num_queries
    ):
        backend = unshared_backend("de")
        backend.es = RecordingClient(hits=[{"fields": {"pk": ["12"]}}, {"fields": {"pk": ["7"]}}])
        queryset = Page.objects.live().filter(locale_id=home.locale_id)

        with django_assert_num_queries(0):
            pks = matching_pks(backend, "Datenportal", queryset, 20)

        [(call, kwargs)] = backend.es.calls
        assert call == "search"
        assert pks == [12, 7]
        assert kwargs["index"] == "iscn_de_wagtailcore_page"
        assert kwargs["_source"] is False
        assert kwargs["stored_fields"] == "pk"
        assert (kwargs["from_"], kwargs["size"]) == (0, 20)

    def test_asks_for_no_more_hits_than_the_server_answers(self, server):
        backend = unshared_backend("en")
        backend.es = RecordingClient()
        matching_pks(backend, "data", Page.objects.live(), 50_000)
        [(_search, kwargs)] = backend.es.calls
        assert kwargs["size"] == 10_000
