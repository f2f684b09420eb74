"""Pages in the read-only API: listings, details, relations and translations."""

import pytest
from wagtail.test.utils.form_data import rich_text

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import translate, utc
from tests.topics.factories import TopicPageFactory

from .helpers import PAGES, detail, error, items, reference

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    ("cities.CityPage", CityPageFactory),
    ("topics.TopicPage", TopicPageFactory),
    ("casestudies.CaseStudyPage", CaseStudyPageFactory),
    ("events.EventPage", EventPageFactory),
]


class TestListing:
    @pytest.mark.parametrize(("page_type", "factory"), PAGE_TYPES)
    def test_lists_each_page_type(self, client, home, page_type, factory):
        page = factory(title="Listed page")
        [item] = items(client, type=page_type)
        assert item["id"] == page.pk
        assert item["title"] == "Listed page"
        assert item["meta"]["type"] == page_type
        assert item["meta"]["locale"] == "en"
        assert item["meta"]["html_url"] == page.full_url
        assert item["meta"]["detail_url"] == f"http://testserver{PAGES}{page.pk}/"

    def test_listing_fields_include_relations(self, client, open_data, berlin, data_governance):
        [item] = items(
            client, type="casestudies.CaseStudyPage", fields="city,topics,country,start_year"
        )
        assert item["city"] == reference(berlin)
        assert item["topics"] == [reference(data_governance)]
        assert item["country"] == "DE"
        assert item["start_year"] == 2021

    def test_text_comes_with_details_only(self, client, open_data):
        """Rich text and StreamField content could cost queries for each listed page."""
        [item] = items(client, type="casestudies.CaseStudyPage", fields="*")
        assert "summary" in item
        assert not {"challenge", "body", "gallery"} & item.keys()
        assert "unknown fields: challenge" in error(
            client, type="casestudies.CaseStudyPage", fields="challenge"
        )


class TestDetail:
    def test_city_facts(self, client, berlin):
        data = detail(client, berlin)
        assert data["meta"]["type"] == "cities.CityPage"
        assert data["title"] == "Berlin"
        assert data["country"] == "DE"
        assert data["population"] == 250_000
        assert data["size_class"] == "medium"
        # Coordinates are numbers, not the strings decimals would give.
        assert data["latitude"] == pytest.approx(52.520008)
        assert data["longitude"] == pytest.approx(13.404954)

    def test_topic_facts_and_body(self, client, home):
        topic = TopicPageFactory(
            cluster="participation",
            body=[("paragraph", rich_text("<p>Citizens decide.</p>"))],
        )
        data = detail(client, topic)
        assert data["cluster"] == "participation"
        assert data["body"][0]["type"] == "paragraph"

    def test_case_study_relations_are_ids_and_urls(
        self, client, open_data, berlin, data_governance
    ):
        data = detail(client, open_data)
        assert data["city"] == reference(berlin)
        assert data["topics"] == [reference(data_governance)]
        assert data["summary"] == open_data.summary
        assert data["challenge"] == "<p>Data was locked in departments.</p>"

    def test_event_relations_are_ids_and_urls(self, client, meeting, berlin, lima, data_governance):
        data = detail(client, meeting)
        assert data["host_city"] == reference(berlin)
        assert data["participating_cities"] == [reference(lima)]
        assert data["topics"] == [reference(data_governance)]

    def test_event_times_are_utc_with_the_time_zone(self, client, home):
        event = EventPageFactory(start=utc(2027, 3, 12, 8), end=utc(2027, 3, 12, 16))
        data = detail(client, event)
        assert data["start"] == "2027-03-12T08:00:00Z"
        assert data["end"] == "2027-03-12T16:00:00Z"
        assert data["time_zone"] == "Europe/Berlin"

    def test_unpublished_relations_are_left_out(self, client, open_data, berlin, data_governance):
        berlin.unpublish()
        data_governance.unpublish()
        data = detail(client, open_data)
        assert data["city"] is None
        assert data["topics"] == []


class TestTranslations:
    def test_a_page_lists_its_published_translations(self, client, open_data):
        german = translate(open_data, "de", title="Offenes Datenportal")
        spanish = translate(open_data, "es")
        spanish.unpublish()

        data = detail(client, open_data)
        assert data["meta"]["translations"] == [reference(german, "de")]
        assert "/de/" in data["meta"]["translations"][0]["url"]
        assert detail(client, german)["meta"]["translations"] == [reference(open_data)]

    def test_relations_follow_the_language(self, client, open_data, data_governance):
        german_topic = translate(data_governance, "de", title="Daten-Governance")
        german = translate(open_data, "de")
        assert detail(client, german)["topics"] == [reference(german_topic, "de")]

    def test_translations_are_in_details_only(self, client, open_data):
        [item] = items(client, type="casestudies.CaseStudyPage")
        assert "translations" not in item["meta"]
        assert "unknown fields: translations" in error(client, fields="translations")
