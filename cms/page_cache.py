"""A cache of whole responses for anonymous visitors, shared by every web process.

A stored page is served without touching the database. Entries are keyed by scheme, host, path
with query string, language and Accept header, plus the content generation token
(core/content_generation.py, shared with the search catalogue): publishing, unpublishing,
moving, saving or deleting a page (or changing anything else pages show) replaces the token, so
every process behind the load balancer stops serving the old entries at once. The entries
themselves simply expire.

Only what is the same for every anonymous visitor is stored: GET requests without a session or
message cookie, answered 200 without cookies, CSRF tokens or private/no-store headers. Wagtail
marks pages with view restrictions (the members' workspace) no-store, so they never qualify.

The page cache is off unless ISCN_PAGE_CACHE_SECONDS is set (docs/operations.md).
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control, patch_vary_headers

from core.content_generation import current_generation

CACHE_ALIAS = "default"
STATUS_HEADER = "X-Page-Cache"
# Browsers and proxies may keep a page this long; the server's own copy goes on publish.
BROWSER_MAX_AGE = 60
# Large downloads (PDF exports) are not worth the cache memory they would take.
MAX_STORED_BYTES = 1024 * 1024
# A response that varies on anything else than these would need them in the key.
HANDLED_VARY_HEADERS = {"cookie", "accept", "accept-language", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}


def _cache():
    return caches[CACHE_ALIAS]


def _signed_in_or_personal(request):
    """Requests whose answer may be personal: a session (signed in, or a page's password
    entered), pending messages, or credentials."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or CookieStorage.cookie_name in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
    )


def _cache_key(request, generation):
    location = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    # The API answers JSON or, to a browser, its HTML view of it (Vary: Accept).
    accept = request.headers.get("Accept", "")
    digest = hashlib.sha256(f"{location}\n{accept}".encode()).hexdigest()
    return f"page-cache:{generation}:{request.LANGUAGE_CODE}:{digest}"


def _is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # The page holds a CSRF token (a form): it belongs to one visitor.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part
    }
    if directives & UNCACHEABLE_DIRECTIVES or get_max_age(response) == 0:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part}
    if vary - HANDLED_VARY_HEADERS:
        return False
    return len(response.content) <= MAX_STORED_BYTES


class PageCacheMiddleware:
    """Serves and stores anonymous pages.

    Sits after LocaleMiddleware (the language is part of the key) and before CsrfViewMiddleware,
    AuthenticationMiddleware and MessageMiddleware, so it sees the cookies they set.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = reverse("wagtailadmin_home")

    def __call__(self, request):
        seconds = settings.ISCN_PAGE_CACHE_SECONDS
        if not seconds:
            return self.get_response(request)
        personal = _signed_in_or_personal(request)
        if personal or request.method != "GET" or request.path.startswith(self.admin_prefix):
            response = self.get_response(request)
            if personal and not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
            response[STATUS_HEADER] = "bypass"
            return response

        key = _cache_key(request, current_generation())
        cached = _cache().get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status, headers=headers)
            response[STATUS_HEADER] = "hit"
            return response

        response = self.get_response(request)
        if _is_storable(request, response):
            patch_cache_control(response, public=True, max_age=min(seconds, BROWSER_MAX_AGE))
            # Signed-in people get another page (the Wagtail user bar) for the same URL.
            patch_vary_headers(response, ["Cookie"])
            entry = (response.status_code, dict(response.items()), response.content)
            _cache().set(key, entry, seconds)
        response[STATUS_HEADER] = "miss"
        return response
