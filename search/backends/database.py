"""The database backend: per-language PostgreSQL search, or modelsearch's own elsewhere.

On SQLite (FTS5) and MySQL there is no per-language stemming, so the LANGUAGE_CONFIGS option
is ignored there and every language shares the one backend.
"""

from django.db import connection
from wagtail.search.backends import database


# Named like a class: modelsearch looks up `SearchBackend` in the module named by BACKEND.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        from search.backends.postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import TitleWeightedSQLiteSearchBackend

        return TitleWeightedSQLiteSearchBackend(params)
    return backend
