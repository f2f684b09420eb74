"""Elasticsearch 9 backend of one content language (see search/backends/server.py)."""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
)

from search.backends.server import (
    LanguageBackendMixin,
    LanguageIndexMixin,
    LanguageMappingMixin,
    LanguageQueryCompilerMixin,
)


class Elasticsearch9LanguageMapping(LanguageMappingMixin, Elasticsearch9Mapping):
    pass


class Elasticsearch9LanguageIndex(LanguageIndexMixin, Elasticsearch9Index):
    pass


class Elasticsearch9LanguageQueryCompiler(
    LanguageQueryCompilerMixin, Elasticsearch9SearchQueryCompiler
):
    mapping_class = Elasticsearch9LanguageMapping


class Elasticsearch9LanguageBackend(LanguageBackendMixin, Elasticsearch9SearchBackend):
    mapping_class = Elasticsearch9LanguageMapping
    index_class = Elasticsearch9LanguageIndex
    query_compiler_class = Elasticsearch9LanguageQueryCompiler


SearchBackend = Elasticsearch9LanguageBackend
