"""Elasticsearch 9 and OpenSearch backends, checked without a server.

What the backends would send (index settings, mappings, queries, documents) is computed by
modelsearch's own classes; where a call would reach the server, a recording client takes it.
tests/search/backends/test_elasticsearch_live.py runs the real thing when a server is set.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.models import ContentPage
from search.backends import language_backend, matching_pks
from search.backends.configuration import language_backend_name, search_backends_from_environment
from search.backends.languages import group_by_language, objects_in_language
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


class TestIndexes:
    @pytest.mark.parametrize(
        ("language_code", "analyzer"),
        [("en", "english"), ("de", "german"), ("es", "spanish"), ("pt-br", "brazilian")],
    )
    def test_each_language_has_its_indexes_with_its_analyzer(self, server, language_code, analyzer):
        backend = language_backend(language_code)
        index_name = backend.get_index_for_model(ContentPage).name
        analysis = backend.settings["settings"]["analysis"]
        assert index_name == f"iscn_{language_code.replace('-', '_')}_wagtailcore_page"
        assert analysis["analyzer"]["default"] == {"type": analyzer}
        # modelsearch's autocomplete analyzer is kept beside it.
        assert analysis["analyzer"]["edgengram_analyzer"]["tokenizer"] == "standard"

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
        assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"


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
