"""What a visitor sees on an event's own page."""

import pytest
from wagtail_factories import DocumentFactory

from events.models import EventFormat
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory, agenda, documents, speakers
from tests.helpers import days_from_now, make_private, utc
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def facts(response):
    """The text of the event's facts box, whitespace collapsed."""
    html = response.content.decode()
    aside = html[html.index('<aside class="facts"') : html.index("</aside>")]
    return " ".join(aside.split())


class TestLocalTime:
    def test_times_are_shown_in_the_event_time_zone(self, client):
        event = EventPageFactory(
            start=utc(2027, 3, 12, 8, 0), end=utc(2027, 3, 12, 11, 30), time_zone="Asia/Kolkata"
        )
        text = facts(client.get(event.url))
        assert "March 12, 2027, 13:30</time>–<time" in text
        assert ">17:00</time> (Asia/Kolkata)" in text

    def test_datetime_attributes_carry_the_instant_in_utc(self, client):
        event = EventPageFactory(
            start=utc(2027, 3, 12, 8, 0), end=utc(2027, 3, 12, 11, 30), time_zone="Asia/Kolkata"
        )
        text = facts(client.get(event.url))
        assert '<time datetime="2027-03-12T08:00:00+00:00">' in text
        assert '<time datetime="2027-03-12T11:30:00+00:00">' in text

    def test_local_date_differs_from_the_utc_date(self, client):
        # 20:00 UTC on 11 March is already 12 March in Tokyo; listing and page agree on it.
        event = EventPageFactory(
            start=utc(2027, 3, 11, 20, 0), end=utc(2027, 3, 11, 23, 0), time_zone="Asia/Tokyo"
        )
        assert "March 12, 2027, 05:00</time>–<time" in facts(client.get(event.url))
        listing = client.get(event.get_parent().url).content.decode()
        assert '<time datetime="2027-03-11T20:00:00+00:00">March 12, 2027</time>' in listing

    def test_multi_day_event_shows_both_dates(self, client):
        event = EventPageFactory(
            start=utc(2027, 3, 12, 8, 0), end=utc(2027, 3, 14, 15, 0), time_zone="Europe/Berlin"
        )
        text = facts(client.get(event.url))
        assert "March 12, 2027, 09:00</time> – <time" in text
        assert "March 14, 2027, 16:00</time> (Europe/Berlin)" in text

    def test_time_zone_name_is_readable(self, client):
        event = EventPageFactory(time_zone="America/Argentina/Buenos_Aires")
        assert "(America/Argentina/Buenos Aires)" in facts(client.get(event.url))


class TestFacts:
    def test_on_site_event_shows_venue_with_line_breaks(self, client):
        event = EventPageFactory(venue="Rathaus\nMarktplatz 1\n10115 Berlin")
        text = facts(client.get(event.url))
        assert "<address>Rathaus<br>Marktplatz 1<br>10115 Berlin</address>" in text
        assert "On site" in text
        assert "Workshop" in text
        assert "Join the event online" not in text

    def test_hybrid_event_shows_venue_and_online_link(self, client):
        event = EventPageFactory(
            event_format=EventFormat.HYBRID, online_url="https://meet.example.org/iscn"
        )
        text = facts(client.get(event.url))
        assert "<address>" in text
        assert '<a href="https://meet.example.org/iscn">Join the event online</a>' in text

    def test_cities_and_topics_link_to_their_pages(self, client):
        host = CityPageFactory(title="Lima")
        guests = [CityPageFactory(title="Bonn"), CityPageFactory(title="Accra")]
        topics = [TopicPageFactory(title="Open data"), TopicPageFactory(title="Smart mobility")]
        event = EventPageFactory(host_city=host, participating_cities=guests, topics=topics)
        text = facts(client.get(event.url))
        assert f'Host city</dt> <dd><a href="{host.url}">Lima</a>' in text
        # Sorted by title.
        assert text.index(">Accra<") < text.index(">Bonn<")
        for page in [*guests, *topics]:
            assert f'href="{page.url}">{page.title}</a>' in text

    def test_unpublished_cities_and_topics_are_not_linked(self, client):
        host = CityPageFactory(title="Draft host", live=False)
        guest = CityPageFactory(title="Draft guest", live=False)
        topic = TopicPageFactory(title="Draft topic", live=False)
        event = EventPageFactory(host_city=host, participating_cities=[guest], topics=[topic])
        content = client.get(event.url).content.decode()
        for title in ("Draft host", "Draft guest", "Draft topic"):
            assert title not in content


class TestUpcomingAndPast:
    def test_upcoming_event_offers_registration_and_no_notice(self, client):
        event = EventPageFactory(registration_url="https://example.org/register")
        content = client.get(event.url).content.decode()
        assert 'href="https://example.org/register">Register for this event</a>' in content
        assert "This event has ended" not in content

    def test_past_event_says_it_ended_and_hides_registration(self, client):
        event = EventPageFactory(
            start=days_from_now(-3),
            registration_url="https://example.org/register",
            event_format=EventFormat.ONLINE,
            online_url="https://meet.example.org/iscn",
        )
        content = client.get(event.url).content.decode()
        assert '<p class="event-notice">This event has ended.</p>' in content
        assert "https://example.org/register" not in content
        assert "https://meet.example.org/iscn" not in content

    def test_running_event_is_not_past(self, client):
        event = EventPageFactory(start=days_from_now(-1), end=days_from_now(1))
        assert "This event has ended" not in client.get(event.url).content.decode()

    @pytest.mark.parametrize("days", [-30, 30])
    def test_recording_is_linked_whenever_there_is_one(self, client, days):
        event = EventPageFactory(start=days_from_now(days), recording_url="https://v.example.org/1")
        content = client.get(event.url).content.decode()
        assert 'href="https://v.example.org/1">Watch the recording</a>' in content

    def test_no_recording_link_without_a_recording(self, client):
        event = EventPageFactory(start=days_from_now(-30))
        assert "Watch the recording" not in client.get(event.url).content.decode()


class TestProgramme:
    def test_agenda_is_an_ordered_list_with_times(self, client):
        event = EventPageFactory(agenda=agenda(("09:00", "Welcome"), (None, "Site visit")))
        content = client.get(event.url).content.decode()
        assert '<ol class="event-agenda">' in content
        assert '<time datetime="09:00">09:00</time>' in content
        assert "<strong>Welcome</strong>" in content
        assert "<strong>Site visit</strong>" in content

    def test_speakers_and_documents(self, client):
        document = DocumentFactory(title="Meeting minutes")
        event = EventPageFactory(speakers=speakers("Ana Pérez"), documents=documents(document))
        content = client.get(event.url).content.decode()
        assert "<strong>Ana Pérez</strong>, Mayor" in content
        assert f'href="{document.url}">Meeting minutes</a>' in content

    def test_empty_sections_are_left_out(self, client):
        content = client.get(EventPageFactory().url).content.decode()
        for heading in ("Agenda", "Speakers", "Documents"):
            assert f">{heading}</h2>" not in content


class TestAccess:
    def test_one_h1(self, client):
        content = client.get(EventPageFactory().url).content.decode()
        assert content.count("<h1") == 1

    def test_draft_event_is_not_found(self, client):
        event = EventPageFactory(live=False)
        assert client.get(event.url).status_code == 404

    def test_private_event_asks_for_a_password(self, client):
        event = EventPageFactory(title="Closed meeting", venue="Secret room")
        make_private(event)
        response = client.get(event.url)
        assert "Secret room" not in response.content.decode()
        assert response.context["form"] is not None
