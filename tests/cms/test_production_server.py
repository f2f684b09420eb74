"""The production stack runs: gunicorn with the production settings on PostgreSQL, plus the worker.

Started as in the image (gunicorn.conf.py, cms.wsgi), with the environment docker-compose.yml
gives it, in databases of its own (tests/cms/postgres.py).
"""

import contextlib
import json
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.cms.postgres import ROOT, manage, query, scratch_database, site_environment

PRODUCTION = "cms.settings.production"
HOST = "iscn.example.org"
IMAGE_WSGI_APP = "cms.wsgi:application"

PUBLISH_A_PAGE = """
from home.models import ContentPage, HomePage

home = HomePage.objects.get(depth=2, locale__language_code="en")
page = home.add_child(instance=ContentPage(title="Wombat registry", slug="wombat-registry"))
page.save_revision().publish()
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(base_url, path):
    """(status, headers, body) of a GET with the site's host name, as through the proxy."""
    request = urllib.request.Request(base_url + path, headers={"Host": HOST})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """collectstatic as in the image, of the site's own files (the admin's are not needed)."""
    root = tmp_path_factory.mktemp("static")
    ignore = ["-i", "admin", "-i", "wagtail*", "-i", "rest_framework", "-i", "*table_block"]
    manage(
        "collectstatic", "--noinput", "-v", "0", *ignore,
        settings=PRODUCTION, STATIC_ROOT=str(root), **secrets_of_a_deployment(),
    )  # fmt: skip
    return root


def secrets_of_a_deployment():
    return {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": HOST}


@pytest.fixture
def production(migrated_database, static_root, tmp_path):
    """The environment of the site's processes in production, on a database of its own."""
    with scratch_database("production", template=migrated_database) as url:
        yield {
            **secrets_of_a_deployment(),
            "DATABASE_URL": url,
            "STATIC_ROOT": str(static_root),
            "MEDIA_ROOT": str(tmp_path / "media"),
            # The test talks plain HTTP to gunicorn, as the load balancer does.
            "SECURE_SSL_REDIRECT": "false",
        }


@contextlib.contextmanager
def gunicorn(environment, log_path):
    port = free_port()
    variables = {
        **environment,
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "GUNICORN_BIND_HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "2",
    }
    with log_path.open("w") as log:
        server = subprocess.Popen(  # noqa: S603 - the image's command, our interpreter
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", IMAGE_WSGI_APP],
            cwd=ROOT,
            env=site_environment(**variables),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None, f"gunicorn exited:\n{log_path.read_text()}"
            with contextlib.suppress(OSError):
                if get(base_url, "/healthz")[0] == 200:
                    break
            assert time.monotonic() < deadline, f"gunicorn did not start:\n{log_path.read_text()}"
            time.sleep(0.25)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def api_search(base_url, word):
    status, _, body = get(base_url, f"/api/v2/pages/?search={word}")
    assert status == 200, body
    return [item["title"] for item in json.loads(body)["items"]]


def test_gunicorn_serves_the_site_and_the_worker_indexes_what_was_published(production, tmp_path):
    manage("shell", "-c", PUBLISH_A_PAGE, settings=PRODUCTION, **production)

    with gunicorn(production, tmp_path / "gunicorn.log") as site:
        status, _, home = get(site, "/en/")
        assert status == 200, home
        assert "<html" in home

        status, _, page = get(site, "/en/wombat-registry/")
        assert status == 200
        assert "Wombat registry" in page
        stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page).group(1)
        assert get(site, stylesheet)[0] == 200

        assert get(site, "/readyz")[0] == 200
        # Published, but the search index is the worker's business.
        assert api_search(site, "wombat") == []

        manage("db_worker", "--batch", "--no-startup-delay", settings=PRODUCTION, **production)

        assert api_search(site, "wombat") == ["Wombat registry"]

    log = (tmp_path / "gunicorn.log").read_text()
    assert "Traceback" not in log, log


SCHEDULE_A_PAGE = """
from datetime import timedelta
from django.utils import timezone
from home.models import ContentPage, HomePage

home = HomePage.objects.get(depth=2, locale__language_code="en")
page = home.add_child(instance=ContentPage(title="Scheduled", slug="scheduled", live=False))
revision = page.save_revision()
revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
revision.save()
"""
IS_LIVE = "SELECT live FROM wagtailcore_page WHERE slug = 'scheduled'"


def test_the_scheduler_publishes_on_time_and_stops_cleanly(production, tmp_path):
    manage("shell", "-c", SCHEDULE_A_PAGE, settings=PRODUCTION, **production)
    log_path = tmp_path / "scheduler.log"
    with log_path.open("w") as log:
        scheduler = subprocess.Popen(
            [sys.executable, "manage.py", "run_scheduler", "--interval", "0.5"],
            cwd=ROOT,
            env=site_environment(DJANGO_SETTINGS_MODULE=PRODUCTION, **production),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while query(production["DATABASE_URL"], IS_LIVE) != [(True,)]:
            assert scheduler.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.5)
    finally:
        scheduler.terminate()
        exit_code = scheduler.wait(timeout=10)

    assert exit_code == 0, log_path.read_text()
    assert "Traceback" not in log_path.read_text()
