"""A page made private leaves search at once in every web process, also without Redis.

Each process keeps its own search catalogue and rebuilds it when the content generation token
changes (core/content_generation.py). Without Redis the token lives in the database, which every
process shares: a change made by another process (the admin in another worker, a script, the
scheduler) reaches every worker on its next request, not when its catalogue grows old.
"""

import json

from tests.cms.servers import PRODUCTION, get, gunicorn
from tests.postgres import manage

PUBLISH = """
from home.models import ContentPage, HomePage

home = HomePage.objects.get(depth=2, locale__language_code="en")
page = home.add_child(instance=ContentPage(title="Wombat registry", slug="wombat-registry"))
page.save_revision().publish()
"""
RESTRICT = """
from wagtail.models import Page, PageViewRestriction

page = Page.objects.get(slug="wombat-registry", locale__language_code="en")
PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
"""
# Enough requests that both gunicorn workers answer some of them.
REQUESTS = 8


def suggestions(site):
    status, _, body = get(site, "/en/search/suggest/?q=wombat")
    assert status == 200, body
    return [suggestion["title"] for suggestion in json.loads(body)["suggestions"]]


def api_titles(site):
    status, _, body = get(site, "/api/v2/pages/?search=wombat")
    assert status == 200, body
    return [item["title"] for item in json.loads(body)["items"]]


def test_a_restriction_made_by_another_process_reaches_every_worker(production, tmp_path):
    environment = {**production, "TASKS_BACKEND": "immediate"}
    manage("shell", "-c", PUBLISH, settings=PRODUCTION, **environment)

    with gunicorn(environment, tmp_path / "gunicorn.log") as site:
        # Every worker builds its catalogue with the page in it.
        assert all(suggestions(site) == ["Wombat registry"] for _ in range(REQUESTS))
        assert all(api_titles(site) == ["Wombat registry"] for _ in range(REQUESTS))

        manage("shell", "-c", RESTRICT, settings=PRODUCTION, **environment)

        assert [suggestions(site) for _ in range(REQUESTS)] == [[]] * REQUESTS
        assert [api_titles(site) for _ in range(REQUESTS)] == [[]] * REQUESTS

    log = (tmp_path / "gunicorn.log").read_text()
    assert "Traceback" not in log, log
