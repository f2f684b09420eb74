"""Production: every value comes from the environment; insecure defaults are refused."""

import os

from django.core.exceptions import ImproperlyConfigured
from pythonjsonlogger.core import RESERVED_ATTRS

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS
from .environment import env_bool

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
# The same bar as `check --deploy` (at least 50 characters, 5 different ones), plus no key
# of the development, test or Django's startproject settings.
if (
    len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith(("dev-", "test-", "django-insecure-"))
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters."
    )
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site answers to.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Cookies only over HTTPS; HttpOnly, SameSite and the other security headers: base.py.
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Queued emails (core/mail.py, EMAIL_BACKEND in base.py) are delivered by SMTP.
ISCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
# A mail server that accepts the connection but never answers must not hold a worker forever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
# DEFAULT_FROM_EMAIL and WAGTAILADMIN_NOTIFICATION_FROM_EMAIL: see base.py.

# Background tasks are queued in the database and run by `manage.py db_worker` (the worker
# service); TASKS_BACKEND=immediate runs them in the request instead, for a single machine
# without a worker.
_TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND") or "database"
if _tasks_backend not in _TASKS_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(_TASKS_BACKENDS)}, got {_tasks_backend!r}"
    )
TASKS = {"default": {"BACKEND": _TASKS_BACKENDS[_tasks_backend]}}

# Media (uploaded images and documents) on S3-compatible object storage when a bucket is
# named, so that no web process keeps files of its own. Image URLs are plain, unsigned
# addresses under MEDIA_URL (cached pages keep working); the bucket policy makes images/ and
# original_images/ readable and keeps documents/ and private/ unreadable: documents and private
# images (core/private_media.py) are always streamed through the site's views, which check
# collection privacy, with the credentials below.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    _endpoint_url = os.environ.get("AWS_S3_ENDPOINT_URL", "").rstrip("/")
    _region = os.environ.get("AWS_S3_REGION_NAME", "") or "us-east-1"
    # Where browsers fetch media from: a CDN or custom domain if given, else the bucket
    # itself (path style on the endpoint of S3-compatible storage, AWS's address otherwise).
    _media_domain = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip("/")
    _url_protocol = os.environ.get("AWS_S3_URL_PROTOCOL", "https:")
    if not _media_domain and _endpoint_url:
        _url_protocol, _, _endpoint_host = _endpoint_url.partition("//")
        _media_domain = f"{_endpoint_host}/{AWS_STORAGE_BUCKET_NAME}"
    elif not _media_domain:
        _media_domain = f"{AWS_STORAGE_BUCKET_NAME}.s3.{_region}.amazonaws.com"
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "core.s3_media.S3MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": _endpoint_url or None,
            "region_name": _region,
            # Unset keys: boto3 finds credentials itself (instance role, ~/.aws).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": _media_domain,
            "url_protocol": _url_protocol,
            "addressing_style": "path" if _endpoint_url else None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "max-age=86400"},
        },
    }
    MEDIA_URL = f"{_url_protocol}//{_media_domain}/"

# Caching, static files, health probes, logs, error reports (docs/operations.md).
# The page cache is on by default only with Redis: in per-process memory a publish would reach
# only the process (or the worker) that made it, and the others would serve the old page.
ISCN_PAGE_CACHE_SECONDS = int(
    os.environ.get("PAGE_CACHE_SECONDS", "300" if os.environ.get("REDIS_URL") else "0")
)
# Compressed files with content hashes in their names, which WhiteNoise serves with a
# ten-year Cache-Control; `manage.py collectstatic` writes them at deploy time.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# Load balancers probe over plain HTTP (cms/health.py).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# One JSON object per line on stdout, with the method and path of a failed request.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_fields": {"()": "cms.log_filters.RequestFieldsFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            # ISO 8601 in UTC.
            "timestamp": "time",
            # The request object itself is replaced by the filter's plain fields.
            "reserved_attrs": [*RESERVED_ATTRS, "request", "server_time"],
        }
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_fields"],
        }
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Error reports (and a sample of performance traces) to Sentry when a DSN is given; no
# personal data (addresses, cookies, users) is sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    _traces_sample_rate = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0"))
    if not 0 <= _traces_sample_rate <= 1:
        raise ImproperlyConfigured("SENTRY_TRACES_SAMPLE_RATE must be between 0 and 1.")
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        traces_sample_rate=_traces_sample_rate,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
    )
