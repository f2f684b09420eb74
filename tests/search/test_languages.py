"""Searching in the visitor's language, in all languages, and editors' picks per language."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from tests.casestudies.factories import CaseStudyPageFactory
from tests.helpers import translate
from tests.search.helpers import run_search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def solar(home):
    """A case study written in English and translated into German; another one only in English."""
    study = CaseStudyPageFactory(title="Solar roofs for schools", summary="Solar on every school.")
    translate(study, "de", title="Solardächer für Schulen", summary="Solar auf jeder Schule.")
    CaseStudyPageFactory(title="Solar street lights", summary="Solar lamps.")
    return study


def test_this_language_is_the_default(client, solar):
    assert sorted(titles(run_search(client, "de", q="solar"))) == ["Solardächer für Schulen"]
    assert sorted(titles(run_search(client, "en", q="solar"))) == [
        "Solar roofs for schools",
        "Solar street lights",
    ]


def test_all_languages_shows_each_piece_of_knowledge_once(client, solar):
    outcome = run_search(client, "de", q="solar", lang="all")
    assert sorted(titles(outcome)) == ["Solar street lights", "Solardächer für Schulen"]
    labels = {result.document.title: result.other_language for result in outcome.results}
    # The translation is shown in the visitor's language; the other in its own, labelled.
    assert labels == {"Solardächer für Schulen": "", "Solar street lights": "Englisch"}
    html = client.get("/de/search/", {"q": "solar", "lang": "all"}).content.decode()
    assert 'lang="en" hreflang="en">Solar street lights' in html


def test_all_languages_prefers_the_visitor_language_even_if_only_another_matched(client, solar):
    outcome = run_search(client, "de", q="roofs", lang="all")
    assert titles(outcome) == ["Solardächer für Schulen"]


def test_promotions_show_above_results_in_their_language_only(client, solar):
    german = solar.get_translation(Locale.objects.get(language_code="de"))
    query = Query.get("solar")
    SearchPromotion.objects.create(query=query, page=german, description="Unsere Empfehlung")
    SearchPromotion.objects.create(query=query, page=solar, description="Our pick")

    german_outcome = run_search(client, "de", q="Solar")
    assert [p["title"] for p in german_outcome.promotions] == ["Solardächer für Schulen"]
    # A promoted page is not repeated among the organic results.
    assert "Solardächer für Schulen" not in titles(german_outcome)
    html = client.get("/de/search/", {"q": "solar"}).content.decode()
    assert "Unsere Empfehlung" in html
    assert "Our pick" not in html

    english_outcome = run_search(client, "en", q="solar")
    assert [p["description"] for p in english_outcome.promotions] == ["Our pick"]


def test_a_promotion_shows_even_when_nothing_else_matches(client, solar):
    SearchPromotion.objects.create(query=Query.get("energy transition"), page=solar)
    outcome = run_search(client, "en", q="energy transition")
    assert [p["title"] for p in outcome.promotions] == ["Solar roofs for schools"]
