from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from rest_framework.fields import FloatField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage, IndexPage
from core.models.querysets import first_of, first_with_total
from core.search_keywords import choice_labels, country_keywords, keywords_text
from core.search_values import SearchKind, SearchValues
from core.seo import page_properties, plain_text
from core.years import LAST_YEAR

RELATED_LIMIT = 12


class SizeClass(models.TextChoices):
    SMALL = "small", _("Under 100,000 inhabitants")
    MEDIUM = "medium", _("100,000 to 500,000 inhabitants")
    LARGE = "large", _("500,000 to 1 million inhabitants")
    METROPOLIS = "metropolis", _("Over 1 million inhabitants")

    @classmethod
    def for_population(cls, population):
        if population is None:
            return None
        if population < 100_000:
            return cls.SMALL
        if population < 500_000:
            return cls.MEDIUM
        if population < 1_000_000:
            return cls.LARGE
        return cls.METROPOLIS


class CityIndexPage(IndexPage):
    """Lists member cities and partners, filterable by country and region."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    filter_form_class = "cities.forms.CityFilterForm"

    class Meta:
        verbose_name = _("city index page")
        verbose_name_plural = _("city index pages")

    def get_items(self):
        return CityPage.objects.in_listing(self.locale).child_of(self).order_by("title")


class CityPage(BasePage):
    """A member city or partner of the network, with the case studies and events it took part in."""

    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=120, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    size_class = models.CharField(
        _("size class"), max_length=12, choices=SizeClass.choices, blank=True, editable=False
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(LAST_YEAR)],
        help_text=_("Year the city joined the network."),
    )
    profile = RichTextField(_("profile"), blank=True, features=["bold", "italic", "link", "ul"])
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("member_since")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("profile"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("region"),
        index.SearchField("profile"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("size_class"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("country"),
        APIField("region"),
        APIField("population"),
        APIField("size_class"),
        # Numbers, not the strings decimals would give.
        APIField("latitude", serializer=FloatField(read_only=True)),
        APIField("longitude", serializer=FloatField(read_only=True)),
        APIField("member_since"),
        APIField("profile"),
        APIField("body"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("website"),
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    # The site search (core/search_values.py): case studies and events appear where it is.
    search_kind = SearchKind("city", _("Cities"), _("City"), position=2)

    class Meta:
        verbose_name = _("city page")
        verbose_name_plural = _("city pages")

    @classmethod
    def search_values(cls, page_ids):
        values = {}
        for pk, row in cls.search_rows(page_ids, "country", "latitude", "longitude").items():
            placed = row["latitude"] is not None and row["longitude"] is not None
            values[pk] = SearchValues(
                excerpt=row["excerpt"],
                country=row["country"],
                city_id=pk,
                latitude=float(row["latitude"]) if placed else None,
                longitude=float(row["longitude"]) if placed else None,
            )
        return values

    def search_keywords(self):
        # The region is a search field of its own.
        return keywords_text(
            country_keywords(self.country), choice_labels(SizeClass, self.size_class)
        )

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Enter both latitude and longitude, or neither.")}
            )

    def save(self, *args, **kwargs):
        self.size_class = SizeClass.for_population(self.population) or ""
        super().save(*args, **kwargs)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def get_fallback_description(self):
        return (
            plain_text(self.profile)
            or super().get_fallback_description()
            or _("%(city)s, %(country)s: a member of the International Smart Cities Network.")
            % {"city": self.title, "country": self.country.name}
        )

    def structured_data(self, request):
        """A schema.org City: where it is (country, region, coordinates) and how many live there."""
        address = {"@type": "PostalAddress", "addressCountry": self.country.code}
        if self.region:
            address["addressRegion"] = self.region
        city = {
            "@type": "City",
            **page_properties(self, request),
            "address": address,
            "containedInPlace": {"@type": "Country", "name": self.country.name},
        }
        if self.has_coordinates:
            city["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        if self.population:
            # schema.org's Place has no population property of its own.
            city["additionalProperty"] = {
                "@type": "PropertyValue",
                "name": "population",
                "value": self.population,
            }
        if self.website:
            city["sameAs"] = self.website
        return [*super().structured_data(request), city]

    def get_context(self, request, *args, **kwargs):
        # Case studies and events through their relations to the city (related_name).
        context = super().get_context(request, *args, **kwargs)
        case_studies = self.case_studies.in_listing(self.locale)
        context["case_studies"], context["case_study_count"] = first_with_total(
            case_studies,
            ("-start_year", "title"),
            RELATED_LIMIT,
            count_key=("case studies of city", self.pk),
        )
        # The knowledge base, for the link to all of this city's case studies.
        context["case_study_index"] = IndexPage.listing_of(case_studies.model, self.locale)
        # Hosted or joined: an OR over the two relations, which a join would repeat rows of.
        events = self.hosted_events.model.objects.filter(
            models.Q(host_city=self) | models.Q(pk__in=self.participated_events.values("pk"))
        )
        context["events"] = first_of(events.in_listing(self.locale), ("-start",), RELATED_LIMIT)
        return context
