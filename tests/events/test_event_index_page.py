"""The events listing: order, filters, pagination and what stays hidden."""

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from events.models import EventFormat, EventKind
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import days_from_now, make_private
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


def listed(response):
    """Titles of the events on the listed page, in order."""
    assert response.status_code == 200
    return [event.title for event in response.context["items"]]


@pytest.fixture
def index():
    return EventIndexPageFactory()


@pytest.fixture
def timeline(index):
    """Two past and two upcoming events, created out of order; one is running right now."""
    for title, days in [("Past recent", -5), ("Next", 3), ("Past old", -60), ("Later", 40)]:
        EventPageFactory(title=title, parent=index, start=days_from_now(days))
    EventPageFactory(title="Running", parent=index, start=days_from_now(-1), end=days_from_now(1))


class TestOrder:
    def test_unfiltered_shows_upcoming_soonest_first_then_past_newest_first(
        self, client, index, timeline
    ):
        assert listed(client.get(index.url)) == [
            "Running",
            "Next",
            "Later",
            "Past recent",
            "Past old",
        ]

    def test_upcoming(self, client, index, timeline):
        assert listed(client.get(index.url, {"when": "upcoming"})) == ["Running", "Next", "Later"]

    def test_past(self, client, index, timeline):
        assert listed(client.get(index.url, {"when": "past"})) == ["Past recent", "Past old"]

    def test_all_is_the_default_order(self, client, index, timeline):
        assert listed(client.get(index.url, {"when": ""})) == listed(client.get(index.url))

    def test_past_events_are_marked(self, client, index, timeline):
        content = client.get(index.url).content.decode()
        assert content.count('<span class="tag">Past</span>') == 2


class TestFilters:
    @pytest.fixture
    def catalogue(self, index):
        data = TopicPageFactory(title="Open data", slug="open-data")
        mobility = TopicPageFactory(title="Smart mobility", slug="smart-mobility")
        online = {"event_format": EventFormat.ONLINE, "online_url": "https://meet.example.org"}
        EventPageFactory(title="Data workshop", parent=index, topics=[data])
        EventPageFactory(
            title="Data webinar", parent=index, topics=[data], kind=EventKind.WEBINAR, **online
        )
        EventPageFactory(
            title="Mobility webinar",
            parent=index,
            topics=[mobility, data],
            kind=EventKind.WEBINAR,
            start=days_from_now(20),
            **online,
        )
        EventPageFactory(
            title="Old data tour",
            parent=index,
            kind=EventKind.STUDY_TOUR,
            topics=[data],
            start=days_from_now(-90),
        )

    def test_topic(self, client, index, catalogue):
        assert listed(client.get(index.url, {"topic": "smart-mobility"})) == ["Mobility webinar"]

    def test_event_with_several_topics_is_listed_once(self, client, index, catalogue):
        titles = listed(client.get(index.url, {"topic": "open-data"}))
        assert sorted(titles) == [
            "Data webinar",
            "Data workshop",
            "Mobility webinar",
            "Old data tour",
        ]

    def test_format(self, client, index, catalogue):
        titles = listed(client.get(index.url, {"event_format": "online"}))
        assert sorted(titles) == ["Data webinar", "Mobility webinar"]

    def test_kind(self, client, index, catalogue):
        assert listed(client.get(index.url, {"kind": "study_tour"})) == ["Old data tour"]

    def test_combined(self, client, index, catalogue):
        query = {
            "topic": "open-data",
            "event_format": "online",
            "kind": "webinar",
            "when": "upcoming",
        }
        response = client.get(index.url, query)
        assert sorted(listed(response)) == ["Data webinar", "Mobility webinar"]
        assert "2 events" in response.content.decode()

    def test_combined_with_past(self, client, index, catalogue):
        assert listed(client.get(index.url, {"topic": "open-data", "when": "past"})) == [
            "Old data tour"
        ]

    def test_no_match_shows_empty_state(self, client, index, catalogue):
        response = client.get(index.url, {"kind": "network_meeting"})
        content = response.content.decode()
        assert listed(response) == []
        assert "0 events" in content
        assert "No events match these filters." in content

    def test_filter_form_keeps_choices(self, client, index, catalogue):
        content = client.get(index.url, {"kind": "webinar"}).content.decode()
        assert '<option value="webinar" selected>Webinar</option>' in content
        assert '<label for="id_topic">Topic</label>' in content


class TestBadInput:
    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ({"when": "tomorrow"}, "when"),
            ({"topic": "does-not-exist"}, "topic"),
            ({"event_format": "carrier-pigeon"}, "event_format"),
            ({"kind": "x" * 5000}, "kind"),
        ],
    )
    def test_invalid_value_is_reported_and_ignored(self, client, index, timeline, query, field):
        response = client.get(index.url, query)
        assert len(listed(response)) == 5
        assert f'id="id_{field}_error"' in response.content.decode()
        assert "Select a valid choice." in response.content.decode()

    def test_invalid_value_does_not_drop_valid_filters(self, client, index, timeline):
        response = client.get(index.url, {"when": "past", "kind": "bogus"})
        assert listed(response) == ["Past recent", "Past old"]

    def test_unknown_parameters_are_ignored(self, client, index, timeline):
        assert len(listed(client.get(index.url, {"year": "abc", "utm_source": "x"}))) == 5

    @pytest.mark.parametrize(
        ("page", "expected_page"), [("abc", 1), ("-1", 2), ("0", 2), ("999999", 2), ("", 1)]
    )
    def test_bad_page_numbers_give_a_valid_page(self, client, index, page, expected_page):
        for days in range(settings.LISTING_PAGE_SIZE + 1):
            EventPageFactory(parent=index, start=days_from_now(days + 1))
        response = client.get(index.url, {"page": page})
        assert response.status_code == 200
        assert response.context["items"].number == expected_page


class TestPagination:
    def test_pages_through_all_events(self, client, index):
        for days in range(settings.LISTING_PAGE_SIZE + 2):
            EventPageFactory(parent=index, title=f"Day {days + 1}", start=days_from_now(days + 1))
        first = client.get(index.url)
        second = client.get(index.url, {"page": 2, "when": "upcoming"})
        assert len(listed(first)) == settings.LISTING_PAGE_SIZE
        assert listed(second) == [
            f"Day {settings.LISTING_PAGE_SIZE + 1}",
            f"Day {settings.LISTING_PAGE_SIZE + 2}",
        ]
        content = first.content.decode()
        assert f"{settings.LISTING_PAGE_SIZE + 2} events" in content
        assert 'href="?page=2" rel="next"' in content
        # Filters survive paging.
        assert 'href="?page=1&amp;when=upcoming" rel="prev"' in second.content.decode()


class TestVisibility:
    def test_drafts_and_private_events_are_not_listed(self, client, index):
        EventPageFactory(parent=index, title="Published")
        EventPageFactory(parent=index, title="Draft", live=False)
        private = EventPageFactory(parent=index, title="Private")
        make_private(private, PageViewRestriction.LOGIN)
        response = client.get(index.url)
        assert listed(response) == ["Published"]
        assert "1 event" in response.content.decode()

    def test_empty_index(self, client, index):
        response = client.get(index.url)
        assert "No events have been published yet." in response.content.decode()
        assert "Clear all filters" not in response.content.decode()
