import factory
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from demo.builders import agenda as agenda  # raw agenda stream data, as events need it
from events.models import EventFormat, EventIndexPage, EventKind, EventPage
from tests.home.factories import IndexPageFactory, PageFactory


def speakers(*names):
    """Raw speaker stream data, one speaker per name."""
    return [{"type": "speaker", "value": {"name": name, "role": "Mayor"}} for name in names]


def documents(*docs):
    """Raw document stream data linking Wagtail documents."""
    return [{"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in docs]


class EventIndexPageFactory(IndexPageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    """An on-site event starting in ten days (demo/builders.py); pass start=… to move it,
    topics=[...] to tag it."""

    title = factory.Sequence(lambda n: f"Event {n}")
    parent = factory.LazyFunction(lambda: EventIndexPageFactory())

    class Meta:
        model = EventPage


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
