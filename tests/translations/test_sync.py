"""Fields that are the same in every language follow the source page and are never translated."""

import datetime
from decimal import Decimal

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, StringSegment, TranslationSource

from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import translate, utc

CITY_FACTS = ("latitude", "longitude", "population", "country")
EVENT_TIMES = ("start", "end", "time_zone")


def segment_fields(page):
    """The fields wagtail-localize offers translators: as text or as an override."""
    source = TranslationSource.objects.get_for_instance(page)
    paths = [
        *StringSegment.objects.filter(source=source).values_list("context__path", flat=True),
        *OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True),
    ]
    return {path.split(".")[0] for path in paths}


def sync_translations(client, page):
    """The admin's "Sync translated pages", publishing the updated translations."""
    source = TranslationSource.objects.get_for_instance(page)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302


@pytest.fixture
def german(home):
    translate(home, "de")
    return Locale.objects.get(language_code="de")


@pytest.mark.django_db
class TestCityFacts:
    @pytest.fixture
    def city(self, german):
        city = CityPageFactory(
            title="Leipzig",
            country="DE",
            population=616_000,
            latitude=Decimal("51.339695"),
            longitude=Decimal("12.373075"),
        )
        translate(city.get_parent(), "de")
        return city

    def test_copied_on_translation_and_not_offered_to_translators(self, city, german):
        german_city = translate(city, "de")
        for name in CITY_FACTS:
            assert getattr(german_city, name) == getattr(city, name), name
        assert segment_fields(city).isdisjoint(CITY_FACTS)
        assert "title" in segment_fields(city)

    def test_follow_the_source_when_translations_are_synced(self, admin_client, city, german):
        translate(city, "de")
        city.population = 620_500
        city.latitude, city.longitude = Decimal("51.340000"), Decimal("12.380000")
        city.country = "AT"
        city.save_revision().publish()

        sync_translations(admin_client, city)

        german_city = city.get_translation(german).specific
        assert german_city.population == 620_500
        assert (german_city.latitude, german_city.longitude) == (
            Decimal("51.340000"),
            Decimal("12.380000"),
        )
        assert german_city.country == "AT"
        assert german_city.size_class == "large"
        assert segment_fields(city).isdisjoint(CITY_FACTS)


@pytest.mark.django_db
class TestEventTimes:
    @pytest.fixture
    def event(self, german):
        start = utc(2031, 5, 6, 7, 0)
        event = EventPageFactory(
            title="Network meeting",
            start=start,
            end=start + datetime.timedelta(hours=8),
            time_zone="Europe/Berlin",
        )
        translate(event.get_parent(), "de")
        return event

    def test_copied_on_translation_and_not_offered_to_translators(self, event, german):
        german_event = translate(event, "de")
        for name in EVENT_TIMES:
            assert getattr(german_event, name) == getattr(event, name), name
        assert segment_fields(event).isdisjoint(EVENT_TIMES)

    def test_follow_the_source_when_translations_are_synced(self, admin_client, event, german):
        translate(event, "de")
        event.start, event.end = utc(2031, 5, 7, 14, 0), utc(2031, 5, 7, 22, 0)
        event.time_zone = "America/Lima"
        event.save_revision().publish()

        sync_translations(admin_client, event)

        german_event = event.get_translation(german).specific
        assert german_event.start == utc(2031, 5, 7, 14, 0)
        assert german_event.end == utc(2031, 5, 7, 22, 0)
        assert german_event.time_zone == "America/Lima"
        html = admin_client.get(german_event.url).content.decode()
        # Shown in the event's new time zone: 14:00 UTC is 09:00 in Lima.
        assert '<time datetime="2031-05-07T14:00:00+00:00">' in html
        assert ", 09:00</time>" in html
