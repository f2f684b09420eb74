import pytest

from tests.helpers import shared_content
from tests.search.factories import knowledge_base
from tests.search.helpers import counts, run_search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def knowledge(django_db_setup, django_db_blocker):
    """The knowledge base of tests/search/conftest.py, made once: no test here changes it."""
    with shared_content(django_db_blocker):
        yield knowledge_base()


def test_type_facet_counts_and_filters(client, knowledge):
    everything = run_search(client, q="bikes")
    assert counts(everything, "type") == {"Case studies": 3, "Events": 2}
    events = run_search(client, q="bikes", type="event")
    assert sorted(titles(events)) == ["Bike lanes workshop", "Shared bikes summit"]
    # A facet's own counts ignore its own choice, so the other options stay visible.
    assert counts(events, "type") == {"Case studies": 3, "Events": 2}


def test_topic_facet_uses_topic_ids_and_counts_across_types(client, knowledge):
    mobility = knowledge["mobility"]
    outcome = run_search(client, q="bikes", topic=mobility.pk)
    assert sorted(titles(outcome)) == [
        "Bike lanes workshop",
        "Bike sharing network",
        "Bus lanes on demand",
        "Shared bikes summit",
    ]
    assert counts(outcome, "topic") == {"Mobility": 4, "Energy": 2}


def test_values_within_a_facet_are_alternatives(client, knowledge):
    outcome = run_search(
        client, q="bikes", topic=[knowledge["mobility"].pk, knowledge["energy"].pk]
    )
    assert outcome.total == 5


def test_facets_combine_and_counts_follow_the_other_filters(client, knowledge):
    outcome = run_search(client, q="bikes", country="PT", maturity="pilot")
    assert sorted(titles(outcome)) == ["Bus lanes on demand", "Smart grid for districts"]
    # Counts of each facet apply every other active filter.
    assert counts(outcome, "country") == {"Portugal": 2}
    assert counts(outcome, "maturity") == {"Pilot": 2}
    assert counts(outcome, "type") == {"Case studies": 2}
    outcome = run_search(client, q="bikes", country="DE", maturity="pilot")
    assert outcome.total == 0
    assert counts(outcome, "country") == {"Portugal": 2, "Germany": 0}


def test_sdg_target_facet(client, knowledge):
    outcome = run_search(client, q="bikes", sdg="11.2")
    assert sorted(titles(outcome)) == ["Bike sharing network", "Bus lanes on demand"]
    assert counts(outcome, "sdg")["11.6 Reduce the adverse environmental impact of cities"] == 1


def test_city_facet(client, knowledge):
    outcome = run_search(client, q="bikes", city=knowledge["lisbon"].pk)
    assert sorted(titles(outcome)) == ["Bus lanes on demand", "Smart grid for districts"]
    assert counts(outcome, "city") == {"Lisbon": 2, "Berlin": 2}


def test_year_range_overlaps_project_years(client, knowledge):
    outcome = run_search(client, q="bikes", year_from="2016", year_to="2021")
    # 2015-2019 overlaps, 2021 is inside, 2023 is after; the events are in this year.
    assert "Bike sharing network" in titles(outcome)
    assert "Smart grid for districts" in titles(outcome)
    assert "Bus lanes on demand" not in titles(outcome)
    reversed_range = run_search(client, q="bikes", year_from="2021", year_to="2016")
    assert reversed_range.total == outcome.total


def test_upcoming_and_past_events(client, knowledge):
    upcoming = run_search(client, q="bikes", when="upcoming")
    assert titles(upcoming) == ["Shared bikes summit"]
    past = run_search(client, q="bikes", when="past")
    assert titles(past) == ["Bike lanes workshop"]
    assert counts(upcoming, "when") == {"Upcoming events": 1, "Past events": 1}


def test_filters_without_words_browse_the_knowledge_base(client, knowledge):
    outcome = run_search(client, type="city")
    assert sorted(titles(outcome)) == ["Berlin", "Lisbon"]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "spaceship"},
        {"topic": "not-a-number"},
        {"topic": "999999999"},
        {"sdg": "99.9"},
        {"country": "XX"},
        {"maturity": "legendary"},
        {"when": "tomorrow"},
        {"year_from": "-5", "year_to": "99999999999"},
        {"sort": "random"},
        {"view": "3d"},
        {"lang": "klingon"},
    ],
)
def test_unknown_facet_values_are_ignored(client, knowledge, params):
    outcome = run_search(client, q="bikes", **params)
    assert outcome.total == 5


def test_topic_of_the_wrong_kind_is_ignored(client, knowledge):
    outcome = run_search(client, q="bikes", topic=knowledge["berlin"].pk)
    assert outcome.total == 5


def test_chosen_filters_are_listed_with_links_that_remove_them(client, knowledge):
    response = client.get("/en/search/", {"q": "bikes", "country": ["PT", "DE"]})
    chosen = response.context["active_filters"]
    assert [(item["facet"], item["label"]) for item in chosen] == [
        ("Country", "Germany"),
        ("Country", "Portugal"),
    ]
    assert "country=PT" in chosen[0]["url"]
    assert "country=DE" not in chosen[0]["url"]
