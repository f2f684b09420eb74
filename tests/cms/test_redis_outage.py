"""Redis down, the site up: pages served uncached, publishing works, /readyz degraded, and
nothing stale once Redis is back (core/redis_cache.py).

Each test has a redis-server of its own (tests/cms/servers.py) that it stops and starts.
"""

import logging
import signal
import time

import pytest
from django.core.cache import CacheHandler
from redis.exceptions import ResponseError
from wagtail import hooks

from cms.settings.environment import build_caches
from tests.casestudies.factories import CaseStudyPageFactory
from tests.home.factories import ContentPageFactory
from tests.roles import edit_url, page_form_data

# Seconds between attempts to reach the stopped server: short, so that tests see Redis return.
RETRY_INTERVAL = 0.2


def redis_caches(server, retry_interval=RETRY_INTERVAL):
    config = build_caches(server.url)
    for options in config.values():
        options["OPTIONS"] = {**options["OPTIONS"], "RETRY_INTERVAL": retry_interval}
    return config


@pytest.fixture
def site_on_redis(settings, redis_server):
    settings.CACHES = redis_caches(redis_server)
    settings.ISCN_PAGE_CACHE_SECONDS = 300
    return redis_server


@pytest.fixture
def page(home):
    return ContentPageFactory(title="Network meetings", slug="meetings")


def cache_status(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["X-Page-Cache"], response.content.decode()


def wait_for_the_next_attempt():
    time.sleep(RETRY_INTERVAL * 1.5)


@pytest.mark.django_db
class TestRedisDown:
    def test_pages_are_rendered_afresh(self, client, site_on_redis, page, home):
        assert cache_status(client, page.url)[0] == "miss"
        assert cache_status(client, page.url)[0] == "hit"

        site_on_redis.stop()

        for url in (page.url, page.url, home.url):
            assert cache_status(client, url)[0] == "miss"
        assert "Network meetings" in cache_status(client, page.url)[1]

    def test_editors_sign_in_save_and_publish(self, admin_client, client, site_on_redis, page):
        cache_status(client, page.url)
        site_on_redis.stop()

        # The session is in the database: the editor stays signed in.
        assert admin_client.get(edit_url(page)).status_code == 200
        saved = admin_client.post(edit_url(page), page_form_data(page, title="Draft title"))
        assert saved.status_code == 302
        published = admin_client.post(
            edit_url(page),
            page_form_data(page, title="Network meetings 2027", **{"action-publish": "1"}),
        )
        assert published.status_code == 302

        assert "Network meetings 2027" in cache_status(client, page.url)[1]

    def test_readiness_says_degraded_and_then_ok_again(self, client, site_on_redis):
        site_on_redis.stop()
        response = client.get("/readyz")
        assert response.status_code == 200
        assert response.json() == {
            "status": "degraded",
            "checks": {"database": "ok", "cache": "error: ConnectionError", "search": "ok"},
        }

        site_on_redis.start()
        wait_for_the_next_attempt()
        assert client.get("/readyz").json()["status"] == "ok"

    def test_search_finds_what_was_published_meanwhile(self, client, site_on_redis, home):
        # The search catalogue cannot learn of changes through the cache now: it must not
        # keep its copy either.
        site_on_redis.stop()
        assert "Budgeting" not in client.get("/en/search/", {"q": "budgeting"}).content.decode()

        CaseStudyPageFactory(title="Participatory budgeting platform")

        html = client.get("/en/search/", {"q": "budgeting"}).content.decode()
        assert "Participatory budgeting platform" in html

    def test_stopped_while_a_page_renders(self, client, site_on_redis, page):
        def stop_redis(page, request, serve_args, serve_kwargs):
            site_on_redis.stop()

        with hooks.register_temporarily("before_serve_page", stop_redis):
            status, html = cache_status(client, page.url)
        assert status == "miss"
        assert "Network meetings" in html


@pytest.mark.django_db
class TestRedisBack:
    def test_the_cache_is_used_again(self, client, site_on_redis, page):
        site_on_redis.stop()
        assert cache_status(client, page.url)[0] == "miss"

        site_on_redis.start()
        wait_for_the_next_attempt()
        assert cache_status(client, page.url)[0] == "miss"
        assert cache_status(client, page.url)[0] == "hit"

    def test_nothing_published_meanwhile_is_hidden_by_what_it_kept(
        self, client, site_on_redis, page
    ):
        assert cache_status(client, page.url)[0] == "miss"
        assert cache_status(client, page.url)[0] == "hit"
        # Down with the page and the generation token saved, as a persistent Redis restarts.
        site_on_redis.stop(keep_data=True)
        page.title = "Network meetings, new dates"
        page.save_revision().publish()

        site_on_redis.start()
        wait_for_the_next_attempt()

        status, html = cache_status(client, page.url)
        assert status == "miss"
        assert "Network meetings, new dates" in html


@pytest.mark.django_db
def test_a_server_that_hangs_costs_one_timeout_then_is_left_alone(client, settings, redis_server):
    settings.CACHES = redis_caches(redis_server, retry_interval=60)
    settings.ISCN_PAGE_CACHE_SECONDS = 300
    page = ContentPageFactory(title="Network meetings")
    redis_server.process.send_signal(signal.SIGSTOP)
    try:
        cache_status(client, page.url)
        started = time.monotonic()
        for _ in range(5):
            cache_status(client, page.url)
        # Each request asks the cache three times: with a 1 s timeout each, 15 s at least.
        assert time.monotonic() - started < 5
    finally:
        redis_server.process.send_signal(signal.SIGCONT)


class TestUnreachableServer:
    """What each cache operation answers while Redis is down: what an empty cache would."""

    @pytest.fixture
    def cache(self, redis_server):
        cache = CacheHandler(redis_caches(redis_server))["default"]
        redis_server.stop()
        return cache

    def test_reads_miss(self, cache):
        assert cache.get("key") is None
        assert cache.get("key", "default") == "default"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.has_key("key") is False
        assert cache.get_or_set("key", "computed") == "computed"

    def test_writes_are_dropped(self, cache):
        assert cache.add("key", 1) is False
        assert cache.set("key", 1) is None
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.touch("key") is False
        assert cache.delete("key") is False
        assert cache.delete_many(["a", "b"]) is None
        assert cache.clear() is False

    def test_counters_are_missing(self, cache):
        with pytest.raises(ValueError, match="not found"):
            cache.incr("counter")

    def test_one_warning_per_outage(self, cache, caplog, redis_server):
        with caplog.at_level(logging.INFO, logger="core.redis_cache"):
            for _ in range(20):
                cache.get("key")
            redis_server.start()
            wait_for_the_next_attempt()
            cache.set("key", "value")

        messages = [record.getMessage() for record in caplog.records]
        assert len(messages) == 2, messages
        assert "is unreachable" in messages[0]
        assert "answers again" in messages[1]
        assert cache.get("key") == "value"

    def test_errors_other_than_unreachable_are_not_hidden(self, redis_server):
        # A server that answers but refuses: a bug or a misconfiguration, not an outage.
        cache = CacheHandler(redis_caches(redis_server))["default"]
        with redis_server.client() as client:
            client.config_set("maxmemory", "1")
            client.config_set("maxmemory-policy", "noeviction")
        with pytest.raises(ResponseError, match="maxmemory"):
            cache.set("key", "x" * 1000)
