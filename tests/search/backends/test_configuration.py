import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.backends.configuration import (
    LANGUAGE_ANALYZERS,
    POSTGRES_LANGUAGE_CONFIGS,
    search_backends_from_environment,
)

CONTENT_LANGUAGES = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
SERVER_URL = "https://user:secret@search-1.example.org:9200"


class TestEveryContentLanguageIsAnalysed:
    def test_postgresql_has_a_configuration_per_language(self):
        assert set(POSTGRES_LANGUAGE_CONFIGS) == CONTENT_LANGUAGES

    def test_search_servers_have_an_analyzer_per_language(self):
        assert set(LANGUAGE_ANALYZERS) == CONTENT_LANGUAGES


class TestDatabaseBackend:
    def test_without_a_search_server_the_database_searches(self):
        backends = search_backends_from_environment({"ELASTICSEARCH_URL": " "})
        assert backends == {
            "default": {
                "BACKEND": "search.backends.database",
                "SEARCH_CONFIG": "simple",
                "LANGUAGE_CONFIGS": POSTGRES_LANGUAGE_CONFIGS,
            }
        }


class TestSearchServerBackends:
    def test_elasticsearch_has_a_default_and_one_backend_per_language(self):
        backends = search_backends_from_environment({"ELASTICSEARCH_URL": SERVER_URL})
        assert set(backends) == {"default"} | {f"language_{code}" for code in CONTENT_LANGUAGES}
        assert backends["default"] == {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [SERVER_URL],
            "INDEX_PREFIX": "iscn_",
        }
        assert backends["language_pt-br"] == {
            "BACKEND": "search.backends.elasticsearch.Elasticsearch9LanguageBackend",
            "URLS": [SERVER_URL],
            "LANGUAGE": "pt-br",
            "INDEX_PREFIX": "iscn_pt_br_",
            "INDEX_SETTINGS": {
                "settings": {"analysis": {"analyzer": {"default": {"type": "brazilian"}}}}
            },
        }

    def test_opensearch_uses_the_opensearch_classes(self):
        backends = search_backends_from_environment({"OPENSEARCH_URL": SERVER_URL})
        assert backends["default"]["BACKEND"] == "wagtail.search.backends.opensearch3"
        assert (
            backends["language_de"]["BACKEND"]
            == "search.backends.opensearch.OpenSearch3LanguageBackend"
        )

    def test_several_urls_and_an_index_prefix(self):
        backends = search_backends_from_environment(
            {
                "ELASTICSEARCH_URL": "http://es-1:9200, http://es-2:9200",
                "ELASTICSEARCH_INDEX_PREFIX": "staging_",
            }
        )
        assert backends["language_de"]["URLS"] == ["http://es-1:9200", "http://es-2:9200"]
        assert backends["default"]["INDEX_PREFIX"] == "staging_"
        assert backends["language_de"]["INDEX_PREFIX"] == "staging_de_"

    def test_both_servers_at_once_are_refused(self):
        with pytest.raises(ImproperlyConfigured, match="not both"):
            search_backends_from_environment(
                {"ELASTICSEARCH_URL": SERVER_URL, "OPENSEARCH_URL": SERVER_URL}
            )

    @pytest.mark.parametrize("prefix", ["ISCN_", "iscn prod", "_iscn", "iscn*"])
    def test_an_index_prefix_the_server_would_refuse_is_refused(self, prefix):
        with pytest.raises(ImproperlyConfigured, match="ELASTICSEARCH_INDEX_PREFIX"):
            search_backends_from_environment(
                {"ELASTICSEARCH_URL": SERVER_URL, "ELASTICSEARCH_INDEX_PREFIX": prefix}
            )
