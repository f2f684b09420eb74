"""One schedule for events and meetings: local times, end after start, the time range."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils import translation

from events.models import EventFormat, EventPage
from tests.events.factories import EventPageFactory
from tests.helpers import days_from_now, utc
from tests.workspace.factories import MeetingPageFactory
from workspace.models import MeetingPage

HOUR = datetime.timedelta(hours=1)


@pytest.fixture(autouse=True)
def english():
    """Messages and dates in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def time_range(page, **options):
    """The include's output, whitespace collapsed."""
    html = render_to_string("includes/time_range.html", {"schedule": page, **options})
    return " ".join(html.split())


@pytest.mark.parametrize("model", [EventPage, MeetingPage])
class TestLocalTimes:
    def test_are_in_the_page_time_zone_on_both_sides_of_a_clock_change(self, model):
        # Berlin moves its clocks forward in the night to 28 March 2027: 09:00 UTC is 10:00 on
        # the Saturday and 11:00 on the Sunday.
        page = model(start=utc(2027, 3, 27, 9), end=utc(2027, 3, 28, 9), time_zone="Europe/Berlin")
        assert page.local_start.timetuple()[:5] == (2027, 3, 27, 10, 0)
        assert page.local_start.utcoffset() == HOUR
        assert page.local_end.timetuple()[:5] == (2027, 3, 28, 11, 0)
        assert page.local_end.utcoffset() == 2 * HOUR

    def test_follow_the_zone_of_the_page_not_the_server(self, model):
        page = model(start=utc(2027, 3, 11, 20), end=utc(2027, 3, 11, 23), time_zone="Asia/Tokyo")
        assert page.local_start.date() == datetime.date(2027, 3, 12)
        assert page.tzinfo.key == "Asia/Tokyo"

    def test_is_past_once_it_has_ended(self, model):
        assert model(start=days_from_now(-2), end=days_from_now(-1)).is_past
        assert not model(start=days_from_now(-1), end=days_from_now(1)).is_past


class TestMeetingWithoutEnd:
    def test_has_no_local_end(self):
        assert MeetingPage(start=utc(2027, 3, 12, 8), time_zone="Europe/Berlin").local_end is None

    def test_is_past_once_it_has_started(self):
        assert MeetingPage(start=days_from_now(-1)).is_past
        assert not MeetingPage(start=days_from_now(1)).is_past


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (EventPage, "The event must end after it starts."),
        (MeetingPage, "The meeting must end after it starts."),
    ],
)
class TestEndAfterStart:
    @pytest.mark.parametrize("end", [utc(2027, 3, 12, 8), utc(2027, 3, 12, 7)])
    def test_end_at_or_before_start_is_an_error_on_end(self, model, message, end):
        page = model(start=utc(2027, 3, 12, 8), end=end)
        assert page.validation_errors()["end"] == message

    def test_end_after_start_is_fine(self, model, message):
        page = model(start=utc(2027, 3, 12, 8), end=utc(2027, 3, 12, 9))
        assert "end" not in page.validation_errors()


@pytest.mark.django_db
class TestClean:
    def test_meeting_refuses_an_end_before_its_start(self):
        meeting = MeetingPageFactory()
        meeting.end = meeting.start - HOUR
        with pytest.raises(ValidationError) as error:
            meeting.clean()
        assert error.value.message_dict == {"end": ["The meeting must end after it starts."]}

    def test_meeting_may_have_no_end(self):
        meeting = MeetingPageFactory(end=None)
        meeting.clean()

    def test_event_reports_its_own_errors_with_the_schedule_error(self):
        event = EventPageFactory()
        event.end = event.start - HOUR
        event.event_format = EventFormat.HYBRID
        event.online_url = ""
        with pytest.raises(ValidationError) as error:
            event.clean()
        assert set(error.value.message_dict) == {"end", "online_url"}
        assert error.value.message_dict["end"] == ["The event must end after it starts."]


class TestTimeRange:
    def test_same_day_shows_the_date_once(self):
        meeting = MeetingPage(
            start=utc(2027, 3, 12, 8), end=utc(2027, 3, 12, 10), time_zone="Europe/Berlin"
        )
        assert time_range(meeting) == (
            '<time datetime="2027-03-12T08:00:00+00:00">March 12, 2027, 09:00</time>'
            '–<time datetime="2027-03-12T10:00:00+00:00">11:00</time> (Europe/Berlin)'
        )

    def test_across_a_clock_change_shows_both_local_dates(self):
        event = EventPage(
            start=utc(2027, 3, 27, 9), end=utc(2027, 3, 28, 9), time_zone="Europe/Berlin"
        )
        assert time_range(event) == (
            '<time datetime="2027-03-27T09:00:00+00:00">March 27, 2027, 10:00</time>'
            ' – <time datetime="2027-03-28T09:00:00+00:00">March 28, 2027, 11:00</time>'
            " (Europe/Berlin)"
        )

    def test_without_end_shows_the_start(self):
        meeting = MeetingPage(start=utc(2027, 3, 12, 8), time_zone="America/Argentina/Buenos_Aires")
        assert time_range(meeting) == (
            '<time datetime="2027-03-12T08:00:00+00:00">March 12, 2027, 05:00</time>'
            " (America/Argentina/Buenos Aires)"
        )

    def test_date_only_shows_the_local_date_of_the_start(self):
        event = EventPage(
            start=utc(2027, 3, 11, 20), end=utc(2027, 3, 11, 23), time_zone="Asia/Tokyo"
        )
        assert time_range(event, date_only=True) == (
            '<time datetime="2027-03-11T20:00:00+00:00">March 12, 2027</time>'
        )
