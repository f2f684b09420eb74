"""OpenSearch 3 backend of one content language (see search/backends/server.py)."""

from wagtail.search.backends.opensearch3 import (
    OpenSearch3Index,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
)

from search.backends.server import (
    LanguageBackendMixin,
    LanguageIndexMixin,
    LanguageMappingMixin,
    LanguageQueryCompilerMixin,
)


class OpenSearch3LanguageMapping(LanguageMappingMixin, OpenSearch3Mapping):
    pass


class OpenSearch3LanguageIndex(LanguageIndexMixin, OpenSearch3Index):
    pass


class OpenSearch3LanguageQueryCompiler(LanguageQueryCompilerMixin, OpenSearch3SearchQueryCompiler):
    mapping_class = OpenSearch3LanguageMapping


class OpenSearch3LanguageBackend(LanguageBackendMixin, OpenSearch3SearchBackend):
    mapping_class = OpenSearch3LanguageMapping
    index_class = OpenSearch3LanguageIndex
    query_compiler_class = OpenSearch3LanguageQueryCompiler


SearchBackend = OpenSearch3LanguageBackend
