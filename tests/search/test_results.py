"""What a result shows, how results are ranked and sorted, and what never appears."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.casestudies.factories import CaseStudyPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import make_private
from tests.home.factories import ContentPageFactory
from tests.search.helpers import run_search, titles
from tests.workspace.factories import WorkspacePageFactory

pytestmark = pytest.mark.django_db


def test_a_title_match_ranks_above_a_body_match(client, home):
    CaseStudyPageFactory(
        title="Open data portal",
        summary="A portal for city data.",
        approach="<p>Citizens asked for composting advice, the portal answers.</p>",
    )
    CaseStudyPageFactory(title="Composting in every district", summary="Green waste collection.")
    assert titles(run_search(client, q="composting")) == [
        "Composting in every district",
        "Open data portal",
    ]


def test_a_result_shows_type_excerpt_with_highlights_and_key_facts(client, knowledge):
    response = client.get("/en/search/", {"q": "grid"})
    result = response.context["outcome"].results[0]
    assert result.document.title == "Smart grid for districts"
    assert str(result.type_label) == "Case study"
    assert "<mark>grid</mark>" in result.excerpt
    assert result.facts == ["Lisbon", "Portugal", "2021"]
    html = response.content.decode()
    assert 'class="tag">Case study<' in html
    assert "<mark>grid</mark>" in html
    assert f'href="{knowledge["smart_grid"].url}"' in html


def test_event_results_show_their_dates(client, knowledge):
    outcome = run_search(client, q="summit")
    summit = knowledge["bike_summit"]
    assert (
        outcome.results[0].facts[0].startswith(str(summit.start.day))
        or str(summit.start.year) in outcome.results[0].facts[0]
    )
    assert "Berlin" in outcome.results[0].facts


def test_excerpts_are_escaped(client, home):
    CaseStudyPageFactory(title="Escaping test", summary="<script>alert('x')</script> escaping")
    html = client.get("/en/search/", {"q": "escaping"}).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_city_names_find_their_case_studies(client, knowledge):
    assert "Bike sharing network" in titles(run_search(client, q="berlin"))


def test_sort_by_date_puts_newest_first(client, home):
    older = CaseStudyPageFactory(title="Heat map of the old town")
    newer = CaseStudyPageFactory(title="Heat map of the harbour")
    Page.objects.filter(pk=older.pk).update(first_published_at="2020-01-01T00:00Z")
    Page.objects.filter(pk=newer.pk).update(first_published_at="2024-01-01T00:00Z")
    older.save()  # a save tells the search catalogue to reload
    assert titles(run_search(client, q="heat map", sort="date")) == [
        "Heat map of the harbour",
        "Heat map of the old town",
    ]


def test_drafts_private_and_workspace_pages_never_appear(client, home):
    draft = CaseStudyPageFactory(title="Hidden draft about tramways")
    draft.unpublish()
    private = ContentPageFactory(title="Private notes about tramways")
    make_private(private)
    workspace = WorkspacePageFactory()
    CaseStudyPageFactory(title="Public tramways study")
    outcome = run_search(client, q="tramways")
    assert titles(outcome) == ["Public tramways study"]
    assert workspace.title not in titles(run_search(client, q=workspace.title))


def test_results_follow_publish_unpublish_move_and_delete(client, home, knowledge):
    study = CaseStudyPageFactory(title="Rainwater harvesting roofs")
    assert titles(run_search(client, q="rainwater")) == ["Rainwater harvesting roofs"]

    study.title = "Rainwater gardens"
    study.save_revision().publish()
    assert titles(run_search(client, q="rainwater")) == ["Rainwater gardens"]

    study.unpublish()
    assert run_search(client, q="rainwater").total == 0

    study.save_revision().publish()
    assert run_search(client, q="rainwater").total == 1

    other_index = ContentPageFactory(title="Archive")
    # Case studies live only under a case-study index: move it to a second one.
    from tests.casestudies.factories import CaseStudyIndexPageFactory

    second_index = CaseStudyIndexPageFactory(parent=other_index, slug="archived")
    study.move(second_index, pos="last-child")
    result = run_search(client, q="rainwater").results[0]
    assert result.url.startswith("/en/archive/archived/")

    study.delete()
    assert run_search(client, q="rainwater").total == 0


def test_pagination_keeps_the_whole_state_in_the_url(client, home):
    for number in range(15):
        CaseStudyPageFactory(title=f"Noise sensor {number}", country="PT")
    first = client.get("/en/search/", {"q": "noise", "country": "PT"})
    html = first.content.decode()
    assert 'href="?q=noise&amp;country=PT&amp;page=2"' in html
    second = run_search(client, q="noise", country="PT", page="2")
    assert len(second.results) == 3
    assert second.results.number == 2


def test_without_a_query_popular_topics_help_to_start(client, knowledge):
    response = client.get("/en/search/")
    outcome = response.context["outcome"]
    assert [topic["title"] for topic in outcome.popular_topics] == ["Mobility", "Energy"]
    assert "Popular topics" in response.content.decode()
    assert response.context["searched"] is False


def test_a_typo_is_corrected_at_once_keeping_the_language_and_filters(client, knowledge):
    params = {"q": "bikse sharing", "lang": "all", "type": "case-study"}
    response = client.get("/en/search/", params)
    outcome = response.context["outcome"]
    assert outcome.corrected in {"bikes sharing", "bike sharing"}
    assert "Bike sharing network" in titles(outcome)
    html = response.content.decode()
    assert f"Showing results for <strong>{outcome.corrected}</strong>" in html
    # "Search instead for" keeps every other parameter and turns the correction off.
    link = re.search(r'<a href="([^"]+)">search instead for bikse sharing</a>', html)
    assert link
    assert "lang=all" in link.group(1)
    assert "type=case-study" in link.group(1)
    # As typed, only "sharing" matches.
    exact = run_search(client, q="bikse sharing", lang="all", type="case-study", exact="1")
    assert exact.corrected == ""
    assert exact.partial


def test_a_correction_without_results_is_never_offered(client, knowledge):
    outcome = run_search(client, q="qwxyzt")
    assert outcome.total == 0
    assert outcome.corrected == ""
    response = client.get("/en/search/", {"q": "qwxyzt"})
    assert "Popular topics" in response.content.decode()


def test_partial_matches_rank_pages_with_more_words_first(client, knowledge):
    outcome = run_search(client, q="shared bikes zeppelin")
    assert outcome.partial
    assert titles(outcome)[0] == "Shared bikes summit"
    assert "Smart grid for districts" in titles(outcome)  # "shared bikes" in its summary
    html = client.get("/en/search/", {"q": "shared bikes zeppelin"}).content.decode()
    assert "contain some of them" in html


def test_the_map_view_places_cities_and_case_studies(client, knowledge):
    response = client.get("/en/search/", {"q": "lisbon", "view": "map"})
    points = response.context["outcome"].map_points
    assert {point["label"] for point in points} >= {"Lisbon"}
    assert all(point["kind"] in {"city", "case-study"} for point in points)
    html = response.content.decode()
    assert "<svg" in html
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
        "http://www.w3.org", ""
    )


def test_the_map_view_places_events_at_their_host_city(client, knowledge):
    EventPageFactory(
        title="Harbour data day",
        introduction="Open data by the river.",
        start=timezone.now() + datetime.timedelta(days=3),
        host_city=knowledge["lisbon"],
    )
    response = client.get("/en/search/", {"q": "harbour", "view": "map"})
    [point] = response.context["outcome"].map_points
    assert point["kind"] == "event"
    assert (point["label"], point["place"]) == ("Harbour data day", "Lisbon")
    assert float(point["latitude"]) == pytest.approx(38.7223)
    html = response.content.decode()
    assert "results-map__marker results-map__marker--event" in html
    assert "Harbour data day</a> (event)" in html


def test_searches_are_counted_in_the_query_log(client, knowledge):
    from search.models import SearchQueryStat

    client.get("/en/search/", {"q": "Bikes"})
    client.get("/en/search/", {"q": "bikes", "page": "2"})
    client.get("/de/search/", {"q": "nothing-like-this"})
    english = SearchQueryStat.objects.get(query="bikes", language_code="en")
    assert english.hits == 1
    assert english.zero_result_hits == 0
    german = SearchQueryStat.objects.get(language_code="de")
    assert german.zero_result_hits == 1


def test_searches_bypass_the_page_cache_so_each_is_counted(client, knowledge, settings):
    from search.models import SearchQueryStat

    settings.ISCN_PAGE_CACHE_SECONDS = 60
    client.get("/en/search/", {"q": "bikes"})
    second = client.get("/en/search/", {"q": "bikes"})
    assert "private" in second["Cache-Control"]
    assert second.get("X-Page-Cache") != "hit"
    assert SearchQueryStat.objects.get(query="bikes").hits == 2


def test_case_studies_of_one_city_share_a_marker_that_narrows_the_search(client, knowledge):
    points = run_search(client, q="bikes", view="map").map_points
    lisbon = next(point for point in points if point.get("place") == "Lisbon")
    assert lisbon["count"] == 2
    assert f"city={knowledge['lisbon'].pk}" in lisbon["url"]
    assert "view=" not in lisbon["url"]


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; YandexBot/3.0)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp)",
        "facebookexternalhit/1.1",
        "Sogou web spider/4.0",
        "CCBot/2.0 (https://commoncrawl.org/faq/)",
    ],
)
def test_crawlers_searches_are_answered_but_not_counted(client, knowledge, user_agent):
    from search.models import SearchQueryStat

    response = client.get("/en/search/", {"q": "bikes"}, headers={"User-Agent": user_agent})
    assert response.status_code == 200
    assert response.context["outcome"].total > 0
    assert not SearchQueryStat.objects.exists()


def test_a_browsers_search_is_counted(client, knowledge):
    from search.models import SearchQueryStat

    firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0"
    client.get("/en/search/", {"q": "bikes"}, headers={"User-Agent": firefox})
    assert SearchQueryStat.objects.get().hits == 1
