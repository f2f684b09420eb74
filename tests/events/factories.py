import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventFormat, EventIndexPage, EventKind, EventPage
from tests.home.factories import site_home


def agenda(*items):
    """Raw agenda stream data from (time "HH:MM" or None, title) pairs."""
    return [
        {"type": "item", "value": {"time": time, "title": title, "description": ""}}
        for time, title in items
    ]


def speakers(*names):
    """Raw speaker stream data, one speaker per name."""
    return [{"type": "speaker", "value": {"name": name, "role": "Mayor"}} for name in names]


def documents(*docs):
    """Raw document stream data linking Wagtail documents."""
    return [{"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in docs]


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


def event_form_data(**fields):
    """POST data for the admin's add/edit form of an EventPage; keyword arguments override fields.

    Dates are typed as Wagtail's date-time picker posts them ("%Y-%m-%d %H:%M").
    Pass topics=[...] or participating_cities=[...] as lists of pages.
    """
    relations = {
        name: [str(page.pk) for page in fields.pop(name, [])]
        for name in ("topics", "participating_cities")
    }
    data = {
        "title": "Network meeting Lima",
        "slug": "network-meeting-lima",
        "introduction": "",
        "kind": EventKind.NETWORK_MEETING,
        "event_format": EventFormat.ON_SITE,
        "start": "2027-03-12 09:00",
        "end": "2027-03-12 17:00",
        "time_zone": "Europe/Berlin",
        "venue": "Palacio Municipal, Lima",
        "online_url": "",
        "host_city": "",
        "body": streamfield([]),
        "agenda": streamfield([]),
        "speakers": streamfield([]),
        "documents": streamfield([]),
        "registration_url": "",
        "recording_url": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    data.update(fields)
    return {**nested_form_data(data), **relations}
