import datetime

import factory
from django.utils import timezone

from casestudies.models import Maturity
from search.models import SearchQueryStat
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.topics.factories import TopicPageFactory


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


class SearchQueryStatFactory(factory.django.DjangoModelFactory):
    """One day's row of the query log: by default searched once today in English, found 3."""

    query = factory.Sequence(lambda n: f"query {n}")
    language_code = "en"
    date = factory.LazyFunction(timezone.localdate)
    hits = 1
    zero_result_hits = 0
    last_result_count = 3

    class Meta:
        model = SearchQueryStat


def knowledge_base():
    """A small knowledge base with every facet value used at least once."""
    mobility = TopicPageFactory(title="Mobility", introduction="Moving people through cities.")
    energy = TopicPageFactory(title="Energy", introduction="Power for cities.")
    berlin = CityPageFactory(title="Berlin", country="DE")
    lisbon = CityPageFactory(
        title="Lisbon", country="PT", latitude="38.7223", longitude="-9.1393", region="Lisboa"
    )
    bike_sharing = CaseStudyPageFactory(
        title="Bike sharing network",
        summary="Shared bikes connect the outer districts of the city.",
        city=berlin,
        topics=[mobility],
        sdg_targets=["11.2"],
        maturity=Maturity.SCALED,
        start_year=2015,
        end_year=2019,
    )
    smart_grid = CaseStudyPageFactory(
        title="Smart grid for districts",
        summary="A grid that balances the power of solar roofs and shared bikes.",
        city=lisbon,
        topics=[energy],
        sdg_targets=["7.2"],
        maturity=Maturity.PILOT,
        start_year=2021,
    )
    bus_lanes = CaseStudyPageFactory(
        title="Bus lanes on demand",
        summary="Dynamic lanes for buses and shared bikes at rush hour.",
        city=lisbon,
        topics=[mobility, energy],
        sdg_targets=["11.2", "11.6"],
        maturity=Maturity.PILOT,
        start_year=2023,
    )
    now = timezone.now()
    bike_summit = EventPageFactory(
        title="Shared bikes summit",
        introduction="Cities compare their shared bikes.",
        start=now + datetime.timedelta(days=30),
        topics=[mobility],
        host_city=berlin,
    )
    bike_workshop = EventPageFactory(
        title="Bike lanes workshop",
        introduction="Past workshop on shared bikes.",
        start=now - datetime.timedelta(days=30),
        topics=[mobility],
    )
    return {
        "mobility": mobility,
        "energy": energy,
        "berlin": berlin,
        "lisbon": lisbon,
        "bike_sharing": bike_sharing,
        "smart_grid": smart_grid,
        "bus_lanes": bus_lanes,
        "bike_summit": bike_summit,
        "bike_workshop": bike_workshop,
    }
