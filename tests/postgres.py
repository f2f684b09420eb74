"""Databases of their own on the PostgreSQL server: for tests that run the site's own processes,
and the migrated template of the test run (tests/migrated_template.py).

The deployment tests run `manage.py`, gunicorn and the backup scripts as separate processes,
as in production, so they cannot use pytest-django's test database (SQLite in memory in
`make test`). They create uniquely named databases on the PostgreSQL server of DATABASE_URL
(CI), else the local one, and drop them again.
"""

import contextlib
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parents[1]
LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
# Variables of the test run that must not leak into the site's processes.
RUN_VARIABLES = {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}


def server_url():
    configured = os.environ.get("DATABASE_URL", "")
    return configured if configured.startswith(("postgres://", "postgresql://")) else LOCAL_SERVER


def database_url(name):
    """The URL of database `name` on the server."""
    parts = urlsplit(server_url())
    return urlunsplit(parts._replace(path=f"/{name}", query=""))


def server_unreachable_reason():
    """None if the server answers, else why the tests that need it are skipped."""
    try:
        with psycopg.connect(database_url("postgres"), connect_timeout=3):
            return None
    except psycopg.OperationalError as error:
        return f"needs a PostgreSQL server at {database_url('postgres')} ({error})"


def _administer(statement):
    with psycopg.connect(database_url("postgres"), autocommit=True) as connection:
        connection.execute(statement)


def create_database(name, template="template0"):
    """A new database `name`: a copy of `template` (template0: truly empty, and nobody else
    ever connects to it)."""
    _administer(
        sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template)
        )
    )


def drop_database(name):
    _administer(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def database_exists(name):
    with psycopg.connect(database_url("postgres")) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


@contextlib.contextmanager
def scratch_database(purpose, template=None):
    """A new database, empty or a copy of `template`, dropped again afterwards; yields its URL."""
    name = f"iscn_{purpose}_{uuid.uuid4().hex[:12]}"
    create_database(name, template or "template0")
    try:
        yield database_url(name)
    finally:
        drop_database(name)


def database_name(url):
    return urlsplit(url).path.lstrip("/")


def end_connections(url):
    """Ends every session on the database (pg_terminate_backend), as a PostgreSQL restart does."""
    _administer(
        sql.SQL("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = {}").format(
            sql.Literal(database_name(url))
        )
    )


@contextlib.contextmanager
def database_unavailable(url):
    """The database ends its sessions and refuses new ones until the block ends: what the site
    sees of a PostgreSQL that is down, without touching the server (only this database)."""
    name = sql.Identifier(database_name(url))
    _administer(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(name))
    try:
        end_connections(url)
        yield
    finally:
        _administer(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(name))


def site_environment(**variables):
    """The environment of a process of the site: the machine's, plus `variables`."""
    environment = {key: value for key, value in os.environ.items() if key not in RUN_VARIABLES}
    environment.update(variables)
    return environment


def manage(*arguments, settings="cms.settings.dev", timeout=120, **variables):
    """Runs `manage.py` in its own process; returns its standard output."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=site_environment(DJANGO_SETTINGS_MODULE=settings, **variables),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"manage.py {arguments[0]} failed:\n{result.stderr}"
    return result.stdout


def query(url, statement):
    """Every row of a query, as tuples."""
    with psycopg.connect(url) as connection:
        return connection.execute(statement).fetchall()
