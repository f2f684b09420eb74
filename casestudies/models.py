from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from rest_framework.relations import SlugRelatedField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from casestudies import exports, listing
from casestudies.choices import BudgetRange, GovernmentLevel, KnowledgeFormat, Licence, Maturity
from casestudies.feeds import CaseStudyFeed
from casestudies.keywords import case_study_keywords
from casestudies.sdg import SDG_TARGET_LABELS
from core.admin_forms import LocalizedRelationsPageForm
from core.blocks import AccessibleImageBlock, BaseStreamBlock, DocumentLinkBlock, LinkBlock
from core.feeds import FEED_LENGTH, FeedRoutesMixin
from core.models import BasePage, IndexPage
from core.models.querysets import prefetch_renditions
from core.search_values import SearchKind, SearchValues
from core.seo import (
    current_language_tag,
    iso_datetime,
    network_organization,
    page_properties,
    page_url,
)
from core.serializers import RelatedPageField, RelatedPagesField
from core.years import YEAR_VALIDATORS

SECTION_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]
RELATED_LIMIT = 3


class SDGTarget(models.Model):
    """One target of the UN Sustainable Development Goals; the list is fixed by a data migration."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("SDG target")
        verbose_name_plural = _("SDG targets")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.code} {self.label}"

    @property
    def label(self):
        return SDG_TARGET_LABELS.get(self.code, "")


class CaseStudyIndexPage(listing.LargeListingMixin, FeedRoutesMixin, RoutablePageMixin, IndexPage):
    """The knowledge base: every case study, filterable by topic, place, maturity, SDG and year.

    Its listing is also open data: export/csv/ and export/json/ give the filtered result.
    New case studies come as feeds: feed/rss/ and feed/atom/.
    """

    filter_form_class = "casestudies.forms.CaseStudyFilterForm"
    feed_class = CaseStudyFeed

    parent_page_types = ["home.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("case study index page")
        verbose_name_plural = _("case study index pages")

    def get_items(self):
        return (
            CaseStudyPage.objects.in_listing(self.locale)
            .child_of(self)
            .order_by("-start_year", "title")
        )

    def get_feed_items(self):
        return (
            CaseStudyPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .child_of(self)
            .prefetch_related("topics")
            .order_by("-first_published_at", "-pk")[:FEED_LENGTH]
        )

    def get_export(self, request):
        """The rows and applied filters of the listing as `request` filters it, unpaginated."""
        form = self.get_filter_form(request)
        rows = exports.export_rows(self, form.filter(self.get_items()), request)
        return rows, exports.applied_filters(form)

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        rows, _filters = self.get_export(request)
        return exports.csv_response(rows, filename=self.slug)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        rows, filters = self.get_export(request)
        return exports.json_response(rows, filters, filename=self.slug)


class CaseStudyPage(RoutablePageMixin, BasePage):
    """A project or success model from a member city or ministry: the core of the knowledge base.

    Visitors can download it as a PDF (the pdf/ route), rendered on the server.
    """

    summary = models.TextField(_("summary"), max_length=1200)
    country = CountryField(_("country"))
    city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text=_("Leave empty for national programmes."),
    )
    government_level = models.CharField(
        _("government level"), max_length=20, choices=GovernmentLevel.choices
    )
    topics = ParentalManyToManyField(
        "topics.TopicPage", verbose_name=_("topics"), related_name="case_studies"
    )
    sdg_targets = ParentalManyToManyField(
        SDGTarget, verbose_name=_("SDG targets"), blank=True, related_name="case_studies"
    )
    maturity = models.CharField(_("maturity"), max_length=20, choices=Maturity.choices)
    knowledge_format = models.CharField(
        _("format"),
        max_length=20,
        choices=KnowledgeFormat.choices,
        default=KnowledgeFormat.CASE_STUDY,
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    challenge = RichTextField(_("challenge"), blank=True, features=SECTION_FEATURES)
    approach = RichTextField(_("approach"), blank=True, features=SECTION_FEATURES)
    results = RichTextField(_("results"), blank=True, features=SECTION_FEATURES)
    lessons_learned = RichTextField(_("lessons learned"), blank=True, features=SECTION_FEATURES)
    partners = models.TextField(_("partners"), blank=True, help_text=_("One partner per line."))
    budget_range = models.CharField(
        _("budget range"), max_length=20, choices=BudgetRange.choices, blank=True
    )
    repository_url = models.URLField(_("source code repository"), blank=True)
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("further content"))
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))
    documents = StreamField(
        [("document", DocumentLinkBlock())], blank=True, verbose_name=_("documents")
    )
    gallery = StreamField(
        [("image", AccessibleImageBlock())], blank=True, verbose_name=_("image gallery")
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("government_level"), FieldPanel("knowledge_format")]),
                FieldRowPanel([FieldPanel("maturity"), FieldPanel("budget_range")]),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdg_targets", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("partners"), FieldPanel("repository_url"), FieldPanel("licence")],
            heading=_("Partners and open source"),
        ),
        FieldPanel("links"),
        FieldPanel("documents"),
        FieldPanel("gallery"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("partners"),
        index.SearchField("body"),
        # A case study is found by the names of its city and topics.
        index.RelatedFields("city", [index.SearchField("title")]),
        index.RelatedFields("topics", [index.SearchField("title")]),
        index.FilterField("country"),
        index.FilterField("city"),
        # Flat values: search backends filter poorly (or not at all) on many-to-many relations.
        index.FilterField("topic_keys"),
        index.FilterField("sdg_codes"),
        index.FilterField("maturity"),
        index.FilterField("knowledge_format"),
        index.FilterField("government_level"),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("country"),
        APIField("city", serializer=RelatedPageField()),
        APIField("government_level"),
        APIField("topics", serializer=RelatedPagesField()),
        APIField(
            "sdg_targets", serializer=SlugRelatedField(many=True, read_only=True, slug_field="code")
        ),
        APIField("maturity"),
        APIField("knowledge_format"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("challenge"),
        APIField("approach"),
        APIField("results"),
        APIField("lessons_learned"),
        APIField("partners"),
        APIField("budget_range"),
        APIField("repository_url"),
        APIField("licence"),
        APIField("body"),
        APIField("links"),
        APIField("documents"),
        APIField("gallery"),
    ]

    base_form_class = LocalizedRelationsPageForm
    listing_select_related = ("city",)
    listing_prefetch_related = ("topics",)
    page_select_related = ("image", "city")
    localized_relations = ("city", "topics")
    # Read by search_keywords and by sdg_codes(), a filter value: one query for all pages.
    search_prefetch_related = ("sdg_targets",)
    # Found by its country, city, topics, SDGs and labels, in every language.
    search_keywords = case_study_keywords
    # Many-to-many fields are left out by wagtail-localize unless declared.
    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("sdg_targets"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    # Link previews present case studies as articles.
    open_graph_type = "article"

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        indexes = [models.Index(fields=["-start_year"], name="casestudy_listing_order_idx")]

    def clean(self):
        super().clean()
        errors = {}
        if self.end_year and self.start_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        if self.licence and not self.repository_url:
            errors["repository_url"] = _("Give the repository the licence applies to.")
        if self.city_id and self.country and self.city.country != self.country:
            errors["city"] = _("This city is in %(country)s, not in the country chosen.") % {
                "country": self.city.country.name
            }
        if errors:
            raise ValidationError(errors)

    search_kind = SearchKind("case-study", _("Case studies"), _("Case study"), position=1)
    search_excerpt_field = "summary"
    search_facet_labels = {"maturity": dict(Maturity.choices), "sdg": SDG_TARGET_LABELS}

    @classmethod
    def search_values(cls, page_ids):
        rows = cls.search_rows(
            page_ids,
            "country",
            "city_id",
            "maturity",
            year_from=F("start_year"),
            year_to=Coalesce("end_year", "start_year"),
        )
        topics = cls.search_related("topics", "topicpage_id", rows)
        sdg_codes = cls.search_related("sdg_targets", "sdgtarget__code", rows)
        return {
            pk: SearchValues(**row, topics=tuple(topics[pk]), sdg_codes=tuple(sdg_codes[pk]))
            for pk, row in rows.items()
        }

    def topic_keys(self):
        """Its topics as language-independent filter values (their translation keys)."""
        return [str(topic.translation_key) for topic in self.topics.all()]

    def sdg_codes(self):
        return [target.code for target in self.sdg_targets.all()]

    @property
    def years(self):
        if not self.start_year:
            return ""
        if not self.end_year:
            # No end year means the project is still running (the year filter counts it active).
            return _("since %(year)s") % {"year": self.start_year}
        if self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year)

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def get_fallback_description(self):
        return self.summary

    def structured_data(self, request):
        """A schema.org Article: what it is about (its topics), where, and when it was published."""
        place = {"@type": "PostalAddress", "addressCountry": self.country.code}
        city = self.city if self.city_id else None
        if city:
            place["addressLocality"] = city.title
        properties = page_properties(self, request)
        article = {
            "@type": "Article",
            **properties,
            # Search engines cut headlines after 110 characters.
            "headline": Truncator(self.title).chars(110),
            "mainEntityOfPage": properties["url"],
            "inLanguage": current_language_tag(),
            "datePublished": iso_datetime(self.first_published_at),
            "dateModified": iso_datetime(self.last_published_at),
            "about": [
                {"@type": "Thing", "name": topic.title, "url": page_url(topic, request)}
                for topic in self.topics.all()
                if topic.live
            ],
            "spatialCoverage": {
                "@type": "Place",
                "name": city.title if city else self.country.name,
                "address": place,
            },
            "author": network_organization(request),
            "publisher": network_organization(request),
        }
        return [*super().structured_data(request), article]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related = listing.related_cards(self, RELATED_LIMIT)
        # The page's topics (its structured data lists them too) and the cards', in one query.
        prefetch_related_objects([self, *related], "topics")
        # Unpublished topics have no page to link to.
        context["topics"] = [topic for topic in self.topics.all() if topic.live]
        context["sdg_targets"] = list(self.sdg_targets.all())
        # The renditions of the header, body, gallery and card images in one query.
        images = [self.image, *(card.image for card in related)]
        for stream in (self.body, self.gallery):
            images += [block.value["image"] for block in stream if block.block_type == "image"]
        prefetch_renditions(images)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        # Imported here: WeasyPrint loads Pango, which the site needs for this view only.
        from casestudies.pdf import pdf_response

        return pdf_response(self, request)
