"""How pages behave across the language trees.

- Relations (city, topics, host city …) of a page point to pages in its own
  language where a published translation exists, and to the source otherwise.
- Locale sync: when a page of the source language is published, every other
  language tree gets an untranslated *draft* of it (never a live copy with English
  text), ready for translators in wagtail-localize. A background task makes them (in
  production the worker, see TASKS in the settings).
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django_tasks import task
from wagtail.models import Locale, Page

logger = logging.getLogger(__name__)


def localize_relations(page):
    """Point the page's relations at their translations in the page's own language."""
    for name in page.localized_relations:
        field = page._meta.get_field(name)
        if field.many_to_many:
            related = list(getattr(page, name).all())
            if any(item.locale_id != page.locale_id for item in related):
                getattr(page, name).set(_in_locale(related, page.locale_id))
        else:
            item = getattr(page, name)
            if item is not None and item.locale_id != page.locale_id:
                setattr(page, name, _in_locale([item], page.locale_id)[0])


def _in_locale(pages, locale_id):
    """Each page's published translation in the locale, or the page itself."""
    if not pages:
        return []
    model = type(pages[0])
    translations = {
        translation.translation_key: translation
        for translation in model.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale_id=locale_id,
            live=True,
        )
    }
    return [translations.get(page.translation_key, page) for page in pages]


def models_with_localized_relations():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and getattr(model, "localized_relations", ())
    ]


def repoint_relations_to(translation):
    """A translation went live: pages of its language that still point to its source follow."""
    source_ids = list(
        Page.objects.filter(translation_key=translation.translation_key)
        .exclude(locale_id=translation.locale_id)
        .values_list("pk", flat=True)
    )
    for model in models_with_localized_relations():
        for name in model.localized_relations:
            field = model._meta.get_field(name)
            if not isinstance(translation, field.related_model):
                continue
            if field.many_to_many:
                _repoint_many_to_many(field, translation, source_ids)
            else:
                model.objects.filter(
                    locale_id=translation.locale_id, **{f"{name}__in": source_ids}
                ).update(**{name: translation})


def _repoint_many_to_many(field, translation, source_ids):
    through = field.remote_field.through
    owner_column, target_column = field.m2m_field_name(), field.m2m_reverse_field_name()
    links = through.objects.filter(
        **{
            f"{owner_column}__locale_id": translation.locale_id,
            f"{target_column}__in": source_ids,
        }
    )
    for link in links:
        owner_id = getattr(link, f"{owner_column}_id")
        duplicate = through.objects.filter(
            **{f"{owner_column}_id": owner_id, target_column: translation}
        )
        if duplicate.exists():
            link.delete()
        else:
            setattr(link, target_column, translation)
            link.save()


def create_draft_translations(page, user=None):
    """Give every other language an untranslated draft of a published source page.

    Publishing must never fail because a draft copy could not be made: such a page is
    logged and shows as missing in the translation status report.
    """
    from wagtail_localize.operations import TranslationCreator

    target_locales = Locale.objects.exclude(pk=page.locale_id)
    # Ancestors first: a translation needs its parent in the same language.
    for candidate in [*page.get_ancestors().filter(depth__gt=1).specific(), page.specific]:
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


def on_page_published(sender, instance, revision=None, **kwargs):
    page = instance
    if page.locale.language_code != settings.LANGUAGE_CODE:
        repoint_relations_to(page)
    elif settings.ISCN_SYNC_LANGUAGE_TREES:
        create_draft_translations_task.enqueue(page.pk, getattr(revision, "user_id", None))


class TranslationOrigin:
    """How the text of a translated page came about, as readers are told."""

    MACHINE = "machine"
    HUMAN = "human"
    REVIEWED = "reviewed"


def translation_origin(page):
    """MACHINE, HUMAN or REVIEWED for a translated page; None for a source-language page."""
    from wagtail_localize.models import StringTranslation

    if page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    latest_review = page.workflow_states.order_by("-created_at").first()
    if latest_review and latest_review.status == latest_review.STATUS_APPROVED:
        return TranslationOrigin.REVIEWED
    kinds = set(
        StringTranslation.objects.filter(
            locale_id=page.locale_id, context__object_id=page.translation_key
        ).values_list("translation_type", flat=True)
    )
    if StringTranslation.TRANSLATION_TYPE_MACHINE in kinds:
        return TranslationOrigin.MACHINE
    return TranslationOrigin.HUMAN
