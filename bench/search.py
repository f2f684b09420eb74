"""Search benchmark: the public search page and autocomplete at 10,000 case studies.

Creates a throwaway database (an SQLite file under var/bench/, or the PostgreSQL database
iscn_bench_<pid>), migrates it, fills it with bench/dataset.py, rebuilds the search index, then
times requests in-process with Django's test client: the search page over a few hundred varied
queries (single and several words, common and rare terms, other languages, facet filters, date
sorting, page 2, all languages, the map) and autocomplete over a few hundred prefixes. Warm-up
requests are not counted. Prints a Markdown report, writes var/bench/search-<database>.json and
drops the database.

    python -m bench.search --database sqlite
    python -m bench.search --database postgres --case-studies 10000

Migrating and generating run with relaxed durability (SQLite synchronous=OFF, PostgreSQL
synchronous_commit=off): they prepare the measurement. `update_index` and the requests run on a
fresh connection with the database's default settings.
"""

import argparse
import json
import os

from bench.database import BENCH_DIR, DEFAULT_POSTGRES_URL, open_database
from bench.search_report import markdown


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--case-studies", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300, help="search requests measured")
    parser.add_argument("--suggestions", type=int, default=200, help="autocomplete requests")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="a PostgreSQL server (any database on it) where the throwaway database is made",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10,
        help="seconds after which a request's SQL is stopped (counted as timed out)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse",
        metavar="DATABASE_URL",
        help="measure a database kept by --keep instead of making one",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="pyinstrument the N slowest requests"
    )
    arguments = parser.parse_args()

    database = open_database(arguments.database, arguments.postgres_url, arguments.reuse)
    # Modules that use the models, now that Django is set up.
    from django.db import connections

    from bench.search_run import run

    try:
        report = run(arguments, database)
    finally:
        connections.close_all()
        if arguments.keep or arguments.reuse:
            print(f"Database kept: {database.url}")
        else:
            database.drop()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    output = BENCH_DIR / f"search-{arguments.database}.json"
    output.write_text(json.dumps(report, indent=2, default=str))
    print(markdown(report))
    print(f"\nAll figures and every request: {output}")


if __name__ == "__main__":
    main()
