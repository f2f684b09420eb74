"""The admin's edit form of the page types that relate to other pages (cities, topics)."""

from collections.abc import Iterable

from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm


class LocalizedRelationsPageForm(WagtailAdminPageForm):
    """Offers only the pages of the page's own language for its `localized_relations`.

    Without this, the topic check boxes list every topic once per language. Pages already
    related stay on offer, so saving the form never drops one silently.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in self._meta.model.localized_relations:
            field = self.fields.get(name)
            if field is None or not hasattr(field, "queryset"):
                continue
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id) | Q(pk__in=self.related_pks(name))
            )

    def related_pks(self, name):
        """The pages related now: a page or its pk, or a list or queryset of them."""
        value = self.initial.get(name)
        values = value if isinstance(value, Iterable) else [value]
        return [getattr(item, "pk", item) for item in values if item is not None]
