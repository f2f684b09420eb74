import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.backends.analysis_settings import (
    compound_parts,
    german_normalization,
    language_index_settings,
)
from search.backends.configuration import (
    LANGUAGE_ANALYZERS,
    POSTGRES_LANGUAGE_CONFIGS,
    TERM_INDEX_BACKEND,
    search_backends_from_environment,
)

CONTENT_LANGUAGES = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
SERVER_URL = "https://user:secret@search-1.example.org:9200"
# Snowball stemmers, as in search/analysis.py; all four exist in Elasticsearch 9 and OpenSearch 3.
STEMMERS = {"en": "porter2", "de": "german", "es": "spanish", "pt-br": "portuguese"}
STOP_WORDS = {"en": "_english_", "de": "_german_", "es": "_spanish_", "pt-br": "_brazilian_"}


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
                "SEARCH_CONFIG": "iscn_simple",
                "LANGUAGE_CONFIGS": POSTGRES_LANGUAGE_CONFIGS,
            },
            TERM_INDEX_BACKEND: {"BACKEND": "search.backends.terms"},
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
            "INDEX_SETTINGS": language_index_settings("pt-br"),
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


def analysis_of(language_code, compound_words=()):
    return language_index_settings(language_code, compound_words)["settings"]["analysis"]


def filters_of(analysis, analyzer):
    return analysis["analyzer"][analyzer]["filter"]


@pytest.mark.parametrize("language_code", sorted(CONTENT_LANGUAGES))
class TestLanguageAnalysis:
    def test_text_is_folded_stripped_of_stop_words_and_stemmed(self, language_code):
        analysis = analysis_of(language_code)
        name = LANGUAGE_ANALYZERS[language_code].name
        assert analysis["filter"][f"{name}_stop"] == {
            "type": "stop",
            "stopwords": STOP_WORDS[language_code],
        }
        assert analysis["filter"][f"{name}_stemmer"] == {
            "type": "stemmer",
            "language": STEMMERS[language_code],
        }
        for analyzer in ("default", "default_search"):
            assert analysis["analyzer"][analyzer]["tokenizer"] == "standard"
            steps = filters_of(analysis, analyzer)
            assert steps[0] == "lowercase"
            # Folded before the stop words are dropped a second time and before stemming.
            folding = next(step for step in steps if step.startswith("asciifolding"))
            assert steps.index(folding) < steps.index(f"{name}_stemmer")
            assert steps[steps.index(folding) + 1] == f"{name}_stop"

    def test_indexed_text_keeps_the_stem_of_the_word_as_written(self, language_code):
        analysis = analysis_of(language_code)
        assert analysis["filter"]["asciifolding_with_original"] == {
            "type": "asciifolding",
            "preserve_original": True,
        }
        steps = filters_of(analysis, "default")
        assert steps[-2:] == ["asciifolding", "remove_duplicates"]
        # A query is analysed into one term per word, so fuzziness applies to every word.
        assert "asciifolding_with_original" not in filters_of(analysis, "default_search")

    def test_autocomplete_folds_what_is_indexed_and_what_is_typed(self, language_code):
        analysis = analysis_of(language_code)
        indexed = filters_of(analysis, "edgengram_analyzer")
        typed = filters_of(analysis, "edgengram_search_analyzer")
        assert indexed == [*typed, "edgengram"]
        assert typed[0] == "lowercase"
        assert typed[-1] == "asciifolding"

    def test_without_compound_words_nothing_is_decompounded(self, language_code):
        analysis = analysis_of(language_code)
        assert not any("decompounder" in name for name in analysis["filter"])


class TestGermanAnalysis:
    def test_umlauts_and_their_spellings_are_one_letter_before_folding(self):
        analysis = analysis_of("de")
        for analyzer in analysis["analyzer"].values():
            steps = analyzer["filter"]
            folding = next(step for step in steps if step.startswith("asciifolding"))
            assert steps.index("german_normalization") < steps.index(folding)

    def test_compounds_are_indexed_under_the_parts_from_the_word_list(self):
        analysis = analysis_of("de", ["Bürger", "Haushalt", "buerger", "zu", "Frühwarnsystem"])
        assert analysis["filter"]["german_decompounder"] == {
            "type": "dictionary_decompounder",
            # As the decompounder meets them: normalized, folded, unique; too short ones out.
            "word_list": ["burger", "fruhwarnsystem", "haushalt"],
            "only_longest_match": False,
            "min_word_size": 8,
            "min_subword_size": 3,
        }
        steps = filters_of(analysis, "default")
        assert steps.index("german_stop") < steps.index("german_decompounder")
        assert steps.index("german_decompounder") < steps.index("german_stemmer")
        # Parts in a query would be alternatives of each other (any part would do).
        assert "german_decompounder" not in filters_of(analysis, "default_search")

    def test_other_languages_have_no_compounds(self):
        assert "spanish_decompounder" not in analysis_of("es", ["datos"])["filter"]

    @pytest.mark.parametrize(
        ("word", "normalized"),
        [
            ("buergerhaushalt", "burgerhaushalt"),
            ("bürgerhaushalt", "burgerhaushalt"),
            ("straße", "strasse"),
            ("maerz", "marz"),
            ("neue", "neue"),  # ue after a vowel is no umlaut
            ("queue", "queue"),  # nor after q
        ],
    )
    def test_the_word_list_is_normalized_as_lucene_normalizes_german(self, word, normalized):
        assert german_normalization(word) == normalized

    def test_word_list_parts_are_folded_like_indexed_words(self):
        parts = compound_parts(["Städte", "STADT", "Café", "11.6"], LANGUAGE_ANALYZERS["de"])
        assert parts == ["cafe", "stadt", "stadte"]
