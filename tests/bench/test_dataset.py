"""The benchmark dataset (bench/dataset.py): a consistent page tree, served and found by search."""

import pytest
from wagtail.models import Page

from bench import dataset
from casestudies.models import CaseStudyPage
from cities.models import CityPage
from events.models import EventPage
from topics.models import TopicPage

CASE_STUDIES = 40


@pytest.fixture
def counts(db):
    counts, _seconds = dataset.generate(CASE_STUDIES, seed=3)
    return counts


def test_sizes_follow_the_number_of_case_studies(counts):
    size = dataset.Size(CASE_STUDIES)
    english = {"locale__language_code": "en"}
    assert CaseStudyPage.objects.filter(**english).count() == CASE_STUDIES
    assert CityPage.objects.filter(**english).count() == size.cities
    assert TopicPage.objects.filter(**english).count() == size.topics
    assert EventPage.objects.filter(**english).count() == size.events
    # Every topic is translated into every language.
    assert TopicPage.objects.count() == size.topics * 3
    assert counts["CaseStudy (en)"] == CASE_STUDIES


def test_the_tree_is_what_treebeard_and_wagtail_expect(counts):
    assert all(not problems for problems in Page.find_problems())
    for page in CaseStudyPage.objects.select_related("locale")[:10]:
        parent = page.get_parent()
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert parent.locale_id == page.locale_id


def test_translations_share_their_source_key_and_point_to_their_language(counts):
    german = CaseStudyPage.objects.filter(locale__language_code="de").prefetch_related("topics")
    assert german.exists()
    for page in german:
        source = CaseStudyPage.objects.get(
            translation_key=page.translation_key, locale__language_code="en"
        )
        assert page.title != source.title
        # Topics exist in German, so a German case study points to the German topics.
        assert {topic.locale.language_code for topic in page.topics.all()} == {"de"}


def test_published_pages_are_served(client, counts):
    for language in ("en", "de"):
        page = CaseStudyPage.objects.live().filter(locale__language_code=language).first()
        assert client.get(page.url).status_code == 200


def test_search_finds_a_generated_page_after_update_index(client, counts):
    dataset.update_index()
    page = CaseStudyPage.objects.live().filter(locale__language_code="en").first()
    response = client.get("/en/search/", {"q": page.title})
    assert response.status_code == 200
    assert page.url_path.rstrip("/").rsplit("/", 1)[-1] in response.content.decode()
