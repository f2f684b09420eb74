"""Content builders: the one place that knows what a valid page of each type needs.

Each builder returns an unsaved page made from keyword fields laid over its type's defaults, a
plausible page of that type, and fills in what follows from other fields (a slug from the title,
a case study's country from its city, a city's size class, an event's end). The demo loader, the
test factories (tests/*/factories.py) and the benchmark dataset (bench/dataset.py) all make their
pages here; `add` and `ensure_child` put a built page into the tree.
"""

import datetime
from decimal import Decimal

from django.core.management.base import CommandError
from django.utils import timezone
from django.utils.text import slugify

from casestudies.models import CaseStudyPage, GovernmentLevel, Maturity
from cities.models import CityPage, SizeClass
from core.models import IndexPage
from demo import streamfield as sf
from events.models import EventFormat, EventKind, EventPage
from home.models import ContentPage
from topics.models import Cluster, TopicPage
from workspace.models import MeetingPage, WorkingGroupPage, WorkspacePage

DEFAULT_COUNTRY = "DE"

# What each type says when the caller names nothing else (the test factories rely on these).
TOPIC = {
    "cluster": Cluster.INFRASTRUCTURE,
    "introduction": "How cities govern the data they collect.",
}
CITY = {
    "country": DEFAULT_COUNTRY,
    "region": "Berlin",
    "population": 250_000,
    "latitude": Decimal("52.520008"),
    "longitude": Decimal("13.404954"),
    "member_since": 2020,
    "introduction": "A member city of the network.",
}
CASE_STUDY = {
    "summary": "A city opened its data and people built services on it.",
    "government_level": GovernmentLevel.CITY,
    "maturity": Maturity.PILOT,
    "start_year": 2021,
    "challenge": "<p>Data was locked in departments.</p>",
    "approach": "<p>An open data portal with a clear licence.</p>",
}
EVENT = {
    "kind": EventKind.WORKSHOP,
    "event_format": EventFormat.ON_SITE,
    "venue": "Rathaus, Marktplatz 1, 10115 Berlin",
    "time_zone": "Europe/Berlin",
}
EVENT_STARTS_IN = datetime.timedelta(days=10)
EVENT_LASTS = datetime.timedelta(hours=3)
CONTENT_PAGE = {"introduction": "A page about the network."}
CONTENT_PAGE_TEXT = "<p>The network meets twice a year.</p>"
WORKSPACE = {
    "title": "Members' workspace",
    "introduction": "Working groups, meetings and topic proposals.",
}
WORKING_GROUP = {
    "introduction": "A working group of the network.",
    "description": "<p>The group meets every quarter.</p>",
}
MEETING = {
    "time_zone": "Europe/Berlin",
    "location": "Online",
    "minutes": "<p>The group agreed on a work plan.</p>",
}
MEETING_STARTS_IN = datetime.timedelta(days=7)
MEETING_LASTS = datetime.timedelta(hours=2)
MEETING_AGENDA = (("10:00", "Welcome"), ("10:15", "Reports"))


def _page(model, defaults, fields):
    """`model` from `fields` over `defaults`; the slug follows the title unless given."""
    values = {**defaults, **fields}
    if not values.get("slug") and values.get("title"):
        values["slug"] = slugify(values["title"])
    return model(**values)


def index_page(model, **fields):
    """An index page of any type (topics, cities, case studies, events)."""
    return _page(model, {}, fields)


def content_page(**fields):
    """An imprint, privacy notice or about page."""
    fields.setdefault("body", [sf.paragraph(CONTENT_PAGE_TEXT)])
    return _page(ContentPage, CONTENT_PAGE, fields)


def topic_page(**fields):
    return _page(TopicPage, TOPIC, fields)


def city_page(**fields):
    """A member city; its size class follows its population, as saving the page would do."""
    page = _page(CityPage, CITY, fields)
    page.size_class = SizeClass.for_population(page.population) or ""
    return page


def case_study_page(*, city=None, country=None, **fields):
    """A case study; it is in its city's country unless `country` says otherwise (a national
    programme, without a city, names its country)."""
    if country is None:
        country = city.country if city is not None else DEFAULT_COUNTRY
    if city is not None:
        fields["city"] = city
    return _page(CaseStudyPage, CASE_STUDY, {"country": country, **fields})


def event_page(**fields):
    """An event; by default on site, ten days from now, three hours long."""
    fields.setdefault("start", timezone.now() + EVENT_STARTS_IN)
    fields.setdefault("end", fields["start"] + EVENT_LASTS)
    return _page(EventPage, EVENT, fields)


def workspace_page(**fields):
    return _page(WorkspacePage, WORKSPACE, fields)


def working_group_page(**fields):
    return _page(WorkingGroupPage, WORKING_GROUP, fields)


def meeting_page(**fields):
    """A working group's meeting; by default online a week from now, two hours long."""
    fields.setdefault("start", timezone.now() + MEETING_STARTS_IN)
    fields.setdefault("end", fields["start"] + MEETING_LASTS)
    fields.setdefault("agenda", agenda(*MEETING_AGENDA))
    return _page(MeetingPage, MEETING, fields)


def agenda(*items):
    """Raw agenda stream data (events and meetings) from (time "HH:MM" or None, title) pairs."""
    return [
        {"type": "item", "value": {"time": time, "title": title, "description": ""}}
        for time, title in items
    ]


BUILDERS = {
    ContentPage: content_page,
    TopicPage: topic_page,
    CityPage: city_page,
    CaseStudyPage: case_study_page,
    EventPage: event_page,
    WorkspacePage: workspace_page,
    WorkingGroupPage: working_group_page,
    MeetingPage: meeting_page,
}


def build(model, **fields):
    """A page of `model` from its builder (any page type: its fields as given)."""
    if model in BUILDERS:
        return BUILDERS[model](**fields)
    if issubclass(model, IndexPage):
        return index_page(model, **fields)
    return _page(model, {}, fields)


def add(parent, page, *, publish=False):
    """Put `page` below `parent`; `publish` as an editor would (a revision, then publish)."""
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def ensure_child(parent, page_class, slug, make):
    """(page, created): the child of `parent` with `slug`, or `make()`'s page added there and
    published if there is none."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is None:
        page = make()
        page.slug = slug
        return add(parent, page, publish=True), True
    if not isinstance(existing, page_class):
        raise CommandError(
            f"{existing.url_path} is a {type(existing).__name__}, "
            f"expected a {page_class.__name__}; move it away and run again."
        )
    return existing, False
