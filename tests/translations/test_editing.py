"""Translating a case study in wagtail-localize's admin, string by string and by PO file."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation

from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import (
    publish_translation,
    submit_for_translation,
    translate,
    translate_segments,
)
from tests.topics.factories import TopicPageFactory

GERMAN = {
    "Open data portal": "Offenes Datenportal",
    "open-data-portal": "offenes-datenportal",
    "A city opened its data and people built services on it.": (
        "Eine Stadt hat ihre Daten geöffnet, und die Menschen haben Dienste darauf gebaut."
    ),
    "Data was locked in departments.": "Die Daten waren in den Ämtern verschlossen.",
    "An open data portal with a clear licence.": "Ein Datenportal mit einer klaren Lizenz.",
}


def to_german(text):
    return GERMAN.get(text, f"[de] {text}")


@pytest.fixture
def german_case_study(home):
    """An English case study whose city, topic and section pages already exist in German."""
    translate(home, "de", title="Internationales Smart-Cities-Netzwerk")
    city = CityPageFactory(title="Leipzig", slug="leipzig")
    topic = TopicPageFactory(title="Open data", slug="open-data")
    for index in (city.get_parent(), topic.get_parent(), CaseStudyIndexPageFactory()):
        translate(index, "de")
    translate(city, "de", title="Leipzig (Sachsen)")
    translate(topic, "de", title="Offene Daten")
    return CaseStudyPageFactory(
        title="Open data portal", slug="open-data-portal", city=city, topics=[topic]
    )


@pytest.mark.django_db
class TestTranslationEditor:
    def test_submit_translate_every_segment_and_publish(self, admin_client, german_case_study):
        translation = submit_for_translation(admin_client, german_case_study, "de")
        draft = translation.get_target_instance()
        assert not draft.live
        translate_segments(admin_client, translation, to_german)
        german = publish_translation(admin_client, translation)

        assert german.live
        assert german.url.startswith("/de/")
        response = admin_client.get(german.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<h1>Offenes Datenportal</h1>" in html
        assert "Die Daten waren in den Ämtern verschlossen." in html
        assert "A city opened its data" not in html
        german_city = german_case_study.city.get_translation(translation.target_locale)
        german_topic = german_case_study.topics.get().get_translation(translation.target_locale)
        assert f'<a href="{german_city.url}">Leipzig (Sachsen)</a>' in html
        assert f'href="{german_topic.url}">Offene Daten</a>' in html
        assert german_city.url.startswith("/de/")
        assert german_topic.url.startswith("/de/")

    def test_the_english_page_is_unchanged(self, admin_client, german_case_study):
        translation = submit_for_translation(admin_client, german_case_study, "de")
        translate_segments(admin_client, translation, to_german)
        publish_translation(admin_client, translation)
        html = admin_client.get(german_case_study.url).content.decode()
        assert "<h1>Open data portal</h1>" in html
        assert '<a href="/en/cities/leipzig/">Leipzig</a>' in html


def upload_po(client, translation, po):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    upload = SimpleUploadedFile("translation.po", str(po).encode(), "text/x-gettext-translation")
    return client.post(url, {"file": upload, "next": "/admin/"})


def last_message(response):
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    return messages[-1]


def download_po(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


@pytest.mark.django_db
class TestPoFiles:
    SUMMARY = "A city opened its data and people built services on it."

    def test_round_trip_through_an_agency(self, admin_client, german_case_study):
        translation = submit_for_translation(admin_client, german_case_study, "de")
        po = download_po(admin_client, translation)
        assert {entry.msgid for entry in po} >= {"Open data portal", self.SUMMARY}
        entry = po.find(self.SUMMARY)
        entry.msgstr = "Eine Stadt hat ihre Daten für alle geöffnet."

        response = upload_po(admin_client, translation, po)
        assert response.status_code == 302
        assert last_message(response) == "Successfully imported translations from PO File."
        german = publish_translation(admin_client, translation)

        html = admin_client.get(german.url).content.decode()
        assert "Eine Stadt hat ihre Daten für alle geöffnet." in html
        assert self.SUMMARY not in html

    def test_a_file_of_another_translation_is_refused(self, admin_client, german_case_study):
        translation = submit_for_translation(admin_client, german_case_study, "de")
        other = submit_for_translation(
            admin_client, CaseStudyPageFactory(city=german_case_study.city), "de"
        )
        po = download_po(admin_client, other)
        po.find(self.SUMMARY).msgstr = "Eine Stadt hat ihre Daten geöffnet."

        response = upload_po(admin_client, translation, po)
        assert last_message(response) == (
            "Cannot import PO file that was created for a different translation."
        )
        assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()
        assert StringSegment.objects.filter(source=translation.source).exists()
