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

from django.db.models import Avg, F
from django.db.models.functions import Length
from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.utils import get_content_type_pk
from wagtail.search.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchRebuilder,
)

from search.backends.configuration import POSTGRES_UNLOCALIZED_CONFIG
from search.backends.languages import group_by_language
from search.indexing import field_text, related_objects

# The columns of an entry that add_items writes, of the row in the table or the one proposed.
ENTRY_COLUMNS = "{0}.title, {0}.autocomplete, {0}.body, {0}.title_text, {0}.body_text"
# modelsearch's weight of autocomplete texts (AutocompleteField has no boost).
AUTOCOMPLETE_WEIGHT = "D"


class LanguagePostgresIndex(PostgresIndex):
    def __init__(self, backend):
        super().__init__(backend)
        # Set by the rebuilders while `update_index` fills the index.
        self.rebuilding = False

    def add_items(self, model, objs):
        """Write each object's entry with the configuration of its language, whichever backend
        asks: the same rows as modelsearch's, in one statement for all languages.

        modelsearch reads every indexed value five times per object (once for each vector and
        plain text) and builds a Django expression for each text; at 10,000 case studies that
        was most of `update_index`. Here each value is read once and the SQL is written as text.
        """
        if not model.get_search_fields():
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for language_code, objects in group_by_language(objs).items():
            config = self.backend.config_for_language(language_code)
            for obj in objects:
                row, row_params = self._entry(obj, config)
                rows.append(row)
                params += [content_type_pk, str(obj.pk), *row_params]
        if not rows:
            return
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            # An entry that is already as it should be is left alone: rewriting it would update
            # its four GIN indexes for nothing (most entries, when the index is rebuilt).
            cursor.execute(
                f"INSERT INTO {table} AS entry (content_type_id, object_id, title, autocomplete, "  # noqa: S608
                f"body, title_norm, title_text, body_text) VALUES {', '.join(rows)} "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text "
                f"WHERE ({ENTRY_COLUMNS.format('entry')}) "
                f"IS DISTINCT FROM ({ENTRY_COLUMNS.format('EXCLUDED')})",
                params,
            )
        # A rebuild refreshes every norm at its end (PostgresSearchRebuilder.finish).
        if not self.rebuilding:
            self._refresh_title_norms()

    def _refresh_title_norms(self, full=False):
        """modelsearch's, without rewriting the entries whose norm is right already."""
        lengths = self.entries.annotate(title_length=Length("title")).filter(title_length__gt=0)
        average = lengths.aggregate(Avg("title_length"))["title_length__avg"]
        norm = average / F("title_length")
        if not full:
            lengths = lengths.filter(title_norm=1.0)
        lengths.exclude(title_norm=norm).update(title_norm=norm)

    def _entry(self, obj, config):
        """The VALUES row of an object's index entry and its parameters."""
        title, body, autocomplete = [], [], []
        for field, weight, text in _weighted_texts(obj, obj.get_search_fields()):
            text = text.strip()
            if not text:
                continue
            if isinstance(field, AutocompleteField):
                autocomplete.append((text, weight))
            else:
                # Related objects' titles too, as modelsearch does.
                (title if field.field_name == "title" else body).append((text, weight))
        vectors, params = [], []
        for texts, texts_config in (
            (title, config),
            (autocomplete, self.backend.autocomplete_config),
            (body, config),
        ):
            sql, vector_params = _vector(texts, texts_config)
            vectors.append(sql)
            params += vector_params
        params += [" ".join(text for text, _ in title), " ".join(text for text, _ in body)]
        return f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)", params


def _weighted_texts(obj, search_fields):
    """(search field, weight, text) of every value an object's entry holds, each read once."""
    for field in search_fields:
        if isinstance(field, SearchField):
            yield field, get_weight(field.boost), field_text(obj, field)
        elif isinstance(field, AutocompleteField):
            yield field, AUTOCOMPLETE_WEIGHT, field_text(obj, field)
        elif isinstance(field, RelatedFields):
            for related in related_objects(field, obj):
                yield from _weighted_texts(related, field.fields)


def _vector(texts, config):
    """SQL of the tsvector of (text, weight) pairs, as modelsearch's SearchVector sum gives it."""
    if not texts:
        return "''::tsvector", []
    parts = ["setweight(to_tsvector(%s::regconfig, %s), %s)"] * len(texts)
    return " || ".join(parts), [value for text, weight in texts for value in (config, text, weight)]


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


class DeferredNormsRebuilder(PostgresSearchRebuilder):
    """Refreshes the title norms once, at the end, not after every chunk (a full table scan)."""

    def start(self):
        self.index.rebuilding = True
        return super().start()

    def finish(self):
        self.index.rebuilding = False
        super().finish()


class DeferredNormsAtomicRebuilder(DeferredNormsRebuilder, PostgresSearchAtomicRebuilder):
    pass


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    """Options: LANGUAGE_CONFIGS ({language code: configuration}) and SEARCH_CONFIG."""

    query_compiler_class = LanguageQueryCompiler
    index_class = LanguagePostgresIndex
    rebuilder_class = DeferredNormsRebuilder
    atomic_rebuilder_class = DeferredNormsAtomicRebuilder

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
