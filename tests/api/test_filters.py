"""Filtering the pages of the read-only API: type, locale, topic, city and country."""

import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import translate

from .helpers import error, ids

pytestmark = pytest.mark.django_db

CASE_STUDIES = "casestudies.CaseStudyPage"
EVENTS = "events.EventPage"
CITIES = "cities.CityPage"


class TestTypeAndLocale:
    def test_type(self, client, open_data, meeting, berlin):
        assert ids(client, type=EVENTS) == {meeting.pk}
        assert ids(client, type=f"{CASE_STUDIES},{EVENTS}") == {open_data.pk, meeting.pk}

    def test_locale(self, client, open_data, bike_lanes):
        german = translate(open_data, "de")
        assert ids(client, type=CASE_STUDIES, locale="de") == {german.pk}
        assert ids(client, type=CASE_STUDIES, locale="en") == {open_data.pk, bike_lanes.pk}
        assert ids(client, type=CASE_STUDIES, locale="pt-br") == set()

    def test_an_empty_locale_is_no_filter(self, client, open_data):
        assert ids(client, type=CASE_STUDIES, locale="") == {open_data.pk}


class TestTopic:
    def test_by_slug_or_id_case_studies_and_events(
        self, client, open_data, bike_lanes, meeting, data_governance
    ):
        assert ids(client, topic="data-governance") == {open_data.pk, meeting.pk}
        assert ids(client, topic=str(data_governance.pk)) == {open_data.pk, meeting.pk}

    def test_with_a_type(self, client, open_data, meeting):
        assert ids(client, topic="data-governance", type=EVENTS) == {meeting.pk}

    def test_across_languages(self, client, open_data, data_governance):
        """The topic's English slug also finds German case studies of its German translation."""
        translate(data_governance, "de", slug="daten-governance")
        german = translate(open_data, "de")
        assert ids(client, topic="data-governance", locale="de") == {german.pk}
        assert ids(client, topic="daten-governance") == {open_data.pk, german.pk}


class TestCity:
    def test_case_studies_of_the_city(self, client, open_data, bike_lanes, lima):
        assert ids(client, type=CASE_STUDIES, city="lima") == {bike_lanes.pk}
        assert ids(client, type=CASE_STUDIES, city=str(lima.pk)) == {bike_lanes.pk}

    def test_events_hosted_or_joined_once_each(self, client, meeting, berlin, lima):
        also_hosted_by_lima = EventPageFactory(host_city=lima, participating_cities=[lima])
        assert ids(client, type=EVENTS, city="berlin") == {meeting.pk}
        response = client.get("/api/v2/pages/", {"type": EVENTS, "city": "lima"})
        assert response.json()["meta"]["total_count"] == 2
        assert ids(client, type=EVENTS, city="lima") == {meeting.pk, also_hosted_by_lima.pk}

    def test_without_a_type(self, client, open_data, bike_lanes, meeting):
        assert ids(client, city="berlin") == {open_data.pk, meeting.pk}


class TestCountry:
    def test_case_studies_events_and_cities(self, client, open_data, bike_lanes, meeting):
        berlin, lima = open_data.city, bike_lanes.city
        # The event's country is its host city's.
        assert ids(client, country="DE") == {open_data.pk, meeting.pk, berlin.pk}
        assert ids(client, country="PE") == {bike_lanes.pk, lima.pk}

    def test_codes_are_forgiving(self, client, bike_lanes):
        """Lower case and three-letter codes name the same country."""
        expected = {bike_lanes.pk}
        assert ids(client, type=CASE_STUDIES, country="pe") == expected
        assert ids(client, type=CASE_STUDIES, country="PER") == expected

    def test_national_programmes_have_a_country_but_no_city(self, client, home):
        programme = CaseStudyPageFactory(city=None, country="BR")
        assert ids(client, country="BR") == {programme.pk}
        assert ids(client, type=CITIES, country="BR") == set()


class TestCombined:
    def test_type_locale_topic_city_and_country(
        self, client, open_data, bike_lanes, meeting, data_governance
    ):
        other_berlin_study = CaseStudyPageFactory(city=open_data.city)
        german = translate(open_data, "de")
        filters = {"type": CASE_STUDIES, "topic": "data-governance", "country": "DE"}
        assert ids(client, **filters) == {open_data.pk, german.pk}
        assert ids(client, **filters, locale="de") == {german.pk}
        assert ids(client, **filters, locale="en", city="berlin") == {open_data.pk}
        assert other_berlin_study.pk in ids(client, city="berlin", locale="en")
        assert ids(client, **filters, city="lima") == set()

    def test_search_with_filters(self, client, open_data, bike_lanes, meeting):
        assert ids(client, search="portal", topic="data-governance") == {open_data.pk}


class TestBadValues:
    """Wrong values are refused with a message that says what is wrong, never a server error."""

    @pytest.mark.parametrize(
        ("params", "message"),
        [
            ({"topic": "does-not-exist"}, "topic: no published topic has the id or slug"),
            ({"topic": "9" * 30}, "topic: no published topic"),
            ({"topic": "x" * 1000}, "topic: no published topic"),
            ({"topic": "x" * 1001}, "topic: longer than 1,000 characters"),
            ({"search_operator": "xor"}, "search_operator: must be 'and' or 'or'"),
            ({"search": "\x00"}, "search: null characters are not allowed"),
            ({"city": "999999"}, "city: no published city"),
            ({"country": "XX"}, "country: 'XX' is not an ISO 3166 country code"),
            ({"locale": "xx"}, "locale: unknown language 'xx' (one of: en, de, es, pt-br)"),
            ({"topic": "a\x00b"}, "topic: null characters are not allowed"),
            ({"locale": "\x00"}, "locale: null characters are not allowed"),
            ({"type": "cities.Nowhere"}, "type doesn't exist"),
            ({"type": CITIES, "topic": "data-governance"}, "topic: this filter applies to"),
            ({"type": "topics.TopicPage", "city": "berlin"}, "not to topics.TopicPage"),
            ({"type": EVENTS, "start": "tomorrow"}, "field filter error"),
            ({"type": CASE_STUDIES, "start_year": "abc"}, "field filter error"),
            ({"type": CASE_STUDIES, "topics": "abc"}, "field filter error"),
            ({"colour": "blue"}, "not an operation or a recognised field: colour"),
            ({"offset": "-1"}, "offset must be a positive integer"),
            ({"child_of": "abc"}, "child_of must be a positive integer"),
        ],
    )
    def test_is_refused_with_a_message(self, client, open_data, meeting, params, message):
        assert message in error(client, **params)

    def test_a_type_the_filter_does_not_know_is_named(self, client, berlin):
        message = error(client, type=CITIES, topic="data-governance")
        assert message == (
            "topic: this filter applies to casestudies.CaseStudyPage, events.EventPage, "
            "not to cities.CityPage"
        )
