"""Locale sync: when a page of the source language is published, every other language tree
gets an untranslated *draft* of it (never a live copy with English text), ready for translators
in wagtail-localize. A background task makes them (in production the worker, see TASKS in the
settings). Page types that say `copy_to_other_languages = False` (the members' workspace) are
left to be translated on purpose. When a translation is published, pages that point at the
source point at it instead.
"""

import contextlib
import logging
import threading

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django_tasks import task
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator

from core.i18n import repoint_relations_to
from core.progress import Stages

logger = logging.getLogger(__name__)

# Pages published inside `language_sync_deferred()` in this thread, in order; None outside it.
_deferred = threading.local()


def create_draft_translations(page, user=None):
    """Give every other language an untranslated draft of a published source page.

    Publishing must never fail because a draft copy could not be made: such a page is
    logged and shows as missing in the translation status report.
    """
    target_locales = Locale.objects.exclude(pk=page.locale_id)
    # Ancestors first: a translation needs its parent in the same language.
    for candidate in [*page.get_ancestors().filter(depth__gt=1).specific(), page.specific]:
        if not candidate.copy_to_other_languages:
            return  # Nor anything below it.
        missing = [locale for locale in target_locales if not candidate.has_translation(locale)]
        if not missing:
            continue
        try:
            with transaction.atomic():
                TranslationCreator(user, missing).create_translations(candidate)
        except Exception:
            logger.exception("Could not create draft translations of page %s", candidate.pk)
            return


@task()
def create_draft_translations_task(page_id, user_id=None):
    """create_draft_translations() in the background: ids, since the queue stores JSON.

    The page may have gone by the time a worker runs the task; then there is nothing to do.
    """
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    create_draft_translations(page, user)


@contextlib.contextmanager
def language_sync_deferred(stages=None):
    """Drafts for the other languages made once, when the block ends, for bulk work.

    Loading content publishes each source page and then translates it: syncing at once would
    make a draft in every language that the translation then rewrites. At the end only the
    languages still without a page get their draft.
    """
    _deferred.pages = published = {}
    try:
        yield
    finally:
        del _deferred.pages
    if not published:
        return
    stages = stages or Stages.silent()
    with stages.stage("Drafts for the other languages", len(published), unit="pages") as bar:
        for page_id, user_id in published.items():
            create_draft_translations_task.call(page_id, user_id)
            bar.advance()


def on_page_published(sender, instance, revision=None, **kwargs):
    page = instance
    user_id = getattr(revision, "user_id", None)
    if page.locale.language_code != settings.LANGUAGE_CODE:
        repoint_relations_to(page)
    elif not settings.ISCN_SYNC_LANGUAGE_TREES:
        return
    elif getattr(_deferred, "pages", None) is not None:
        _deferred.pages.setdefault(page.pk, user_id)
    else:
        create_draft_translations_task.enqueue(page.pk, user_id)
