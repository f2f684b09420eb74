"""SQLite FTS5 with a weighted title, ranked in one pass over the full-text index.

modelsearch ranks with plain `bm25()`, which weighs every column of its FTS5 table alike, and
orders results through a correlated subquery that repeats the full-text match for every
matching row: a word found in thousands of pages takes seconds. `ranked_pks` asks the FTS5
table once instead, joined to the index entries, limited to the pages of the queryset.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

# In the order of the FTS5 table's columns: autocomplete, body, title.
COLUMN_WEIGHTS = (1.0, 1.0, 4.0)


class TitleWeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection)
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS)
        return f"{sql[:-1]}, {weights})", params


class TitleWeightedQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            rank = TitleWeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class TitleWeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = TitleWeightedQueryCompiler

    def ranked_pks(self, terms, queryset, limit, *, autocomplete=False, operator="and"):
        """Primary keys of the objects of `queryset` that match `terms`, best first."""
        search = self.autocomplete if autocomplete else self.search
        results = search(terms, queryset, operator=operator)
        if isinstance(results, EmptySearchResults):
            return []
        compiler = results.query_compiler
        config = compiler.get_config(self)
        query = normalize(compiler.query)
        if isinstance(query, (MatchAll, Not)):
            # Nothing to rank (match everything, or everything but): modelsearch's own way.
            results = compiler.search(config, 0, limit)
            return list(results.values_list("pk", flat=True))

        match = MatchExpression(
            compiler.fields or compiler.FTS_TABLE_FIELDS,
            compiler.build_search_query(query, config=config),
        )
        rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
        # The index keeps object ids as text.
        candidates = queryset.order_by().annotate(pk_text=Cast("pk", CharField())).values("pk_text")
        object_ids = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(queryset.model),
                index_entry__object_id__in=candidates,
            )
            .annotate(score=rank)
            # bm25() is lower for better matches; ties go to the most recently indexed object.
            .order_by("score", "-index_entry_id")
            .values_list("index_entry__object_id", flat=True)[:limit]
        )
        to_python = queryset.model._meta.pk.to_python
        return [to_python(object_id) for object_id in object_ids]
