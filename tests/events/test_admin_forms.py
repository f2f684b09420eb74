"""The admin form of an event: validation messages and start/end in the event's own time zone."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.models import EventFormat, EventPage
from tests.events.factories import EventIndexPageFactory, EventPageFactory, event_form_data
from tests.helpers import utc

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_url():
    return reverse(
        "wagtailadmin_pages:add", args=["events", "eventpage", EventIndexPageFactory().pk]
    )


class TestValidation:
    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            (
                {"start": "2027-03-12 17:00", "end": "2027-03-12 09:00"},
                "The event must end after it starts.",
            ),
            (
                {"start": "2027-03-12 09:00", "end": "2027-03-12 09:00"},
                "The event must end after it starts.",
            ),
            (
                {"event_format": EventFormat.ON_SITE, "venue": "  "},
                "Give the venue address for an on-site or hybrid event.",
            ),
            (
                {"event_format": EventFormat.ONLINE, "venue": "", "online_url": ""},
                "Give the online link for an online or hybrid event.",
            ),
            (
                {"event_format": EventFormat.HYBRID, "online_url": ""},
                "Give the online link for an online or hybrid event.",
            ),
            (
                {"event_format": EventFormat.HYBRID, "venue": "", "online_url": "https://x.org"},
                "Give the venue address for an on-site or hybrid event.",
            ),
        ],
    )
    def test_invalid_event_is_not_created(self, admin_client, add_url, fields, message):
        response = admin_client.post(add_url, event_form_data(**fields))
        assert response.status_code == 200
        assert message in response.content.decode()
        assert "The page could not be created due to validation errors" in response.content.decode()
        assert not EventPage.objects.exists()

    def test_hybrid_without_venue_or_link_gets_both_messages(self, admin_client, add_url):
        data = event_form_data(event_format=EventFormat.HYBRID, venue="", online_url="")
        content = admin_client.post(add_url, data).content.decode()
        assert "Give the venue address for an on-site or hybrid event." in content
        assert "Give the online link for an online or hybrid event." in content
        assert not EventPage.objects.exists()

    @pytest.mark.parametrize(
        "fields",
        [
            {"event_format": EventFormat.ONLINE, "venue": "", "online_url": "https://x.org"},
            {"event_format": EventFormat.HYBRID, "online_url": "https://x.org"},
        ],
    )
    def test_valid_event_is_created(self, admin_client, add_url, fields):
        response = admin_client.post(add_url, event_form_data(**fields))
        assert response.status_code == 302
        assert EventPage.objects.count() == 1


class TestTimeZone:
    def test_start_and_end_are_read_in_the_event_time_zone(self, admin_client, add_url):
        data = event_form_data(
            start="2027-03-12 09:00", end="2027-03-12 17:00", time_zone="America/Lima"
        )
        admin_client.post(add_url, data)
        event = EventPage.objects.get()
        assert event.start == utc(2027, 3, 12, 14, 0)
        assert event.end == utc(2027, 3, 12, 22, 0)
        assert event.local_start.strftime("%Y-%m-%d %H:%M") == "2027-03-12 09:00"

    def test_editor_time_zone_does_not_matter(self, admin_client, admin_user, add_url):
        profile = UserProfile.get_for_user(admin_user)
        profile.current_time_zone = "Asia/Tokyo"
        profile.save()
        admin_client.post(add_url, event_form_data(time_zone="America/Lima"))
        event = EventPage.objects.get()
        assert event.start == utc(2027, 3, 12, 14, 0)
        edit_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
        assert 'value="2027-03-12 09:00"' in edit_form.content.decode()

    def test_daylight_saving_time_of_the_event_date_applies(self, admin_client, add_url):
        # Berlin is UTC+1 in March before the switch and UTC+2 in July.
        data = event_form_data(
            start="2027-07-01 09:00", end="2027-07-01 17:00", time_zone="Europe/Berlin"
        )
        admin_client.post(add_url, data)
        assert EventPage.objects.get().start == utc(2027, 7, 1, 7, 0)

    def test_edit_form_shows_the_local_wall_clock_time(self, admin_client):
        event = EventPageFactory(
            start=utc(2027, 3, 12, 14, 0), end=utc(2027, 3, 12, 22, 0), time_zone="America/Lima"
        )
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
        content = response.content.decode()
        assert 'value="2027-03-12 09:00"' in content
        assert 'value="2027-03-12 17:00"' in content

    def test_saving_unchanged_edit_form_keeps_the_times(self, admin_client):
        event = EventPageFactory(
            start=utc(2027, 3, 12, 14, 0), end=utc(2027, 3, 12, 22, 0), time_zone="America/Lima"
        )
        data = event_form_data(
            title=event.title,
            slug=event.slug,
            start="2027-03-12 09:00",
            end="2027-03-12 17:00",
            time_zone="America/Lima",
            **{"action-publish": "action-publish"},
        )
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
        assert response.status_code == 302
        event.refresh_from_db()
        assert event.live_revision == event.latest_revision
        assert event.start == utc(2027, 3, 12, 14, 0)
        assert event.end == utc(2027, 3, 12, 22, 0)
