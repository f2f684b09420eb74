"""One "content changed" token for every cache of what public pages show.

The page cache (cms/page_cache.py) and the search catalogue (search/catalogue.py) keep their
copies under the current generation, a token in the cache "content-generation": Redis, or
without Redis the database (cms/settings/environment.py), so that every process sees the same
token either way. Publishing, unpublishing, moving, saving or deleting a page, or changing
anything else pages show (site settings, view restrictions of pages and collections, sites,
locales, collections, images, documents, search promotions), replaces the token: every web
process behind the load balancer, and the worker, stops using its old copies at once.
"""

import contextvars
import uuid

from django.apps import apps
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_ALIAS = "content-generation"
GENERATION_KEY = "content:generation"
DISPATCH_UID = "iscn_content_generation"


def _cache():
    return caches[CACHE_ALIAS]


def _new_generation():
    # Random rather than a counter: a generation lost to eviction must never come back.
    return uuid.uuid4().hex


# The token as this request has read it ([token] or [None]; None outside a request): a search
# page asks for it several times, the API up to eight, and without Redis each ask is a query.
_request_memo = contextvars.ContextVar("content_generation_of_request", default=None)


class GenerationPerRequestMiddleware:
    """The token is read at most once per request (until the request itself replaces it).

    Another process's change is seen from the next request on, as before.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set([None])
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)


def current_generation():
    memo = _request_memo.get()
    if memo is not None and memo[0] is not None:
        return memo[0]
    generation = _shared_generation()
    if memo is not None:
        memo[0] = generation
    return generation


def _shared_generation():
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    # None: the shared cache is down (core/redis_cache.py), and with it the news of any change.
    # A token nobody has seen counts every copy as stale.
    return generation or _new_generation()


def replace_generation():
    """Every copy of public content is stale from now on (outside any transaction)."""
    generation = _new_generation()
    _cache().set(GENERATION_KEY, generation, timeout=None)
    memo = _request_memo.get()
    if memo is not None:
        memo[0] = generation


def content_changed(**kwargs):
    """Signal receiver: every copy of public content is stale from now on.

    Once now, so no process serves the old content any more, and once when the transaction
    commits, so a copy made from the not yet committed state is not kept either. A token in the
    database is replaced on commit only: no other process could see it earlier, and the
    transaction would hold its row to the end, making every other change wait for it.
    """
    if not isinstance(_cache(), DatabaseCache):
        replace_generation()
    transaction.on_commit(replace_generation)


def page_saved_or_deleted(sender, instance, **kwargs):
    """post_save and post_delete of any model: a live page of any type created (by a script or
    import; the admin publishes, which page_published covers), changed in place or deleted.

    Drafts are not public: creating, saving or deleting one changes nothing visitors see.
    """
    if isinstance(instance, Page) and instance.live:
        content_changed()


def shown_on_pages():
    """Models other than pages whose changes public pages show: settings of any app (found in
    the registry, so core names no app), view restrictions, sites, locales, media, promotions.

    Collections and their restrictions decide which images and documents the API lists.
    """
    settings_models = [
        model
        for model in apps.get_models()
        if issubclass(model, BaseSiteSetting | BaseGenericSetting)
    ]
    return [
        *settings_models,
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
        SearchPromotion,
    ]


def connect_signals():
    """Called from CoreConfig.ready(), once every app's models are loaded."""
    page_published.connect(content_changed, dispatch_uid=f"{DISPATCH_UID}_published")
    page_unpublished.connect(content_changed, dispatch_uid=f"{DISPATCH_UID}_unpublished")
    post_page_move.connect(content_changed, dispatch_uid=f"{DISPATCH_UID}_moved")
    # Sent for every model; pages of any type are recognised by the receiver.
    post_save.connect(page_saved_or_deleted, dispatch_uid=f"{DISPATCH_UID}_page_saved")
    post_delete.connect(page_saved_or_deleted, dispatch_uid=f"{DISPATCH_UID}_page_deleted")
    for model in shown_on_pages():
        label = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{DISPATCH_UID}_{label}")
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"{DISPATCH_UID}_{label}_del"
        )
    # The groups a restriction admits are set after it is saved; the memo keeps them too.
    for restriction_model in (PageViewRestriction, CollectionViewRestriction):
        through = restriction_model.groups.through
        m2m_changed.connect(
            content_changed, sender=through, dispatch_uid=f"{DISPATCH_UID}_{through.__name__}"
        )
