"""Search relevance: the judged queries of tests/search/relevance/ against the demo content.

Creates a throwaway database on the database server of DATABASE_URL (PostgreSQL: the database
iscn_bench_<pid>; otherwise an SQLite file under var/bench/), migrates it, loads the demo
content as the tests do (tests/demo_database.py: no untranslated drafts), runs every judged
query through the search (search.engine.search) and prints precision at 5, MRR, the
zero-result rate and the queries that must find nothing but found something, per language and
per capability, then drops the database. Exits non-zero when the figures miss the targets.

    python -m bench.relevance
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python -m bench.relevance
    python -m bench.relevance --reuse sqlite:///var/db.sqlite3   # already holds the demo content
"""

import argparse
import os
import sys
from urllib.parse import urlsplit

from bench.database import DEFAULT_POSTGRES_URL, open_database, progress


def database_from_environment():
    """("postgres", server URL) when DATABASE_URL names PostgreSQL, else ("sqlite", default)."""
    url = os.environ.get("DATABASE_URL", "")
    if urlsplit(url).scheme in ("postgres", "postgresql", "pgsql"):
        return "postgres", url
    return "sqlite", DEFAULT_POSTGRES_URL


def main():
    engine, server_url = database_from_environment()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default=engine)
    parser.add_argument(
        "--postgres-url",
        default=server_url,
        help="a PostgreSQL server (any database on it) where the throwaway database is made",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse",
        metavar="DATABASE_URL",
        help="measure a database that already holds the demo content instead of making one",
    )
    arguments = parser.parse_args()

    database = open_database(arguments.database, arguments.postgres_url, arguments.reuse)
    # Modules that use the models, now that Django is set up.
    from django.core.management import call_command
    from django.db import connections

    from demo.loader import DemoContentLoader
    from tests.search.relevance.judgements import AWAITING_TRANSLATIONS, JUDGEMENTS
    from tests.search.relevance.metrics import by_language, database_description, evaluate, report

    try:
        if not arguments.reuse:
            progress(f"Migrating {database.url}")
            call_command("migrate", verbosity=0)
            progress("Loading the demo content")
            DemoContentLoader(progress=progress).load()
        progress(f"Searching {len(JUDGEMENTS)} judged queries")
        outcomes = evaluate(JUDGEMENTS)
        print(report(outcomes, database_description()))
        print()
        print(report(evaluate(AWAITING_TRANSLATIONS), "the queries awaiting translations"))
    finally:
        connections.close_all()
        if arguments.keep or arguments.reuse:
            print(f"\nDatabase kept: {database.url}")
        else:
            database.drop()
    sys.exit(0 if by_language(outcomes)["all"].meets_targets() else 1)


if __name__ == "__main__":
    main()
