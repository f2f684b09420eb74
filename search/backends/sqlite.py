"""SQLite FTS5 with a weighted title: a word in the title counts more than one in the body.

modelsearch ranks with plain `bm25()`, which weighs every column of its FTS5 table alike.
"""

from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText

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
