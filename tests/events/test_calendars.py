"""Event calendars: RFC 5545 files of one event, a language's upcoming events and a topic's."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.utils.translation import gettext, override
from wagtail.models import PageViewRestriction

from events.models import EventFormat, EventIndexPage
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import (
    assert_query_count_is_fixed,
    count_queries,
    days_from_now,
    make_private,
    translate,
    utc,
)
from tests.topics.factories import TopicIndexPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
CALENDAR_QUERIES = 4
TOPIC_CALENDAR_QUERIES = 4
EVENT_CALENDAR_QUERIES = 3


def calendar_url(page):
    return f"{page.url}calendar.ics"


def fetch_calendar(client, page):
    response = client.get(calendar_url(page))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(calendar):
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def only_event(calendar):
    [event] = calendar.walk("VEVENT")
    return event


def in_utc(event, name):
    return event.decoded(name).astimezone(datetime.UTC)


class TestEventCalendar:
    def test_has_the_required_properties(self, client, home):
        topic = TopicPageFactory(title="Open data")
        event = EventPageFactory(
            title="Network meeting Leipzig",
            introduction="Two days on open data.",
            venue="Neues Rathaus\nMartin-Luther-Ring 4\n04109 Leipzig",
            topics=[topic],
            start=datetime.datetime(2030, 6, 10, 9, tzinfo=BERLIN),
            end=datetime.datetime(2030, 6, 11, 17, tzinfo=BERLIN),
        )
        # Factories make pages live without publishing them; editors publish a revision.
        event.save_revision().publish()
        event.refresh_from_db()
        response = client.get(calendar_url(event))
        assert response["Content-Disposition"] == (f'attachment; filename="{event.slug}-en.ics"')
        calendar = icalendar.Calendar.from_ical(response.content)

        assert calendar["VERSION"] == "2.0"
        assert "ISCN" in calendar["PRODID"]
        assert calendar["CALSCALE"] == "GREGORIAN"
        assert calendar["METHOD"] == "PUBLISH"
        assert calendar["X-WR-CALNAME"] == "Network meeting Leipzig"
        vevent = only_event(calendar)
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"):
            assert name in vevent
        assert vevent["SUMMARY"] == "Network meeting Leipzig"
        assert vevent["DESCRIPTION"].startswith("Two days on open data.")
        assert vevent["URL"] == event.get_full_url()
        assert event.get_full_url() in vevent["DESCRIPTION"]
        assert vevent["LOCATION"] == "Neues Rathaus, Martin-Luther-Ring 4, 04109 Leipzig"
        assert [str(category) for category in vevent.categories] == ["Open data"]
        # iCalendar times have whole seconds.
        published_at = event.last_published_at.replace(microsecond=0)
        assert vevent.decoded("DTSTAMP") == published_at
        assert vevent.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
        assert vevent.decoded("LAST-MODIFIED") == published_at
        assert in_utc(vevent, "DTSTART") == event.start
        assert in_utc(vevent, "DTEND") == event.end

    def test_uid_is_stable_across_a_republish(self, client, home):
        event = EventPageFactory(slug="meeting")
        uid = only_event(fetch_calendar(client, event))["UID"]
        assert uid == f"{event.translation_key}-en@testserver"

        event.title = "Network meeting, new date"
        event.slug = "meeting-new-date"
        event.start += datetime.timedelta(days=1)
        event.end += datetime.timedelta(days=1)
        event.save_revision().publish()
        event.refresh_from_db()

        assert only_event(fetch_calendar(client, event))["UID"] == uid

    def test_unpublished_topics_are_not_categories(self, client, home):
        published, draft = TopicPageFactory(title="Published"), TopicPageFactory(title="Draft")
        draft.unpublish()
        event = EventPageFactory(topics=[published, draft])
        assert [str(c) for c in only_event(fetch_calendar(client, event)).categories] == [
            "Published"
        ]

    def test_online_event_has_the_link(self, client, home):
        event = EventPageFactory(
            event_format=EventFormat.ONLINE, venue="", online_url="https://meet.example.org/iscn"
        )
        vevent = only_event(fetch_calendar(client, event))
        assert vevent["LOCATION"] == "https://meet.example.org/iscn"
        assert vevent["CONFERENCE"] == "https://meet.example.org/iscn"
        assert "https://meet.example.org/iscn" in vevent["DESCRIPTION"]
        assert vevent["URL"] == event.get_full_url()

    def test_hybrid_event_has_venue_and_link(self, client, home):
        event = EventPageFactory(
            event_format=EventFormat.HYBRID, online_url="https://meet.example.org/iscn"
        )
        vevent = only_event(fetch_calendar(client, event))
        assert vevent["LOCATION"] == "Rathaus, Marktplatz 1, 10115 Berlin"
        assert vevent["CONFERENCE"] == "https://meet.example.org/iscn"

    def test_event_page_links_its_calendar_file(self, client, home):
        event = EventPageFactory()
        html = client.get(event.url).content.decode()
        assert f'href="{calendar_url(event)}"' in html
        assert "Add to calendar" in html

    def test_past_event_offers_no_calendar_link_but_keeps_its_file(self, client, home):
        event = EventPageFactory(start=days_from_now(-10))
        assert "Add to calendar" not in client.get(event.url).content.decode()
        assert len(fetch_calendar(client, event).walk("VEVENT")) == 1

    def test_draft_and_private_events_have_no_calendar(self, client, home):
        draft = EventPageFactory()
        draft.unpublish()
        private = EventPageFactory()
        make_private(private)
        assert client.get(calendar_url(draft)).status_code == 404
        response = client.get(calendar_url(private))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/html")
        assert b"BEGIN:VCALENDAR" not in response.content

    def test_members_only_event_sends_visitors_to_sign_in(self, client, home):
        event = EventPageFactory()
        make_private(event, PageViewRestriction.LOGIN)
        response = client.get(calendar_url(event))
        assert response.status_code == 302
        assert "/login" in response["Location"]


class TestTimeZones:
    """Times carry the event's time zone and the calendar defines it, DST transitions included."""

    def test_utc_offsets_follow_daylight_saving_time(self, client, home):
        winter = EventPageFactory(
            start=datetime.datetime(2027, 3, 27, 10, tzinfo=BERLIN),
            end=datetime.datetime(2027, 3, 27, 12, tzinfo=BERLIN),
        )
        summer = EventPageFactory(
            start=datetime.datetime(2027, 3, 29, 10, tzinfo=BERLIN),
            end=datetime.datetime(2027, 3, 29, 12, tzinfo=BERLIN),
        )
        for event, expected_start in ((winter, utc(2027, 3, 27, 9)), (summer, utc(2027, 3, 29, 8))):
            calendar = fetch_calendar(client, event)
            vevent = only_event(calendar)
            assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
            assert vevent["DTEND"].params["TZID"] == "Europe/Berlin"
            assert in_utc(vevent, "DTSTART") == expected_start
            assert vevent.decoded("DTSTART").hour == 10

    def test_vtimezone_defines_the_offsets_on_both_sides_of_the_change(self, client, home):
        # From Saturday in CET to Monday in CEST: the clocks go forward on Sunday, 28 March 2027.
        event = EventPageFactory(
            start=datetime.datetime(2027, 3, 27, 10, tzinfo=BERLIN),
            end=datetime.datetime(2027, 3, 29, 10, tzinfo=BERLIN),
        )
        calendar = fetch_calendar(client, event)
        [vtimezone] = calendar.walk("VTIMEZONE")
        assert vtimezone["TZID"] == "Europe/Berlin"
        assert {component.name for component in vtimezone.subcomponents} == {
            "STANDARD",
            "DAYLIGHT",
        }
        # What a calendar app that knows no time zone names computes from the file alone.
        defined = vtimezone.to_tz()
        vevent = only_event(calendar)
        start = vevent["DTSTART"].dt.replace(tzinfo=defined)
        end = vevent["DTEND"].dt.replace(tzinfo=defined)
        assert start.utcoffset() == datetime.timedelta(hours=1)
        assert end.utcoffset() == datetime.timedelta(hours=2)
        assert start.astimezone(datetime.UTC) == utc(2027, 3, 27, 9)
        assert end.astimezone(datetime.UTC) == utc(2027, 3, 29, 8)

    def test_one_vtimezone_per_time_zone(self, client, home):
        topic = TopicPageFactory()
        for time_zone in ("Europe/Berlin", "America/Sao_Paulo", "Europe/Berlin", "Asia/Tokyo"):
            EventPageFactory(time_zone=time_zone, topics=[topic])
        calendar = fetch_calendar(client, topic)
        tzids = sorted(str(component["TZID"]) for component in calendar.walk("VTIMEZONE"))
        assert tzids == ["America/Sao_Paulo", "Asia/Tokyo", "Europe/Berlin"]
        assert sorted(
            str(event["DTSTART"].params["TZID"]) for event in calendar.walk("VEVENT")
        ) == [
            "America/Sao_Paulo",
            "Asia/Tokyo",
            "Europe/Berlin",
            "Europe/Berlin",
        ]


class TestLanguageCalendar:
    def test_lists_upcoming_events_soonest_first(self, client, home):
        EventPageFactory(title="Later", start=days_from_now(20))
        EventPageFactory(title="Sooner", start=days_from_now(5))
        EventPageFactory(title="Over", start=days_from_now(-5))
        index = EventIndexPage.objects.get()
        calendar = fetch_calendar(client, index)
        assert summaries(calendar) == ["Sooner", "Later"]
        assert calendar["X-WR-CALNAME"] == "ISCN events"
        assert calendar["REFRESH-INTERVAL"].dt == datetime.timedelta(hours=12)

    def test_empty_calendar_is_valid(self, client, home):
        calendar = fetch_calendar(client, EventIndexPageFactory())
        assert calendar.walk("VEVENT") == []
        assert calendar["VERSION"] == "2.0"

    def test_excludes_drafts_and_private_events(self, client, home):
        EventPageFactory(title="Published")
        EventPageFactory(title="Draft").unpublish()
        make_private(EventPageFactory(title="Private"))
        make_private(EventPageFactory(title="Members only"), PageViewRestriction.LOGIN)
        assert summaries(fetch_calendar(client, EventIndexPage.objects.get())) == ["Published"]

    def test_contains_only_that_languages_events(self, client, home):
        translate(home, "de")
        index = EventIndexPageFactory()
        translate(index, "de")
        event = EventPageFactory(title="Network meeting")
        german = translate(event, "de", title="Netzwerktreffen")
        EventPageFactory(title="Only in English")
        german_index = EventIndexPage.objects.get(locale__language_code="de")

        response = client.get(calendar_url(german_index))
        assert response["Content-Disposition"].endswith('-de.ics"')
        calendar = icalendar.Calendar.from_ical(response.content)
        vevent = only_event(calendar)
        assert vevent["SUMMARY"] == "Netzwerktreffen"
        assert vevent["UID"] == f"{event.translation_key}-de@testserver"
        assert vevent["URL"] == german.get_full_url()
        with override("de"):
            assert calendar["X-WR-CALNAME"] == gettext("ISCN events")
        assert summaries(fetch_calendar(client, index)) == ["Network meeting", "Only in English"]

    def test_index_page_links_subscription_and_file(self, client, home):
        index = EventIndexPageFactory()
        html = client.get(index.url).content.decode()
        assert f'href="{calendar_url(index)}"' in html
        # On the host the visitor asked.
        assert f'href="webcal://testserver{calendar_url(index)}"' in html

    def test_query_count_is_fixed(self, client, home, django_assert_max_num_queries):
        topics = [TopicPageFactory() for _ in range(3)]

        def add_events(count):
            for _ in range(count):
                EventPageFactory(topics=topics)

        assert_query_count_is_fixed(
            client,
            calendar_url(EventIndexPageFactory()),
            django_assert_max_num_queries,
            add_content=add_events,
            budget=CALENDAR_QUERIES,
        )


class TestTopicCalendar:
    def test_contains_only_the_topics_upcoming_events(self, client, home):
        open_data, mobility = TopicPageFactory(title="Open data"), TopicPageFactory()
        EventPageFactory(title="On open data", topics=[open_data, mobility])
        EventPageFactory(title="On mobility", topics=[mobility])
        EventPageFactory(title="Past, on open data", topics=[open_data], start=days_from_now(-3))
        EventPageFactory(title="Draft on open data", topics=[open_data]).unpublish()
        make_private(EventPageFactory(title="Private on open data", topics=[open_data]))
        calendar = fetch_calendar(client, open_data)
        assert summaries(calendar) == ["On open data"]
        assert calendar["X-WR-CALNAME"] == "ISCN events: Open data"

    def test_topic_page_links_its_calendar(self, client, home):
        topic = TopicPageFactory()
        html = client.get(topic.url).content.decode()
        assert f'href="{calendar_url(topic)}"' in html
        assert f'href="webcal://testserver{calendar_url(topic)}"' in html

    def test_unpublished_topic_has_no_calendar(self, client, home):
        topic = TopicPageFactory()
        topic.unpublish()
        assert client.get(calendar_url(topic)).status_code == 404

    def test_query_count_is_fixed(self, client, home, django_assert_max_num_queries):
        topic = TopicPageFactory()
        others = [TopicPageFactory() for _ in range(3)]

        def add_events(count):
            for _ in range(count):
                EventPageFactory(topics=[topic, *others])

        assert_query_count_is_fixed(
            client,
            calendar_url(topic),
            django_assert_max_num_queries,
            add_content=add_events,
            budget=TOPIC_CALENDAR_QUERIES,
        )


def test_event_calendar_query_count_is_fixed(client, home, django_assert_max_num_queries):
    def event(size):
        return EventPageFactory(topics=[TopicPageFactory() for _ in range(size)])

    small = count_queries(client, calendar_url(event(1)))
    large_event = event(25)
    assert count_queries(client, calendar_url(large_event)) == small == EVENT_CALENDAR_QUERIES
    with django_assert_max_num_queries(EVENT_CALENDAR_QUERIES):
        client.get(calendar_url(large_event))


def test_calendar_of_a_page_without_one_is_not_found(client, home):
    TopicIndexPageFactory()
    assert client.get("/en/topics/calendar.ics").status_code == 404
    assert client.get("/en/no-such-page/calendar.ics").status_code == 404
