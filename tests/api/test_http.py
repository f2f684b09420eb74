"""The read-only API over HTTP: limits, CORS, methods and a fixed number of queries."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import (
    assert_query_count_is_fixed,
    assert_query_counts_are_fixed,
    make_image,
)

from .helpers import PAGES, error, items

pytestmark = pytest.mark.django_db

ORIGIN = "https://data.example.org"
DOCUMENTS = "/api/v2/documents/"
IMAGES = "/api/v2/images/"


class TestFiles:
    def test_documents_and_images_with_tags_and_full_urls(self, client, home):
        document = get_document_model().objects.create(
            title="Annual report",
            collection=Collection.get_first_root_node(),
            file=ContentFile(b"Public.", name="report.txt"),
        )
        document.tags.add("report", "annual")
        image = make_image()
        [document_item] = items(client, DOCUMENTS)
        assert document_item["title"] == "Annual report"
        assert document_item["meta"]["tags"] == ["annual", "report"]
        assert document_item["meta"]["download_url"] == f"http://testserver{document.url}"
        [image_item] = items(client, IMAGES)
        assert image_item["meta"]["download_url"] == f"http://testserver{image.file.url}"

    def test_a_page_image_links_to_its_record(self, client, home):
        image = make_image()
        page = CaseStudyPageFactory(image=image)
        data = client.get(f"{PAGES}{page.pk}/").json()
        assert data["image"]["id"] == image.pk
        assert data["image"]["meta"]["detail_url"] == f"http://testserver{IMAGES}{image.pk}/"


class TestLimits:
    def test_twenty_by_default_fifty_at_most(self, client, home):
        for _ in range(55):
            CaseStudyPageFactory(topics=[])
        assert len(items(client, type="casestudies.CaseStudyPage")) == 20
        assert len(items(client, type="casestudies.CaseStudyPage", limit=50)) == 50
        assert error(client, limit=1000) == "limit cannot be higher than 50"
        assert error(client, limit="abc") == "limit must be a positive integer"


class TestCors:
    def test_any_origin_may_read(self, client, home):
        response = client.get(PAGES, headers={"origin": ORIGIN})
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response

    def test_preflight_allows_reading_only(self, client, home):
        response = client.options(
            PAGES, headers={"origin": ORIGIN, "access-control-request-method": "GET"}
        )
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert set(response["Access-Control-Allow-Methods"].split(", ")) == {
            "GET",
            "HEAD",
            "OPTIONS",
        }

    def test_not_on_the_site(self, client, home):
        response = client.get(home.url, headers={"origin": ORIGIN})
        assert response.status_code == 200
        assert "Access-Control-Allow-Origin" not in response

    def test_read_only(self, client, home):
        assert client.post(PAGES, {"title": "New"}).status_code == 405
        assert client.delete(f"{PAGES}{home.pk}/").status_code == 405
        assert client.head(PAGES).status_code == 200


class TestQueries:
    """Listings cost the same number of queries for 2 items as for 25 (20 listed)."""

    def add_case_studies(self, count):
        for _ in range(count):
            CaseStudyPageFactory(city=CityPageFactory(), image=make_image(), sdg_targets=["11.3"])

    def add_events(self, count):
        for _ in range(count):
            case_study = CaseStudyPageFactory(city=CityPageFactory())
            EventPageFactory(
                host_city=case_study.city,
                topics=list(case_study.topics.all()),
                participating_cities=[case_study.city, CityPageFactory()],
            )

    def test_case_study_listings(self, client, home, django_assert_max_num_queries):
        budgets = {
            PAGES: 6,
            f"{PAGES}?type=casestudies.CaseStudyPage": 6,
            # Four more to prefetch city, topics, image and SDG targets, two for restrictions
            # and languages of the related pages.
            f"{PAGES}?type=casestudies.CaseStudyPage&fields=*": 12,
            # The same, with the locale instead of SDG targets.
            f"{PAGES}?type=casestudies.CaseStudyPage&fields=city,topics,image&locale=en": 12,
        }
        assert_query_counts_are_fixed(
            client, budgets, django_assert_max_num_queries, add_content=self.add_case_studies
        )

    def test_event_listing(self, client, home, django_assert_max_num_queries):
        assert_query_count_is_fixed(
            client,
            f"{PAGES}?type=events.EventPage&fields=host_city,participating_cities,topics",
            django_assert_max_num_queries,
            add_content=self.add_events,
            budget=11,
        )

    def add_files(self, count):
        for number in range(count):
            document = get_document_model().objects.create(
                title=f"Report {number}",
                collection=Collection.get_first_root_node(),
                file=ContentFile(b"Public.", name="report.txt"),
            )
            document.tags.add("report", f"year-{number}")
            make_image().tags.add("photo", f"photo-{number}")

    def test_file_listings(self, client, home, django_assert_max_num_queries):
        assert_query_counts_are_fixed(
            client,
            {DOCUMENTS: 6, IMAGES: 6},
            django_assert_max_num_queries,
            add_content=self.add_files,
        )
