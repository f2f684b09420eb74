"""SQLite as the embedded default takes two writers at once (an autosave while the editor
submits): the second waits for the first instead of failing with "database is locked"
(cms/settings/environment.py, SQLITE_OPTIONS).

In a process of its own, with the development settings on a database file, as `make run` serves
it: pytest-django's test database is SQLite in memory, shared between threads in another way.
"""

import json
import os
import subprocess
import sys

from django.conf import settings

# Two threads, each with its own connection as in a threaded server: one holds a write
# transaction open for a second, the other reads and then writes meanwhile, as Wagtail's
# submit does. A third reads while the write is open.
TWO_WRITERS = """
import json
import threading
import time

import django

django.setup()
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, content TEXT)")
    cursor.execute("INSERT INTO revision (content) VALUES ('opened')")
    journal_mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
connection.close()

writing = threading.Event()
errors, read_seconds = [], []


def autosave():
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE revision SET content = 'autosaved' WHERE id = 1")
            writing.set()
            time.sleep(1)
    except Exception as error:
        errors.append(f"autosave: {error}")
    finally:
        writing.set()
        connection.close()


def submit():
    writing.wait()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT content FROM revision WHERE id = 1").fetchone()
            cursor.execute("INSERT INTO revision (content) VALUES ('submitted')")
    except Exception as error:
        errors.append(f"submit: {error}")
    finally:
        connection.close()


def read():
    writing.wait()
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM revision").fetchone()
    except Exception as error:
        errors.append(f"read: {error}")
    finally:
        read_seconds.append(time.monotonic() - started)
        connection.close()


threads = [threading.Thread(target=work) for work in (autosave, submit, read)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    rows = cursor.execute("SELECT content FROM revision ORDER BY id").fetchall()
print(json.dumps({
    "journal_mode": journal_mode,
    "errors": errors,
    "rows": [content for (content,) in rows],
    "read_seconds": read_seconds[0],
}))
"""


def run_two_writers(database):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "SECRET_KEY", "DEBUG"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev", DATABASE_URL=f"sqlite:///{database}"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", TWO_WRITERS],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_an_autosave_and_a_submit_at_the_same_time_both_succeed(tmp_path):
    outcome = run_two_writers(tmp_path / "db.sqlite3")
    assert outcome["errors"] == []
    assert outcome["rows"] == ["autosaved", "submitted"]
    assert outcome["journal_mode"] == "wal"
    # Write-ahead logging: a reader does not wait for the writer's second.
    assert outcome["read_seconds"] < 0.5
