from django import forms
from django.db import models
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import AgendaItemBlock, BaseStreamBlock, DocumentLinkBlock
from core.calendars import CalendarRoutesMixin
from core.feeds import FEED_LENGTH, FeedRoutesMixin
from core.models import BasePage, IndexPage, ListingQuerySet
from core.schedule import ScheduleMixin
from core.search_keywords import choice_labels, country_keywords, keywords_text, page_titles
from core.search_values import SearchKind, SearchValues
from core.seo import current_language_tag, network_organization, page_properties, page_url
from core.serializers import RelatedPageField, RelatedPagesField
from events.blocks import SpeakerBlock
from events.feeds import EventFeed


class EventFormat(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


# schema.org's names for the three formats.
ATTENDANCE_MODES = {
    EventFormat.ON_SITE: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


class EventKind(models.TextChoices):
    NETWORK_MEETING = "network_meeting", _("Network meeting")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    STUDY_TOUR = "study_tour", _("Study tour")


class EventQuerySet(ListingQuerySet):
    def published_in(self, locale):
        """Live, public events of one language with what calendars and feeds show."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("locale")
            .prefetch_related("topics")
        )

    def upcoming(self, now):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=now).order_by("start", "pk")

    def past(self, now):
        """Events that have ended, newest first."""
        return self.filter(end__lt=now).order_by("-start", "-pk")

    def upcoming_first(self, now):
        """Upcoming events soonest first, then past events newest first."""
        # Not named "is_past": that would clash with the EventPage.is_past property.
        return self.annotate(
            has_ended=Case(When(end__lt=now, then=Value(1)), default=Value(0)),
        ).order_by(
            "has_ended",
            Case(When(has_ended=0, then=F("start"))).asc(),
            Case(When(has_ended=1, then=F("start"))).desc(),
            "pk",
        )


class EventIndexPage(CalendarRoutesMixin, FeedRoutesMixin, RoutablePageMixin, IndexPage):
    """Network meetings, workshops, webinars and study tours, upcoming first.

    Also a calendar of the language's upcoming events (calendar.ics) and feeds (feed/rss/,
    feed/atom/).
    """

    filter_form_class = "events.forms.EventFilterForm"
    feed_class = EventFeed

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_items(self):
        return EventPage.objects.in_listing(self.locale).child_of(self)

    def get_calendar_events(self):
        return EventPage.objects.published_in(self.locale).child_of(self).upcoming(timezone.now())

    def get_calendar_name(self):
        return _("ISCN events")

    def get_feed_items(self):
        events = EventPage.objects.published_in(self.locale).child_of(self)
        return events.upcoming_first(timezone.now())[:FEED_LENGTH]


class EventPage(ScheduleMixin, CalendarRoutesMixin, RoutablePageMixin, BasePage):
    """A network meeting, workshop, webinar or study tour, in the time zone where it happens.

    Visitors add it to their calendar with its calendar.ics file.
    """

    kind = models.CharField(_("kind of event"), max_length=20, choices=EventKind.choices)
    event_format = models.CharField(_("format"), max_length=10, choices=EventFormat.choices)
    venue = models.TextField(_("venue address"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    host_city = models.ForeignKey(
        "cities.CityPage",
        verbose_name=_("host city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_events",
    )
    participating_cities = ParentalManyToManyField(
        "cities.CityPage",
        verbose_name=_("participating cities"),
        blank=True,
        related_name="participated_events",
    )
    topics = ParentalManyToManyField(
        "topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="events"
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    speakers = StreamField([("speaker", SpeakerBlock())], blank=True, verbose_name=_("speakers"))
    documents = StreamField(
        [("document", DocumentLinkBlock())], blank=True, verbose_name=_("documents")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    recording_url = models.URLField(_("recording link"), blank=True)

    end_before_start_message = _("The event must end after it starts.")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("event_format")]),
                *ScheduleMixin.schedule_panels,
            ],
            heading=_("When and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("online_url"),
                FieldPanel("host_city"),
                FieldPanel("participating_cities", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        FieldPanel("agenda"),
        FieldPanel("speakers"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("recording_url")],
            heading=_("Registration and recording"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue"),
        index.RelatedFields("host_city", [index.SearchField("title")]),
        index.RelatedFields("topics", [index.SearchField("title")]),
        index.FilterField("kind"),
        index.FilterField("event_format"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("host_city"),
        index.FilterField("topic_keys"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("event_format"),
        APIField("venue"),
        APIField("online_url"),
        APIField("host_city", serializer=RelatedPageField()),
        APIField("participating_cities", serializer=RelatedPagesField()),
        APIField("topics", serializer=RelatedPagesField()),
        APIField("body"),
        APIField("agenda"),
        APIField("speakers"),
        APIField("documents"),
        APIField("registration_url"),
        APIField("recording_url"),
    ]

    objects = PageManager.from_queryset(EventQuerySet)()
    listing_select_related = ("host_city",)
    listing_prefetch_related = ("topics",)
    localized_relations = ("host_city", "participating_cities", "topics")
    # Many-to-many fields are left out by wagtail-localize unless declared.
    override_translatable_fields = [
        SynchronizedField("participating_cities"),
        SynchronizedField("topics"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    # The site search (core/search_values.py): dated by their start, at their host city.
    search_kind = SearchKind("event", _("Events"), _("Event"), position=4)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @classmethod
    def search_values(cls, page_ids):
        rows = cls.search_rows(page_ids, "start", "end", "host_city_id")
        topics = cls.search_related("topics", "topicpage_id", rows)
        return {
            pk: SearchValues(
                excerpt=row["excerpt"],
                date=row["start"],
                city_id=row["host_city_id"],
                topics=tuple(topics[pk]),
                year_from=row["start"].year,
                year_to=row["start"].year,
                event_start=row["start"],
                event_end=row["end"],
            )
            for pk, row in rows.items()
        }

    def validation_errors(self):
        errors = super().validation_errors()
        needs_venue = self.event_format in (EventFormat.ON_SITE, EventFormat.HYBRID)
        needs_link = self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)
        if needs_venue and not self.venue.strip():
            errors["venue"] = _("Give the venue address for an on-site or hybrid event.")
        if needs_link and not self.online_url:
            errors["online_url"] = _("Give the online link for an online or hybrid event.")
        return errors

    def topic_keys(self):
        """Its topics as language-independent filter values (their translation keys)."""
        return [str(topic.translation_key) for topic in self.topics.all()]

    def search_keywords(self):
        host_city = self.host_city if self.host_city_id else None
        return keywords_text(
            page_titles([host_city]),
            country_keywords(host_city.country if host_city else ""),
            page_titles(self.participating_cities.all()),
            page_titles(self.topics.all()),
            choice_labels(EventKind, self.kind),
            choice_labels(EventFormat, self.event_format),
        )

    def get_calendar_events(self):
        return [self]

    def get_calendar_name(self):
        return self.title

    def get_fallback_description(self):
        return super().get_fallback_description() or _("%(kind)s on %(date)s (%(format)s)") % {
            "kind": self.get_kind_display(),
            "date": date_format(self.local_start, "DATE_FORMAT"),
            "format": self.get_event_format_display(),
        }

    def structured_data(self, request):
        """A schema.org Event: when (with the time zone's offset), how and where to attend."""
        event = {
            "@type": "Event",
            **page_properties(self, request),
            "inLanguage": current_language_tag(),
            "startDate": self.local_start.isoformat(timespec="seconds"),
            "endDate": self.local_end.isoformat(timespec="seconds"),
            "eventAttendanceMode": ATTENDANCE_MODES[self.event_format],
            "eventStatus": "https://schema.org/EventScheduled",
            "location": self.schema_locations(request),
            "organizer": network_organization(request),
        }
        return [*super().structured_data(request), event]

    def schema_locations(self, request):
        """The venue as a Place, the online link as a VirtualLocation; a hybrid event has both."""
        locations = []
        if self.event_format in (EventFormat.ON_SITE, EventFormat.HYBRID):
            lines = [line.strip() for line in self.venue.splitlines() if line.strip()]
            host_city = self.host_city if self.host_city_id and self.host_city.live else None
            address = {"@type": "PostalAddress", "streetAddress": ", ".join(lines)}
            if host_city:
                address["addressLocality"] = host_city.title
                address["addressCountry"] = host_city.country.code
            name = lines[0] if lines else host_city.title if host_city else self.title
            locations.append({"@type": "Place", "name": name, "address": address})
        if self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID):
            # The page shows the link until the event is over; then the recording stands in.
            url = self.online_url if not self.is_past else self.recording_url
            locations.append({"@type": "VirtualLocation", "url": url or page_url(self, request)})
        return locations[0] if len(locations) == 1 else locations
