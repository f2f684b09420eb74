"""The site's last answer to an exception no view handled (handler500 in cms/urls.py).

Django calls it wherever the exception was raised: in a view, a middleware, a template or while
rendering the 404 page. A database that cannot be reached (PostgreSQL restarting or down) is an
outage, not a bug: visitors get 503 with Retry-After in their language instead of 500. Pages in
the page cache are still served (cms/page_cache.py never touches the database for them), and the
site recovers by itself: Django connects anew for the next request, and a persistent connection
that died is checked and dropped first (conn_health_checks in cms/settings/base.py). Neither page
touches the database.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

# A database restart takes seconds; browsers and crawlers that honour the header come back then.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        return database_unavailable()
    return defaults.server_error(request)


def database_unavailable():
    # Without the request: the context processors would read the session and settings from
    # the database. The language is the one the locale middleware chose.
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
