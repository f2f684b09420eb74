"""Reading the environment: typed values, and the settings that depend on several variables.

Used by base.py, dev.py and production.py; every variable is listed in docs/configuration.md.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# SQLite, the embedded default, serves requests in several threads at once (an autosave beside
# a submit): in WAL mode readers go on while one connection writes; a writer waits up to
# `timeout` seconds for another instead of failing with "database is locked"; and a transaction
# takes the write lock when it begins (IMMEDIATE), because one that read first and then meets
# another writer fails at once, whatever the timeout.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}


def database_settings(url: str, **options) -> dict:
    """Django's settings for the database at `url` (dj_database_url's `options`).

    PostgreSQL is told that reading a page at random costs little more than reading it in
    sequence (random_page_cost 1.1, as on SSDs or with the data in memory): with the default
    of 4 it scans every document of the site search, unpacking each, rather than use the
    GIN index (search/matching.py), 30 ms instead of 3 ms for a word on a third of 13,000 pages.
    SQLite gets SQLITE_OPTIONS.
    """
    database = dj_database_url.parse(url, **options)
    if database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {})["options"] = "-c random_page_cost=1.1"
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
    return database


def build_caches(redis_url: str) -> dict:
    """Redis, shared by every process, when a URL is given; memory of this process otherwise.

    "renditions" is Wagtail's cache of image renditions (found without a query once made).
    "content-generation" holds the token that tells every process that content changed
    (core/content_generation.py): without Redis it lives in the database, the one thing all
    processes share, so that a page made private leaves every process's search at once.
    """
    if not redis_url:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "iscn",
            },
            "renditions": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "renditions",
            },
            "content-generation": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                # The table of core.models.DatabaseCacheEntry, created by core's migrations.
                "LOCATION": "iscn_shared_cache",
            },
        }
    redis = {
        # While Redis is down the site runs without the cache (core/redis_cache.py), and
        # /readyz says "degraded". A server that does not answer costs a request at most these
        # timeouts (in seconds), then the process leaves it alone for a few seconds.
        "BACKEND": "core.redis_cache.ResilientRedisCache",
        "LOCATION": redis_url,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
    }
    return {
        "default": {**redis, "KEY_PREFIX": "iscn"},
        "renditions": {**redis, "KEY_PREFIX": "iscn-renditions", "TIMEOUT": 60 * 60 * 24 * 7},
        "content-generation": {**redis, "KEY_PREFIX": "iscn"},
    }


def machine_translator(environ) -> dict:
    """wagtail-localize's machine translator, which pre-fills translations for review.

    DeepL when a key is configured, a self-hosted LibreTranslate when its URL is,
    a dummy translator otherwise.
    """
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
