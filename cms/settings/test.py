"""Test settings: fast, deterministic, isolated from a developer's data."""

from search.backends.configuration import search_backends_from_environment

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES
from .environment import SQLITE_OPTIONS, build_caches

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# On SQLite the test database lives in memory, shared between threads through SQLite's shared
# cache: no write-ahead log there, and a lock is refused at once instead of waited for, so
# SQLITE_OPTIONS would only make threads meet more often (tests/workspace/test_votes.py).
# tests/cms/test_sqlite.py checks them on a database file, as the embedded default runs.
for option in SQLITE_OPTIONS:
    DATABASES["default"]["OPTIONS"].pop(option, None)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests that send through the queue (tests/core/test_mail.py) find the messages in the outbox too.
ISCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
STORAGES = {
    "default": {"BACKEND": "core.private_media.InMemoryMediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}

# Tests create pages in bulk; the tests of locale sync switch it on where they need it.
ISCN_SYNC_LANGUAGE_TREES = False

# Memory caches whatever REDIS_URL says; the page cache is off so query counts stay exact
# (tests/cms/test_page_cache.py switches it on). The content generation token too: a test runs
# in one process, and reading it costs no query, as with Redis (tests/core/ and tests/cms/ test
# it in the database, and across processes).
CACHES = build_caches("")
CACHES["content-generation"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "content-generation",
}
ISCN_PAGE_CACHE_SECONDS = 0
# No collectstatic in tests: WhiteNoise serves static files from the app folders, as in
# development (tests/cms/test_static_files.py checks the production set-up).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The suite searches the database, whatever the environment says: pages saved by a test are
# found at once. tests/search/backends/test_elasticsearch_live.py sets up its own throwaway
# Elasticsearch/OpenSearch indexes when ELASTICSEARCH_URL or OPENSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends_from_environment({})
