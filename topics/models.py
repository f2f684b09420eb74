from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.search import index

from cities.models import CityPage
from core.blocks import BaseStreamBlock
from core.calendars import CalendarRoutesMixin
from core.generation_memo import memoized
from core.models import BasePage, IndexPage
from core.models.querysets import first_of, first_with_total, prefetch_renditions
from core.search_keywords import choice_labels, keywords_text
from core.search_values import SearchKind
from core.seo import current_language_tag, page_properties

RELATED_LIMIT = 12


class Cluster(models.TextChoices):
    """The five fields of action of the Smart City Charter."""

    GOALS = "goals", _("Goals, strategies and structures")
    PARTICIPATION = "participation", _("Transparency, participation and co-creation")
    INFRASTRUCTURE = "infrastructure", _("Infrastructure, data and services")
    RESOURCES = "resources", _("Resources, competences and cooperation")
    SECTORS = "sectors", _("Sectors: mobility, climate, energy, housing, health")


class TopicIndexPage(IndexPage):
    """Lists the network's topics, grouped by Smart City Charter cluster."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["topics.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index page")
        verbose_name_plural = _("topic index pages")

    def get_items(self):
        return TopicPage.objects.in_listing(self.locale).child_of(self).order_by("cluster", "title")

    def paginate(self, request, items):
        # Topics are few and shown grouped by cluster on one page.
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(context["items"])
        labels = dict(Cluster.choices)
        context["clusters"] = [
            (labels[value], [topic for topic in topics if topic.cluster == value])
            for value in Cluster.values
            if any(topic.cluster == value for topic in topics)
        ]
        return context


class TopicPage(CalendarRoutesMixin, RoutablePageMixin, BasePage):
    """A thematic cluster: the hub that ties case studies, events and cities together.

    Its upcoming events can be subscribed to as a calendar (calendar.ics).
    """

    cluster = models.CharField(_("cluster"), max_length=20, choices=Cluster.choices)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("cluster"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("cluster"),
    ]
    api_fields = [*BasePage.api_fields, APIField("cluster"), APIField("body")]

    parent_page_types = ["topics.TopicIndexPage"]
    subpage_types = []

    # The site search (core/search_values.py): case studies and events name their topics.
    search_kind = SearchKind("topic", _("Topics"), _("Topic"), position=3)

    class Meta:
        verbose_name = _("topic page")
        verbose_name_plural = _("topic pages")

    def search_keywords(self):
        return keywords_text(choice_labels(Cluster, self.cluster))

    def get_calendar_events(self):
        return self.events.published_in(self.locale).upcoming(timezone.now())

    def get_calendar_name(self):
        return _("ISCN events: %(topic)s") % {"topic": self.title}

    def structured_data(self, request):
        """A schema.org CollectionPage about the topic (its case studies, events and cities)."""
        collection = {
            "@type": "CollectionPage",
            **page_properties(self, request),
            "inLanguage": current_language_tag(),
            "about": {"@type": "Thing", "name": self.title},
        }
        return [*super().structured_data(request), collection]

    def get_context(self, request, *args, **kwargs):
        # Case studies and events through their relations to the topic (related_name).
        context = super().get_context(request, *args, **kwargs)
        case_studies = self.case_studies.in_listing(self.locale, renditions=False)
        # Event cards show no topics.
        events = self.events.in_listing(self.locale, renditions=False).prefetch_related(None)
        shown, context["case_study_count"] = first_with_total(
            case_studies,
            ("-start_year", "title"),
            RELATED_LIMIT,
            count_key=("case studies of topic", self.pk),
        )
        context["case_studies"] = shown
        # The knowledge base, for the link to all of this topic's case studies.
        context["case_study_index"] = IndexPage.listing_of(case_studies.model, self.locale)
        context["events"] = first_of(events, ("-start",), RELATED_LIMIT)
        prefetch_renditions(page.image for page in [*shown, *context["events"]])
        # Cities are involved through their case studies and the events they hosted or joined;
        # shown by name only. Finding them reads all the topic's case studies: from the memo.
        context["cities"] = memoized(
            ("cities of topic", self.pk),
            lambda: list(
                CityPage.objects.live()
                .public()
                .filter(locale=self.locale)
                .filter(
                    models.Q(pk__in=case_studies.values("city_id"))
                    | models.Q(pk__in=events.values("host_city_id"))
                    | models.Q(pk__in=events.values("participating_cities"))
                )
                .order_by("title")[: RELATED_LIMIT * 2]
            ),
        )
        return context
