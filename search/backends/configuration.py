"""WAGTAILSEARCH_BACKENDS built from the environment (docs/search.md).

The settings import this module, so it needs nothing but the standard library, Django's
exceptions and analysis_settings.py (standard library only).
"""

import re

from django.core.exceptions import ImproperlyConfigured

# LANGUAGE_ANALYZERS is the search servers' language map beside POSTGRES_LANGUAGE_CONFIGS.
from search.backends.analysis_settings import LANGUAGE_ANALYZERS, language_index_settings

#: PostgreSQL text search configuration of each content language: PostgreSQL's own, with
#: accents folded first (search/migrations/0005_unaccent_text_search_configurations.py).
POSTGRES_LANGUAGE_CONFIGS = {
    "en": "iscn_english",
    "de": "iscn_german",
    "es": "iscn_spanish",
    "pt-br": "iscn_portuguese",
}

#: PostgreSQL configuration of objects without a language (images, documents): no stemming.
POSTGRES_UNLOCALIZED_CONFIG = "iscn_simple"

DEFAULT_INDEX_PREFIX = "iscn_"

#: The WAGTAILSEARCH_BACKENDS key of the site search's own index, without a search server.
TERM_INDEX_BACKEND = "terms"

# Stock backend for all content, our subclass for the indexes of one language.
SEARCH_SERVERS = {
    "ELASTICSEARCH_URL": (
        "wagtail.search.backends.elasticsearch9",
        "search.backends.elasticsearch.Elasticsearch9LanguageBackend",
    ),
    "OPENSEARCH_URL": (
        "wagtail.search.backends.opensearch3",
        "search.backends.opensearch.OpenSearch3LanguageBackend",
    ),
}


def language_backend_name(language_code):
    """The WAGTAILSEARCH_BACKENDS key of the search-server backend of one language."""
    return f"language_{language_code.lower()}"


def search_backends_from_environment(environ):
    """WAGTAILSEARCH_BACKENDS for this environment.

    Without ELASTICSEARCH_URL or OPENSEARCH_URL: one database backend, which on PostgreSQL
    indexes and queries each language with its own text search configuration. With one of
    them: a "default" backend over all content (Wagtail's admin, the editors' search) plus one
    backend per language, each with its own indexes analysed in that language.
    """
    servers = [name for name in SEARCH_SERVERS if environ.get(name, "").strip()]
    if not servers:
        return {
            "default": {
                "BACKEND": "search.backends.database",
                "SEARCH_CONFIG": POSTGRES_UNLOCALIZED_CONFIG,
                "LANGUAGE_CONFIGS": dict(POSTGRES_LANGUAGE_CONFIGS),
            },
            # The site search's own analysed index (search/indexing.py).
            TERM_INDEX_BACKEND: {"BACKEND": "search.backends.terms"},
        }
    if len(servers) > 1:
        raise ImproperlyConfigured("Set either ELASTICSEARCH_URL or OPENSEARCH_URL, not both.")

    url_variable = servers[0]
    urls = [url.strip() for url in environ[url_variable].split(",") if url.strip()]
    prefix = environ.get("ELASTICSEARCH_INDEX_PREFIX", "").strip() or DEFAULT_INDEX_PREFIX
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", prefix):
        raise ImproperlyConfigured(
            "ELASTICSEARCH_INDEX_PREFIX may hold lower-case letters, digits, '-' and '_' only, "
            f"got {prefix!r}."
        )
    all_content_backend, language_backend = SEARCH_SERVERS[url_variable]
    backends = {
        "default": {"BACKEND": all_content_backend, "URLS": urls, "INDEX_PREFIX": prefix},
    }
    for language_code in LANGUAGE_ANALYZERS:
        backends[language_backend_name(language_code)] = {
            "BACKEND": language_backend,
            "URLS": urls,
            "LANGUAGE": language_code,
            # iscn_pt_br_wagtailcore_page: index names stay free of the locale's hyphen.
            "INDEX_PREFIX": f"{prefix}{language_code.replace('-', '_')}_",
            # Without the German vocabulary: COMPOUND_WORDS (server.py) adds it to new indexes.
            "INDEX_SETTINGS": language_index_settings(language_code),
        }
    return backends
