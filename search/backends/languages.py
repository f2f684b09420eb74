"""Which content language an indexed object is in, for the backends that index per language."""

from wagtail.models import Locale


def group_by_language(objects):
    """`objects` grouped by the language code of their locale, in their order.

    Objects without a locale (images, documents) are grouped under None. One query, and only
    when some object has a locale.
    """
    objects = list(objects)
    codes_by_locale = {}
    if any(getattr(obj, "locale_id", None) is not None for obj in objects):
        codes_by_locale = {
            pk: code.lower() for pk, code in Locale.objects.values_list("pk", "language_code")
        }
    groups = {}
    for obj in objects:
        language_code = codes_by_locale.get(getattr(obj, "locale_id", None))
        groups.setdefault(language_code, []).append(obj)
    return groups


def objects_in_language(objects, language_code):
    """The objects whose locale is in `language_code`; objects without a locale are left out."""
    return group_by_language(objects).get(language_code.lower(), [])
