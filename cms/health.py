"""Health endpoints for load balancers and orchestrators.

/healthz answers "ok" while the process runs (liveness, no database). /readyz checks the
database, the cache and every search backend (readiness) and answers 503 when the database or
search fails. Without the cache the site still serves, only slower (core/redis_cache.py): that is
"degraded", answered 200 so that load balancers keep sending visitors.

They are answered by a middleware near the top of the stack rather than by URL patterns: probes
come over plain HTTP, often with the machine's address as Host, so neither ALLOWED_HOSTS, the
HTTPS redirect (see SECURE_REDIRECT_EXEMPT), the language prefix nor the page cache may stand
in their way.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse, JsonResponse
from django.utils.cache import add_never_cache_headers
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    cache = caches["default"]
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            # The Redis backend answers as an empty cache while the server is unreachable.
            raise ConnectionError("the cache did not return what was stored")
    finally:
        cache.delete(key)


def check_search():
    from wagtail.models import Page

    for alias in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        client = getattr(backend, "es", None)
        if client is not None:
            # Elasticsearch and OpenSearch backends.
            if not client.ping():
                raise ConnectionError(f"search backend {alias!r} does not answer")
        elif hasattr(backend, "check_index"):
            backend.check_index()
        else:
            list(backend.search("readyz", Page)[:1])


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}
# Checks whose failure leaves the site serving.
DEGRADING = {"cache"}


def liveness():
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def readiness():
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            level = logging.WARNING if name in DEGRADING else logging.ERROR
            logger.log(level, "Readiness check %s failed", name, exc_info=True)
            results[name] = f"error: {type(error).__name__}"
        else:
            results[name] = "ok"
    failed = {name for name, result in results.items() if result != "ok"}
    if failed - DEGRADING:
        status = "error"
    elif failed:
        status = "degraded"
    else:
        status = "ok"
    return JsonResponse(
        {"status": status, "checks": results}, status=503 if status == "error" else 200
    )


class HealthCheckMiddleware:
    """Answers /healthz and /readyz before host validation, redirects and routing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if request.path == LIVENESS_PATH:
            response = liveness()
        elif request.path == READINESS_PATH:
            response = readiness()
        else:
            return self.get_response(request)
        add_never_cache_headers(response)
        return response
