"""OpenSearch 3 backend of one content language (see search/backends/server.py)."""

from wagtail.search.backends.opensearch3 import OpenSearch3Index, OpenSearch3SearchBackend

from search.backends.server import LanguageBackendMixin, LanguageIndexMixin


class OpenSearch3LanguageIndex(LanguageIndexMixin, OpenSearch3Index):
    pass


class OpenSearch3LanguageBackend(LanguageBackendMixin, OpenSearch3SearchBackend):
    index_class = OpenSearch3LanguageIndex


SearchBackend = OpenSearch3LanguageBackend
