"""Which indexed pages of a language match analysed query words, best first: the only SQL of
the site search's own index, one statement per question, for SQLite (FTS5) and PostgreSQL.

A query word is a `QueryWord`: alternatives, each a set of terms that must all be present (a word
is matched by any of its stems, or by all the parts of a German compound). Pages match when they
match every word ("all") or at least one ("any"). Titles weigh four times the body: bm25's column
weights on SQLite, the A and B weights of `ts_rank` on PostgreSQL. Terms are ASCII letters and
digits only (search/analysis.py), so they are safe in both query syntaxes.
"""

from dataclasses import dataclass

from django.db import connection

from search.models import SearchDocument

TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0
DOCUMENTS = SearchDocument._meta.db_table
FTS_TABLE = "search_document_fts"


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: its text as shown to the visitor, and the terms that match it."""

    text: str
    alternatives: tuple[tuple[str, ...], ...]

    @property
    def terms(self):
        return {term for alternative in self.alternatives for term in alternative}


def ranked(query_words, language, limit, *, require="all"):
    """Page ids of the language's pages that match the words, best first, at most `limit`."""
    return _select(query_words, language, limit, require=require, ordered=True)


def matching_ids(query_word, language, limit):
    """Ids of the pages that match one word, in no order, at most `limit`."""
    return set(_select([query_word], language, limit, require="all", ordered=False))


def _select(query_words, language, limit, *, require, ordered):
    query_words = [word for word in query_words if word.alternatives]
    if not query_words:
        return []
    if connection.vendor == "postgresql":
        query, params = "to_tsquery('simple', %s)", [_tsquery(query_words, require)]
        order = ""
        if ordered:
            weights = f"'{{0.1, 0.2, {BODY_WEIGHT / TITLE_WEIGHT}, 1.0}}'"
            order = f"ORDER BY ts_rank({weights}, vector, {query}) DESC, page_id DESC"
            params = params * 2
        sql = (
            f"SELECT page_id FROM {DOCUMENTS} "  # noqa: S608 - only constants are formatted in
            f"WHERE language = %s AND vector @@ {query} {order} LIMIT %s"
        )
        params = [language, *params, limit]
    else:
        # CROSS JOIN: SQLite then reads the full-text matches first, not every page of the
        # language to test each against the match.
        order = ""
        if ordered:
            order = f"ORDER BY bm25({FTS_TABLE}, {TITLE_WEIGHT}, {BODY_WEIGHT}), d.page_id DESC"
        sql = (
            f"SELECT d.page_id FROM {FTS_TABLE} f CROSS JOIN {DOCUMENTS} d ON d.page_id = f.rowid "  # noqa: S608
            f"WHERE {FTS_TABLE} MATCH %s AND d.language = %s {order} LIMIT %s"
        )
        params = [_fts5(query_words, require), language, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def texts(page_ids):
    """{page id: plain text} of indexed pages, for the excerpts."""
    return dict(SearchDocument.objects.filter(pk__in=page_ids).values_list("pk", "text"))


def _fts5(query_words, require):
    def alternative(terms):
        return "(" + " AND ".join(f'"{term}"' for term in terms) + ")"

    words = [
        "(" + " OR ".join(alternative(terms) for terms in word.alternatives) + ")"
        for word in query_words
    ]
    return (" AND " if require == "all" else " OR ").join(words)


def _tsquery(query_words, require):
    def alternative(terms):
        return "(" + " & ".join(terms) + ")"

    words = [
        "(" + " | ".join(alternative(terms) for terms in word.alternatives) + ")"
        for word in query_words
    ]
    return (" & " if require == "all" else " | ").join(words)
