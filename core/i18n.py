"""How pages behave across the language trees.

- Relations (city, topics, host city …) of a page point to pages in its own
  language where a published translation exists, and to the source otherwise.
- Readers are told how a translation came about (machine, human, reviewed).

The locale sync (drafts of every published page in every language) is translations/sync.py.
"""

import logging

from django.apps import apps
from django.conf import settings
from wagtail.models import Page

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
