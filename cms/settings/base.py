"""Settings shared by every environment.

Everything that differs between machines comes from environment variables
(docs/configuration.md); this module holds no secrets and never enables
debugging.
"""

import os
from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from cms.settings.environment import (
    build_caches,
    database_settings,
    env_list,
    machine_translator,
)
from search.backends.configuration import search_backends_from_environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's apps (DESIGN.md, Layout): shared machinery, then one app per job.
    "core",
    "home",
    "topics",
    "cities",
    "casestudies",
    "events",
    "workspace",
    "search",
    "translations",
    "api",
    "demo",
    # Content-Security-Policy (its system checks); sign-in throttling (its models, checks).
    "csp",
    "axes",
    # Background tasks (search index, reference index, translation sync): django-tasks and
    # the database backend that production's worker (`manage.py db_worker`) reads from.
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "rest_framework",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Its sitemap.xml template (with hreflang alternates) renders /sitemap.xml.
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost, so every response carries them, also those of the middleware below
    # (HTTPS redirect, CORS preflight, health checks, cached pages).
    "cms.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything that can answer a request, so API responses always carry CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files (hashed, compressed in production) before any per-request work.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # /healthz and /readyz, answered before host checks, language prefixes and the page cache.
    "cms.health.HealthCheckMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The "content changed" token read once per request, by the page cache and the views.
    "core.content_generation.GenerationPerRequestMiddleware",
    # The site and its settings from the process's memo (core/generation_memo.py).
    "core.generation_memo.SiteFromMemoMiddleware",
    # After the language is known, before the middleware that set cookies (cms/page_cache.py).
    "cms.page_cache.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# An unset DATABASE_URL means the embedded default: a SQLite file in var/.
DATABASES = {
    "default": database_settings(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Security headers, the same in every environment (HSTS and Secure cookies: production.py).
# Public pages run no inline script and load nothing from other hosts. JSON-LD blocks are data,
# which browsers never execute, so they need no nonce (tests/cms/test_security.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *env_list("CSP_MEDIA_ORIGINS")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (and its page previews) still relies on inline scripts and styles and
# frames its own previews; cms/security.py gives paths under these prefixes this policy.
ADMIN_CONTENT_SECURITY_POLICY = {
    "URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *env_list("CSP_MEDIA_ORIGINS")],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}
# Browser features the site never uses, denied to it and to anything it might frame (only
# names Chromium knows: it logs an error for any other).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Wagtail's admin reads the CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Sign-in throttling (django-axes) for the admin and the members' sign-in: 5 failed attempts
# for one user name from one address lock that pair out for 15 minutes, even with the right
# password, and 20 from one address, whatever the user names, lock the address out (password
# spraying); cms/security.py counts per address and renders the lock-out page (429).
AUTHENTICATION_BACKENDS = [
    # AxesStandaloneBackend (refuses locked-out sign-ins, authenticates nobody itself) with
    # ModelBackend's get_user: Wagtail's WagtailPageTestCase signs in with the first backend.
    # Its permissions in one query (cms/security.py).
    "cms.security.SignInThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
ISCN_SIGN_IN_FAILURES_PER_ADDRESS = 20
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "cms.security.SignInThrottle"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.locked_out"
AXES_CLIENT_IP_CALLABLE = "cms.security.client_ip_address"
# Failed attempts are kept only for the cool-off; successful sign-ins are not logged (personal
# data the site does not need). Lock-outs are logged as warnings without the full client details.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# Reverse proxies in front of the site that append the client's address to X-Forwarded-For
# (0: the site is reached directly and REMOTE_ADDR is the client; 2 behind a TLS proxy and the
# compose load balancer, docs/deployment.md).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Internationalisation. English is the source language; the others are the
# network's working languages. Adding one: append it here, add a data migration
# for its Locale, run `make messages` and translate locale/<code>/LC_MESSAGES/django.po.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("pt-br", _("Brazilian Portuguese")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"

# Files of private images get the address of a checked view (core/private_media.py).
STORAGES = {
    "default": {"BACKEND": "core.private_media.FileSystemMediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request body apart from uploaded files (a long page in the editor stays far below);
# a larger one is refused with 400. Uploads: WAGTAILIMAGES_/WAGTAILDOCS_MAX_UPLOAD_SIZE.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024


CACHES = build_caches(os.environ.get("REDIS_URL", ""))
# Anonymous visitors' pages are kept this many seconds (cms/page_cache.py); 0 switches the
# page cache off. production.py turns it on by default when the cache is Redis.
ISCN_PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))

# Members sign in on the site itself (workspace/account_urls.py); private pages send
# anonymous visitors there and back.
LOGIN_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Background tasks: Wagtail's search and reference index updates and the locale sync
# (core/i18n.py) run as django-tasks. Here immediately, in the request that causes them;
# production.py queues them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "ISCN Knowledge Platform"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend (per-language stemming on PostgreSQL), or Elasticsearch/OpenSearch with
# indexes per language when ELASTICSEARCH_URL/OPENSEARCH_URL is set (docs/search.md).
WAGTAILSEARCH_BACKENDS = search_backends_from_environment(os.environ)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx", "zip"]
# Documents are always served through Wagtail's view, which checks collection
# privacy (working groups' documents); never as public media files.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Only PDFs open in the browser; every other document is downloaded (Content-Disposition:
# attachment). Wagtail serves documents with nosniff and "Content-Security-Policy: default-src
# 'none'", so nothing in a document can run on the site's origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# Wagtail's image model, except that private images' files are kept apart (core/models/images.py).
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# The admin's upload forms read the whole file: a damaged, truncated or renamed image or
# document gets a form error, never a 500 or a broken file (core/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.CheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.CheckedDocumentForm"
# No third-party requests from the admin either: no Gravatar avatars, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Sender of the workflow notifications (submitted, approved, changes requested) and other mail.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL
)
# Every email is queued as a background task (core/mail.py) that tries again, for about a day,
# while the mail server cannot be reached; the task hands it to the delivery backend.
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
ISCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"

# wagtail-localize: a translation is reviewed by a person before it goes live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation pre-fills translations: DeepL, LibreTranslate or a dummy (environment.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# Publishing a source-language page gives every other language an untranslated
# draft of it (core/i18n.py).
ISCN_SYNC_LANGUAGE_TREES = True

# Number of items per page on public listings.
LISTING_PAGE_SIZE = 12

# Read-only API at /api/v2/ (api/endpoints.py): absolute URLs in its responses start with this.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50
# Anyone may read the API from a browser on another site; nothing else is shared, no cookies.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
