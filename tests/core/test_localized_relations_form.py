"""The admin's case study and event forms offer the cities and topics of the page's language."""

import pytest
from django.urls import reverse

from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventIndexPageFactory
from tests.helpers import translate
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_topic(home):
    english = TopicPageFactory(title="Mobility")
    return english, translate(english, "de", title="Mobilität")


def topic_choices(response):
    return {topic.title for topic in response.context["form"].fields["topics"].queryset}


def test_a_new_case_study_offers_the_topics_of_its_language(admin_client, bilingual_topic):
    index = CaseStudyIndexPageFactory()
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", index.pk])
    response = admin_client.get(url)
    assert topic_choices(response) == {"Mobility"}
    assert "Mobilität" not in response.content.decode()


@pytest.fixture
def german_index(home):
    return translate(CaseStudyIndexPageFactory(), "de")


def test_a_german_case_study_offers_german_topics_and_cities(
    admin_client, bilingual_topic, german_index
):
    _english_topic, german_topic = bilingual_topic
    german_city = translate(CityPageFactory(title="Munich"), "de", title="München")
    url = reverse("wagtailadmin_pages:add", args=["casestudies", "casestudypage", german_index.pk])
    form = admin_client.get(url).context["form"]
    assert set(form.fields["topics"].queryset) == {german_topic}
    assert set(form.fields["city"].queryset) == {german_city}


def test_a_topic_without_translation_stays_on_offer(admin_client, bilingual_topic, german_index):
    # Saving relates a page to the translations of its topics; "Energy" has none in German.
    energy = TopicPageFactory(title="Energy")
    case_study = CaseStudyPageFactory(parent=german_index, topics=[energy])
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[case_study.pk]))
    assert topic_choices(response) == {"Mobilität", "Energy"}


def test_a_new_event_offers_the_topics_of_its_language(admin_client, bilingual_topic):
    index = EventIndexPageFactory()
    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    )
    assert topic_choices(response) == {"Mobility"}
