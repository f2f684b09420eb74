from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.years import FIRST_YEAR, LAST_YEAR


class ListingFilterForm(forms.Form):
    """A GET filter form for an index page.

    Invalid values never break the page: they are reported next to the field
    and the listing is shown without that filter.
    """

    def __init__(self, data=None, *, page):
        super().__init__(data)
        self.page = page
        self.set_choices()

    def set_choices(self):
        """Fill choices that depend on the content of the page's language."""

    def filter(self, items):
        if not self.is_bound:
            return items
        self.is_valid()
        values = {
            name: value for name, value in self.cleaned_data.items() if value not in ("", None)
        }
        return self.apply(items, values)

    def apply(self, items, values):
        raise NotImplementedError


class FilterSelect(forms.Select):
    """Django's select markup without two included templates per option: the filter form's
    options had cost more than the rest of the listing page."""

    template_name = "core/widgets/filter_select.html"


def year_field(label):
    return forms.IntegerField(
        label=label, required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )


EMPTY_CHOICE = ("", _("All"))


def country_choices(codes):
    """Choices for the countries present in a listing, by localized name."""
    named = sorted(((code, countries.name(code)) for code in set(codes)), key=lambda c: c[1])
    return [EMPTY_CHOICE, *named]
