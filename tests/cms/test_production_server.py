"""The production stack runs: gunicorn with the production settings on PostgreSQL, plus the worker.

Started as in the image (gunicorn.conf.py, cms.wsgi), with the environment docker-compose.yml
gives it, in databases of its own (tests/cms/postgres.py, servers.py and the fixtures in
conftest.py).
"""

import json
import re
import subprocess
import sys
import time

from tests.cms.servers import PRODUCTION, get, gunicorn
from tests.postgres import ROOT, manage, query, site_environment

PUBLISH_A_PAGE = """
from home.models import ContentPage, HomePage

home = HomePage.objects.get(depth=2, locale__language_code="en")
page = home.add_child(instance=ContentPage(title="Wombat registry", slug="wombat-registry"))
page.save_revision().publish()
"""


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
