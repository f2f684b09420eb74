"""The cache configuration (cms/settings/environment.py, build_caches) against the real local Redis.

Every run uses keys under its own prefix, removed afterwards, so parallel runs never meet.
"""

import os
import uuid

import pytest
from django.core.cache import CacheHandler, caches
from django.template import Context, Template
from wagtail.images import get_image_model

from cms.settings.environment import build_caches
from tests.helpers import make_image
from tests.home.factories import ContentPageFactory

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_caches():
    """The settings for REDIS_URL, each alias under a prefix of this test's own."""
    prefix = f"iscn-test-{uuid.uuid4().hex}"
    config = build_caches(REDIS_URL)
    for alias, options in config.items():
        options["KEY_PREFIX"] = f"{prefix}-{alias}"
    yield config
    client = CacheHandler(config)["default"]._cache.get_client(write=True)
    for key in client.scan_iter(match=f"{prefix}-*"):
        client.delete(key)


def test_without_redis_url_each_process_keeps_its_own_memory_cache():
    config = build_caches("")
    assert {alias: options["BACKEND"] for alias, options in config.items()} == {
        "default": "django.core.cache.backends.locmem.LocMemCache",
        "renditions": "django.core.cache.backends.locmem.LocMemCache",
        # Except the content generation token, which every process must see.
        "content-generation": "django.core.cache.backends.db.DatabaseCache",
    }


def test_redis_url_selects_redis_for_every_alias(redis_caches):
    assert {options["BACKEND"] for options in redis_caches.values()} == {
        "core.redis_cache.ResilientRedisCache"
    }
    assert {options["LOCATION"] for options in redis_caches.values()} == {REDIS_URL}


def test_set_get_and_delete_on_the_real_server(redis_caches):
    cache = CacheHandler(redis_caches)["default"]
    cache.set("greeting", {"en": "Hello", "de": "Hallo"}, timeout=30)
    assert cache.get("greeting") == {"en": "Hello", "de": "Hallo"}
    cache.set_many({"a": 1, "b": 2})
    assert cache.get_many(["a", "b", "missing"]) == {"a": 1, "b": 2}
    assert cache.incr("a") == 2
    assert cache.delete("greeting") is True
    assert cache.get("greeting") is None


def test_two_processes_share_what_one_stores(redis_caches):
    """Two handlers hold two connection pools, as two web processes would."""
    web_1, web_2 = CacheHandler(redis_caches)["default"], CacheHandler(redis_caches)["default"]
    web_1.set("page-cache:generation", "abc", timeout=None)
    assert web_2.get("page-cache:generation") == "abc"


def test_aliases_do_not_share_keys(redis_caches):
    handler = CacheHandler(redis_caches)
    handler["default"].set("key", "default")
    handler["renditions"].set("key", "renditions")
    assert handler["default"].get("key") == "default"


@pytest.mark.django_db
def test_page_cache_through_redis(client, home, settings, redis_caches):
    settings.CACHES = redis_caches
    settings.ISCN_PAGE_CACHE_SECONDS = 300
    page = ContentPageFactory(title="Digital participation")
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    page.title = "Digital participation in cities"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Digital participation in cities" in response.content.decode()


@pytest.mark.django_db
def test_image_renditions_are_made_once_and_then_found_in_the_cache(
    settings, redis_caches, django_assert_num_queries
):
    settings.CACHES = redis_caches
    image = make_image()
    template = Template("{% load wagtailimages_tags %}{% image image fill-80x60 %}")

    def render():
        # A fresh instance each time, as each request has: nothing prefetched on it.
        return template.render(Context({"image": get_image_model().objects.get(pk=image.pk)}))

    first = render()
    with django_assert_num_queries(1):  # loading the image; the rendition comes from Redis
        assert render() == first
    rendition = image.renditions.get()
    assert caches["renditions"].get(rendition.get_cache_key()) == rendition
