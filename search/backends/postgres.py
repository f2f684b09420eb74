"""PostgreSQL full-text search with one text search configuration per content language.

Modelsearch keeps one index row per object (content type + object id) in a table shared by
every backend, so the languages cannot be separate backends writing the same rows. Instead
the one "default" backend writes each object's vectors with the configuration of its locale
(German stemming for German pages, ...; objects without a locale, such as images, with
SEARCH_CONFIG), and a query is parsed with the configuration of the language it searches:
`backend.for_language("de")`. The default backend itself (Wagtail's admin) parses a query
with every configuration at once, so it finds content in any language.
Autocomplete stays on 'simple' (no stemming), as in modelsearch.
"""

import copy
import operator
from functools import reduce

from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backends.configuration import POSTGRES_UNLOCALIZED_CONFIG
from search.backends.languages import group_by_language


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Write each language's objects with its configuration, whichever backend asks."""
        for language_code, objects in group_by_language(objs).items():
            indexing_backend = self.backend.for_language(language_code)
            PostgresIndex(indexing_backend).add_items(model, objects)


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return backend.query_configs

    def build_tsquery(self, query, config=None):
        """The query parsed with each configuration, any of them matching (`||`)."""
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        queries = [self.build_tsquery_content(query, config=each) for each in config]
        if any(each is None for each in queries):
            return None
        return reduce(operator.or_, queries)


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    """Options: LANGUAGE_CONFIGS ({language code: configuration}) and SEARCH_CONFIG."""

    query_compiler_class = LanguageQueryCompiler
    index_class = LanguagePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.unlocalized_config = params.get("SEARCH_CONFIG") or POSTGRES_UNLOCALIZED_CONFIG
        self.language_configs = {
            code.lower(): config for code, config in params.get("LANGUAGE_CONFIGS", {}).items()
        }
        self.language_code = None
        # What modelsearch indexes objects with; this backend sets it per language.
        self.config = self.unlocalized_config

    def config_for_language(self, language_code):
        """The configuration of a language; unknown languages and None get SEARCH_CONFIG."""
        if language_code is None:
            return self.unlocalized_config
        return self.language_configs.get(language_code.lower(), self.unlocalized_config)

    def for_language(self, language_code):
        """This backend, querying in one language (None: without a language)."""
        backend = copy.copy(self)
        backend.language_code = language_code.lower() if language_code else None
        backend.config = self.config_for_language(language_code)
        return backend

    @property
    def query_configs(self):
        """Configurations a query is parsed with: its language's, or all of them."""
        if self.language_code is not None:
            return (self.config,)
        return tuple(dict.fromkeys([*self.language_configs.values(), self.unlocalized_config]))


SearchBackend = LanguagePostgresSearchBackend
