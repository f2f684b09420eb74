"""PostgreSQL down or restarting under the running site: visitors get 503 in their language while
cached pages are still served, and the web processes and the worker carry on by themselves once
it is back, with no task lost (cms/errors.py, core/management/commands/db_worker.py).

The site runs as in production (gunicorn, the worker) on a database of its own, which is made
unavailable by ending its sessions and refusing new ones (tests/cms/postgres.py).
"""

import contextlib
import subprocess
import sys
import time

from tests.cms.servers import PRODUCTION, get, gunicorn
from tests.postgres import (
    ROOT,
    database_unavailable,
    end_connections,
    manage,
    query,
    site_environment,
)

ENQUEUE = """
from tests.cms.fault_tasks import answer, lose_the_connection_once

lose_the_connection_once.enqueue({marker!r})
for value in range(5):
    answer.enqueue(value)
"""
STATUSES = "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
RUN_ONE_AGAIN = """
UPDATE django_tasks_database_dbtaskresult SET status = 'READY'
WHERE id = (SELECT id FROM django_tasks_database_dbtaskresult WHERE task_path LIKE '%.answer'
            LIMIT 1)
RETURNING id
"""


def test_web_processes_answer_503_serve_cached_pages_and_recover_by_themselves(
    production, redis_server, tmp_path
):
    url = production["DATABASE_URL"]
    # With Redis, production keeps anonymous visitors' pages (cms/page_cache.py).
    environment = {**production, "REDIS_URL": redis_server.url}
    with gunicorn(environment, tmp_path / "gunicorn.log") as site:
        assert [get(site, "/en/")[1]["X-Page-Cache"] for _ in range(2)] == ["miss", "hit"]
        # Each of gunicorn's threads keeps its connection (CONN_MAX_AGE); one that the
        # database ended meanwhile is replaced before it is used. Query strings: not cached.
        assert {get(site, f"/en/?visit={number}")[0] for number in range(4)} == {200}
        end_connections(url)
        assert [get(site, f"/en/?visit={number}")[0] for number in range(4, 10)] == [200] * 6

        with database_unavailable(url):
            status, headers, _ = get(site, "/en/")
            assert (status, headers["X-Page-Cache"]) == (200, "hit")

            status, headers, html = get(site, "/de/")
            assert status == 503
            assert headers["Retry-After"] == "30"
            assert "no-store" in headers["Cache-Control"]
            assert '<html lang="de"' in html
            assert "Vorübergehend nicht verfügbar" in html

            status, _, html = get(site, "/en/?page=2")
            assert status == 503
            assert "Temporarily unavailable" in html
            assert get(site, "/readyz")[0] == 503

        status, _, html = get(site, "/en/?page=2")
        assert status == 200
        assert "Temporarily unavailable" not in html
        assert get(site, "/readyz")[0] == 200


@contextlib.contextmanager
def worker(environment, log_path):
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
            cwd=ROOT,
            env=site_environment(DJANGO_SETTINGS_MODULE=PRODUCTION, **environment),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_for_statuses(url, expected, process, log_path):
    deadline = time.monotonic() + 60
    while (statuses := dict(query(url, STATUSES))) != expected:
        assert process.poll() is None, f"the worker exited:\n{log_path.read_text()}"
        assert time.monotonic() < deadline, f"{statuses}:\n{log_path.read_text()}"
        time.sleep(0.2)


def test_the_worker_outlasts_the_database_and_finishes_every_task(production, tmp_path):
    url = production["DATABASE_URL"]
    log_path = tmp_path / "worker.log"
    manage("shell", "-c", ENQUEUE.format(marker=str(tmp_path / "lost")), **production,
           settings=PRODUCTION)  # fmt: skip

    with worker(production, log_path) as process:
        # One task loses the connection while it runs: run again once the worker reconnects.
        wait_for_statuses(url, {"SUCCESSFUL": 6}, process, log_path)
        assert "put back into the queue: 1" in log_path.read_text()

        with database_unavailable(url):
            time.sleep(2)
        assert query(url, RUN_ONE_AGAIN)
        wait_for_statuses(url, {"SUCCESSFUL": 6}, process, log_path)

    log = log_path.read_text()
    assert "Database unavailable" in log
    assert "not currently accepting connections" in log
