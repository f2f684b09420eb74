import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventFormat, EventIndexPage, EventKind, EventPage
from tests.home.factories import site_home


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    parent = factory.LazyFunction(site_home)

    class Meta:
        model = EventIndexPage
        django_get_or_create = ("parent", "slug")


class EventPageFactory(wagtail_factories.PageFactory):
    """An on-site event starting in ten days; pass start=… to move it, topics=[...] to tag it."""

    title = factory.Sequence(lambda n: f"Event {n}")
    parent = factory.LazyFunction(lambda: EventIndexPageFactory())
    kind = EventKind.WORKSHOP
    event_format = EventFormat.ON_SITE
    venue = "Rathaus, Marktplatz 1, 10115 Berlin"
    time_zone = "Europe/Berlin"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    end = factory.LazyAttribute(lambda obj: obj.start + datetime.timedelta(hours=3))

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if extracted:
            obj.topics.set(extracted)
            if create:
                obj.save()

    @factory.post_generation
    def participating_cities(obj, create, extracted, **kwargs):
        if extracted:
            obj.participating_cities.set(extracted)
            if create:
                obj.save()
