"""Test settings: fast, deterministic, isolated from a developer's data."""

from search.backends.configuration import search_backends_from_environment

from .base import *  # noqa: F403
from .base import BASE_DIR
from .environment import build_caches

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
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
# (tests/cms/test_page_cache.py switches it on).
CACHES = build_caches("")
ISCN_PAGE_CACHE_SECONDS = 0
# No collectstatic in tests: WhiteNoise serves static files from the app folders, as in
# development (tests/cms/test_static_files.py checks the production set-up).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# The suite searches the database, whatever the environment says: pages saved by a test are
# found at once. tests/search/backends/test_elasticsearch_live.py sets up its own throwaway
# Elasticsearch/OpenSearch indexes when ELASTICSEARCH_URL or OPENSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends_from_environment({})
