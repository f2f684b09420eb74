"""Elasticsearch 9 backend of one content language (see search/backends/server.py)."""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Index,
    Elasticsearch9SearchBackend,
)

from search.backends.server import LanguageBackendMixin, LanguageIndexMixin


class Elasticsearch9LanguageIndex(LanguageIndexMixin, Elasticsearch9Index):
    pass


class Elasticsearch9LanguageBackend(LanguageBackendMixin, Elasticsearch9SearchBackend):
    index_class = Elasticsearch9LanguageIndex


SearchBackend = Elasticsearch9LanguageBackend
