"""The query log: every search on the public search page is counted, per query, language and day.

`record_search` costs one SQL statement whatever the state of the log: an upsert
(`INSERT … ON CONFLICT … DO UPDATE`, SQLite 3.24+ and PostgreSQL) that creates the day's row or
counts it up, atomically, so concurrent searches never lose a count or collide on the unique key.
"""

import re

from django.db import connections, router
from django.utils import timezone

from search.models import MAX_LOGGED_QUERY_LENGTH, SearchQueryStat

LANGUAGE_CODE_LENGTH = SearchQueryStat._meta.get_field("language_code").max_length
# Search engines and link checkers name themselves so; their searches are not the public's.
CRAWLER_USER_AGENT = re.compile(
    r"bot\b|crawl|spider|slurp|bingpreview|facebookexternalhit",
    re.IGNORECASE,
)


def is_crawler(user_agent: str) -> bool:
    """Whether a User-Agent header names a robot."""
    return bool(CRAWLER_USER_AGENT.search(user_agent))


def normalise_query(query: str) -> str:
    """The form a query is counted under: lower case, single spaces, at most 200 characters.

    Invisible and control characters (NUL would break PostgreSQL) are dropped, so "Smart  City"
    and "smart city\\n" count as one query.
    """
    words = ("".join(char for char in word if char.isprintable()) for word in query.split())
    text = " ".join(word for word in words if word).lower()
    return text[:MAX_LOGGED_QUERY_LENGTH].rstrip()


def _upsert_sql(connection):
    """The upsert statement: quoted names from the model in the text, values as parameters."""
    quote = connection.ops.quote_name
    table = quote(SearchQueryStat._meta.db_table)
    column = {
        field.name: quote(field.column)
        for field in SearchQueryStat._meta.concrete_fields
        if not field.primary_key
    }
    return (
        f"INSERT INTO {table} "  # noqa: S608 (names only, see above)
        f"({column['query']}, {column['language_code']}, {column['date']}, "
        f"{column['hits']}, {column['zero_result_hits']}, {column['last_result_count']}) "
        "VALUES (%s, %s, %s, 1, %s, %s) "
        f"ON CONFLICT ({column['query']}, {column['language_code']}, {column['date']}) "
        f"DO UPDATE SET {column['hits']} = {table}.{column['hits']} + 1, "
        f"{column['zero_result_hits']} = "
        f"{table}.{column['zero_result_hits']} + excluded.{column['zero_result_hits']}, "
        f"{column['last_result_count']} = excluded.{column['last_result_count']}"
    )


def record_search(query: str, language_code: str, result_count: int) -> None:
    """Count one search for `query` in `language_code` that found `result_count` results.

    Empty queries (after normalisation) are not counted and cost nothing.
    """
    text = normalise_query(query)
    if not text:
        return
    result_count = max(result_count, 0)
    connection = connections[router.db_for_write(SearchQueryStat)]
    today = connection.ops.adapt_datefield_value(timezone.localdate())
    with connection.cursor() as cursor:
        cursor.execute(
            _upsert_sql(connection),
            [
                text,
                language_code.lower()[:LANGUAGE_CODE_LENGTH],
                today,
                int(result_count == 0),
                result_count,
            ],
        )
