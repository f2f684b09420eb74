from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from casestudies.choices import Maturity
from casestudies.models import CaseStudyPage, SDGTarget
from cities.models import CityPage
from core.filters import EMPTY_CHOICE, ListingFilterForm, country_choices, year_field
from topics.models import TopicPage


class CaseStudyFilterForm(ListingFilterForm):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    maturity = forms.ChoiceField(label=_("Maturity"), required=False)
    sdg = forms.ChoiceField(label=_("SDG target"), required=False)
    year = year_field(_("Active in year"))

    def set_choices(self):
        locale = self.page.locale
        self.fields["topic"].choices = [EMPTY_CHOICE, *self._slugs(TopicPage, locale)]
        self.fields["city"].choices = [EMPTY_CHOICE, *self._slugs(CityPage, locale)]
        # The distinct countries from the database (an index scan), not every case study's.
        codes = (
            CaseStudyPage.objects.live()
            .filter(locale=locale)
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        )
        self.fields["country"].choices = country_choices(codes)
        self.fields["maturity"].choices = [EMPTY_CHOICE, *Maturity.choices]
        self.fields["sdg"].choices = [EMPTY_CHOICE] + [
            (target.code, str(target)) for target in SDGTarget.objects.all()
        ]

    @staticmethod
    def _slugs(model, locale):
        return (
            model.objects.live()
            .filter(locale=locale)
            .order_by("title")
            .values_list("slug", "title")
        )

    def apply(self, items, values):
        if "topic" in values:
            items = items.filter(topics__slug=values["topic"])
        if "country" in values:
            items = items.filter(country=values["country"])
        if "city" in values:
            items = items.filter(city__slug=values["city"])
        if "maturity" in values:
            items = items.filter(maturity=values["maturity"])
        if "sdg" in values:
            items = items.filter(sdg_targets__code=values["sdg"])
        if "year" in values:
            year = values["year"]
            items = items.filter(
                Q(start_year__lte=year), Q(end_year__isnull=True) | Q(end_year__gte=year)
            )
        return items
