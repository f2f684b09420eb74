"""iCalendar (RFC 5545) files of events: one event, a language's upcoming events, a topic's.

Each page that offers a calendar answers at `<page URL>calendar.ics` (see `CalendarRoutesMixin`
and the `.ics` URL pattern in cms/urls.py). Times keep the event's own time zone (TZID) and the
calendar carries a VTIMEZONE for it, so calendar apps show the right local time on both sides of
a daylight-saving change.
"""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path

CALENDAR_FILE_NAME = "calendar.ics"
PRODUCT_ID = "-//International Smart Cities Network//ISCN Knowledge Platform//EN"
# How often subscribed calendar apps should fetch the calendar again (RFC 7986 and Outlook).
REFRESH_INTERVAL = datetime.timedelta(hours=12)


def uid_domain():
    """The right-hand side of every UID: the site's canonical host, the same on every request."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname


def event_uid(event):
    """Stable across edits, slug changes and moves: calendar apps update the entry they have."""
    return f"{event.translation_key}-{event.locale.language_code}@{uid_domain()}"


def build_event(event, request, now):
    """One VEVENT; `event.topics` and `event.locale` should be loaded with it."""
    url = event.get_full_url(request)
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", event.last_published_at or now)
    vevent.add("dtstart", event.local_start)
    vevent.add("dtend", event.local_end)
    vevent.add("summary", event.title)
    description = [event.introduction] if event.introduction else []
    if event.online_url:
        description.append(_("Join online: %(link)s") % {"link": event.online_url})
        # RFC 7986: calendar apps show a "join" button for it.
        vevent.add("conference", event.online_url, parameters={"VALUE": "URI"})
    description.append(url)
    vevent.add("description", "\n\n".join(description))
    vevent.add("url", url, parameters={"VALUE": "URI"})
    venue = ", ".join(line.strip() for line in event.venue.splitlines() if line.strip())
    if venue or event.online_url:
        vevent.add("location", venue or event.online_url)
    # Unpublished topics (e.g. untranslated drafts) are not shown anywhere else either.
    topics = [topic.title for topic in event.topics.all() if topic.live]
    if topics:
        vevent.add("categories", topics)
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at)
    return vevent


def build_calendar(events, name, request):
    """A calendar of `events` (EventPage instances) named `name`, with their time zones."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("name", name)
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    now = timezone.now()
    events = list(events)
    for event in events:
        calendar.add_component(build_event(event, request, now))
    if events:
        # Transitions for the span of the events only: a few lines instead of decades of them.
        one_day = datetime.timedelta(days=1)
        calendar.add_missing_timezones(
            first_date=min(event.start for event in events).date() - one_day,
            last_date=max(event.end for event in events).date() + one_day,
        )
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{filename}.ics"
    )
    return response


class CalendarRoutesMixin:
    """A page whose events can be downloaded or subscribed to at `<page URL>calendar.ics`.

    Use with RoutablePageMixin; subclasses say which events and how the calendar is named.
    The context gets `calendar_file_url` (download) and `calendar_subscribe_url` (webcal://).
    """

    def get_calendar_events(self):
        raise NotImplementedError

    def get_calendar_name(self):
        raise NotImplementedError

    @path(f"{CALENDAR_FILE_NAME}/", name="calendar")
    def calendar_file(self, request):
        calendar = build_calendar(self.get_calendar_events(), self.get_calendar_name(), request)
        return calendar_response(calendar, f"{self.slug}-{self.locale.language_code}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Without the trailing slash of page URLs: calendar apps expect a file name ending in .ics.
        file_url = self.get_url(request) + CALENDAR_FILE_NAME
        context["calendar_file_url"] = file_url
        # Calendar apps need the whole address, on the host the visitor is using.
        absolute_url = request.build_absolute_uri(file_url)
        context["calendar_subscribe_url"] = "webcal://" + absolute_url.split("://", 1)[1]
        return context
