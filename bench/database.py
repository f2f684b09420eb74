"""The benchmarks' throwaway database, and Django set up on it (bench/search.py, bench/load.py).

Imports no project app: the entry points call `open_database` first and import the modules that
use models after it.
"""

import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import django

BENCH_DIR = Path(__file__).resolve().parent.parent / "var" / "bench"
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


class ThrowawayDatabase:
    """A database that exists for one run of a benchmark."""

    def __init__(self, engine, postgres_url=DEFAULT_POSTGRES_URL, name=None):
        self.engine = engine
        self.name = name or f"iscn_bench_{os.getpid()}"
        if engine == "sqlite":
            self.path = BENCH_DIR / f"{self.name}.sqlite3"
            self.url = f"sqlite:///{self.path}"
        else:
            self.server_url = postgres_url
            self.url = urlunsplit(urlsplit(postgres_url)._replace(path=f"/{self.name}"))

    def _server(self):
        import psycopg  # only for PostgreSQL runs

        parts = urlsplit(self.server_url)
        return psycopg.connect(
            host=parts.hostname,
            port=parts.port or 5432,
            user=parts.username,
            password=parts.password,
            dbname=parts.path.lstrip("/") or "postgres",
            autocommit=True,
        )

    def exists(self):
        if self.engine == "sqlite":
            return self.path.exists()
        with self._server() as server:
            found = server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name])
            return found.fetchone() is not None

    def create(self):
        if self.engine == "sqlite":
            BENCH_DIR.mkdir(parents=True, exist_ok=True)
            self.drop()
            return
        from psycopg import sql

        with self._server() as server:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))

    def drop(self):
        if self.engine == "sqlite":
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return
        from psycopg import sql

        with self._server() as server:
            server.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
            )


def open_database(engine, postgres_url, reuse=None):
    """A new throwaway database (or the one at `reuse`), with Django set up to use it."""
    database = ThrowawayDatabase(engine, postgres_url)
    if reuse:
        database.url = reuse
    else:
        database.create()
    os.environ["ISCN_BENCH_DATABASE_URL"] = database.url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    django.setup()
    return database


def progress(message):
    """What the benchmark is doing now, on standard error (the report goes to standard output)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
