"""One migrated PostgreSQL database per test run, copied wherever a migrated database is needed.

Applying the 270 migrations takes about 35 seconds. Each xdist worker used to apply them to its
own test database, and the deployment tests (tests/cms/) to one more for the site's own
processes. Now the first process that needs a migrated database migrates this one (the others
wait on a file lock), and every test database and scratch database is a copy of it
(`CREATE DATABASE … TEMPLATE`), made in about a second. Nobody connects to it, as PostgreSQL
requires of a template; the controlling process drops it when the run ends (tests/conftest.py).
"""

import fcntl
import tempfile
import uuid
from pathlib import Path

from tests.postgres import create_database, database_exists, database_url, drop_database, manage

# How xdist's controller hands the name to its workers (pytest_configure_node).
WORKER_INPUT_KEY = "iscn_migrated_template"


def new_template_name():
    return f"iscn_migrated_{uuid.uuid4().hex[:12]}"


def _lock_path(name):
    return Path(tempfile.gettempdir()) / f"{name}.lock"


def ensure_migrated(name):
    """Database `name` with every migration applied: migrated by the first process that asks."""
    with _lock_path(name).open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not database_exists(name):
            create_database(name)
            try:
                manage(
                    "migrate", "--noinput", settings="cms.settings.test",
                    DATABASE_URL=database_url(name), timeout=300,
                )  # fmt: skip
            except BaseException:
                drop_database(name)
                raise
    return name


def drop(name):
    drop_database(name)
    _lock_path(name).unlink(missing_ok=True)
