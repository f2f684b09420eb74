"""Look-ups that every page makes, kept in the process until content changes.

Every page asks for the site of its host name, its settings, the locale of the active language
(Wagtail asks up to six times a page: routing, links in rich text, language versions) and the
home page in that language. They change only with content, and any such change replaces the
content generation (core/content_generation.py), which every request reads anyway: kept under
the generation, they cost no query after the first request of a process, and a change in any
process is seen by every other from its next request on.
"""

import copy
import functools

from django.apps import apps
from django.http.request import split_domain_port
from django.utils.translation import get_language_from_path
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Locale, Site
from wagtail.models.i18n import LocaleManager

from core.content_generation import current_generation

# (generation, {key: value}); replaced whole, so a thread never sees a half-reset memo.
_memo = (None, {})


def memoized(key, compute):
    """The value of `compute()`, computed once per content generation and process."""
    global _memo
    generation = current_generation()
    memo_generation, values = _memo
    if memo_generation != generation:
        values = {}
        _memo = (generation, values)
    if key not in values:
        values[key] = compute()
    return values[key]


def memoize_locale_look_ups():
    """Wagtail's own look-ups of a Locale (Locale.get_active() and the like) through the memo.

    They go through LocaleManager.get_for_language, which Wagtail offers no other way into.
    """
    look_up = LocaleManager.get_for_language

    @functools.wraps(look_up)
    def get_for_language(manager, language_code):
        return memoized(("locale", language_code), lambda: look_up(manager, language_code))

    LocaleManager.get_for_language = get_for_language


def locale_by_id(locale_id):
    """A Locale by its id, from the memo (each page's `locale` costs no query this way)."""
    return memoized(("locale id", locale_id), lambda: Locale.objects.get(pk=locale_id))


def site_setting_models():
    return [model for model in apps.get_models() if issubclass(model, BaseSiteSetting)]


class SiteFromMemoMiddleware:
    """Gives each request for a public page (a path with a language prefix) its Wagtail site and
    site settings from the memo; other requests (the admin, the API, health checks) look them
    up as Wagtail does, if at all.

    Wagtail keeps both on the request (Site.find_for_request, BaseSiteSetting.for_request) and
    looks no further when they are there. Each request gets its own copies: Wagtail sets
    attributes on them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.setting_models = site_setting_models()

    def __call__(self, request):
        if get_language_from_path(request.path_info):
            self.give_site_and_settings(request)
        return self.get_response(request)

    def give_site_and_settings(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()
        # Wagtail's own matching of host name and port to a site (the default site else).
        site = memoized(("site", hostname, port), lambda: Site._find_for_request(request))
        request._wagtail_site = copy.copy(site)
        if site is not None:
            for model in self.setting_models:
                settings = copy.copy(
                    memoized((model._meta.label, site.pk), lambda m=model: m.for_site(site))
                )
                settings._request = request
                setattr(request, model.get_cache_attr_name(), settings)
