from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from casestudies import city_names
from casestudies.choices import Maturity
from casestudies.models import CaseStudyPage, SDGTarget
from core.filters import (
    EMPTY_CHOICE,
    FilterSelect,
    ListingFilterForm,
    country_choices,
    year_field,
)
from core.generation_memo import memoized
from topics.models import TopicPage

CITY_NAME_MAX_LENGTH = 200


class CityNameField(forms.CharField):
    """A city by its name, typed or chosen from the suggestions (casestudies/city_names.py).

    City pages link to the listing by the city's slug; the field then shows the city's name.
    """

    widget = forms.TextInput(
        attrs={
            "class": "city-combobox",
            # What casestudies/static/casestudies/city-combobox.js announces.
            "data-count-label": _("Cities found: %s. Choose one with the up and down arrow keys."),
            "data-none-label": _("No city of that name."),
        }
    )

    def __init__(self, **kwargs):
        super().__init__(max_length=CITY_NAME_MAX_LENGTH, **kwargs)
        self.locale_id = None

    def bound_data(self, data, initial):
        city = city_names.city_by_slug(self.locale_id, data)
        return city.title if city else data


class CaseStudyFilterForm(ListingFilterForm):
    """The listing's filters; their choices come from the memo, not from every case study."""

    topic = forms.ChoiceField(label=_("Topic"), required=False, widget=FilterSelect)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=FilterSelect)
    city = CityNameField(label=_("City"), required=False)
    maturity = forms.ChoiceField(label=_("Maturity"), required=False, widget=FilterSelect)
    sdg = forms.ChoiceField(label=_("SDG target"), required=False, widget=FilterSelect)
    year = year_field(_("Active in year"))

    def set_choices(self):
        locale_id = self.page.locale_id
        # Filtered by primary key, not by slug: a join less, and a plan the index serves.
        self.topic_keys = {slug: pk for pk, slug, _title in topics(locale_id)}
        self.fields["topic"].choices = [
            EMPTY_CHOICE,
            *((slug, title) for _pk, slug, title in topics(locale_id)),
        ]
        self.fields["country"].choices = country_choices(case_study_countries(locale_id))
        self.fields["city"].locale_id = locale_id
        self.fields["maturity"].choices = [EMPTY_CHOICE, *Maturity.choices]
        self.sdg_keys = {target.code: target.pk for target in sdg_targets()}
        self.fields["sdg"].choices = [EMPTY_CHOICE] + [
            (target.code, str(target)) for target in sdg_targets()
        ]

    def clean_city(self):
        """The slug of the city named; the country chosen tells apart cities of the same name."""
        name = self.cleaned_data["city"]
        if not name:
            return ""
        cities = city_names.cities_called(self.page.locale_id, name)
        country = self.cleaned_data.get("country")
        if len(cities) > 1 and country:
            cities = [city for city in cities if city.country == country]
        if not cities:
            raise ValidationError(
                _("There is no city called “%(name)s”. Check the spelling or leave it empty."),
                code="unknown_city",
                params={"name": name},
            )
        if len(cities) > 1:
            raise ValidationError(
                _("Several cities are called “%(name)s”. Choose a country as well."),
                code="ambiguous_city",
                params={"name": name},
            )
        return cities[0].slug

    def apply(self, items, values):
        if "topic" in values:
            items = items.filter(topics=self.topic_keys[values["topic"]])
        if "country" in values:
            items = items.filter(country=values["country"])
        if "city" in values:
            items = items.filter(
                city=city_names.city_by_slug(self.page.locale_id, values["city"]).pk
            )
        if "maturity" in values:
            items = items.filter(maturity=values["maturity"])
        if "sdg" in values:
            items = items.filter(sdg_targets=self.sdg_keys[values["sdg"]])
        if "year" in values:
            year = values["year"]
            items = items.filter(
                Q(start_year__lte=year), Q(end_year__isnull=True) | Q(end_year__gte=year)
            )
        return items


def topics(locale_id):
    return memoized(
        ("case study filter topics", locale_id),
        lambda: list(
            TopicPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("pk", "slug", "title")
        ),
    )


def case_study_countries(locale_id):
    """The countries of the language's case studies: a DISTINCT query once per generation."""
    return memoized(
        ("case study filter countries", locale_id),
        lambda: list(
            CaseStudyPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        ),
    )


def sdg_targets():
    # Kept as rows: their labels are translated as each page renders.
    return memoized("sdg targets", lambda: list(SDGTarget.objects.all()))
