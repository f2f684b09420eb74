from django import forms
from django.utils.translation import gettext_lazy as _

from cities.models import CityPage
from core.filters import EMPTY_CHOICE, ListingFilterForm, country_choices


class CityFilterForm(ListingFilterForm):
    country = forms.ChoiceField(label=_("Country"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)

    def set_choices(self):
        rows = (
            CityPage.objects.live()
            .filter(locale=self.page.locale)
            # No ordering: Django would add the page path to the DISTINCT, one row per city.
            .order_by()
            .values_list("country", "region")
            .distinct()
        )
        rows = list(rows)
        self.fields["country"].choices = country_choices(code for code, _region in rows)
        regions = sorted({region for _code, region in rows if region})
        self.fields["region"].choices = [EMPTY_CHOICE, *((region, region) for region in regions)]

    def apply(self, items, values):
        if "country" in values:
            items = items.filter(country=values["country"])
        if "region" in values:
            items = items.filter(region=values["region"])
        return items
