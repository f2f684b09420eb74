"""/healthz and /readyz (cms/health.py)."""

import textwrap

import pytest

from cms.settings.environment import build_caches
from tests.cms.production import run_in_production

# Nothing listens on the discard port.
UNREACHABLE_REDIS = build_caches("redis://127.0.0.1:9/0")


def test_liveness_answers_ok_without_the_database(client):
    # No django_db mark: any query would fail this test.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_liveness_answers_probes_that_use_the_machine_address(client):
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200


def test_probes_over_http_are_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 301


@pytest.mark.django_db
class TestReadiness:
    def test_ready_when_database_cache_and_search_answer(self, client):
        response = client.get("/readyz")
        assert response.status_code == 200
        assert response.json() == {
            "status": "ok",
            "checks": {"database": "ok", "cache": "ok", "search": "ok"},
        }
        assert "no-store" in response["Cache-Control"]

    def test_ready_is_not_cached_by_the_page_cache(self, client, settings):
        settings.ISCN_PAGE_CACHE_SECONDS = 300
        for _ in range(2):
            assert "X-Page-Cache" not in client.get("/readyz")

    def test_unreachable_cache_means_degraded_but_ready(self, client, settings):
        # The site serves without its cache (tests/cms/test_redis_outage.py).
        settings.CACHES = UNREACHABLE_REDIS
        response = client.get("/readyz")
        assert response.status_code == 200
        assert response.json() == {
            "status": "degraded",
            "checks": {"database": "ok", "cache": "error: ConnectionError", "search": "ok"},
        }

    def test_unreachable_search_cluster_means_not_ready(self, client, settings):
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "wagtail.search.backends.elasticsearch9",
                "URLS": ["http://127.0.0.1:9"],
                "TIMEOUT": 1,
                "OPTIONS": {"max_retries": 0},
            }
        }
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json()["checks"]["search"].startswith("error")


def test_production_answers_probes_over_http_with_any_host():
    result = run_in_production(
        textwrap.dedent("""
        from django.test import Client
        client = Client()
        print(client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code)
        print(client.get("/robots.txt", HTTP_HOST="iscn.example.org").status_code)
        """)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "301"]
