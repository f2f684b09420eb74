import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import make_private, translate
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def suggestions(client, query, language="en"):
    response = client.get(f"/{language}/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_are_suggested_from_the_first_letters(client, home):
    study = CaseStudyPageFactory(title="Participatory budgeting")
    CaseStudyPageFactory(title="Parking sensors")
    CaseStudyPageFactory(title="Street lighting")
    found = suggestions(client, "parti")
    assert found == [{"title": "Participatory budgeting", "url": study.url, "type": "Case study"}]
    assert {item["title"] for item in suggestions(client, "par")} == {
        "Participatory budgeting",
        "Parking sensors",
    }


def test_short_empty_and_hostile_input_gives_no_suggestions(client, home):
    CaseStudyPageFactory(title="Participatory budgeting")
    for query in ("", " ", "p", "\x00", "'; DROP TABLE x; --", "🚲" * 500):
        assert isinstance(suggestions(client, query), list)


def test_only_public_pages_of_the_language_are_suggested(client, home):
    private = ContentPageFactory(title="Parliament minutes")
    make_private(private)
    draft = CaseStudyPageFactory(title="Parliament app")
    draft.unpublish()
    assert suggestions(client, "parlia") == []


def test_a_language_without_the_page_gets_the_english_original(client, home):
    study = CaseStudyPageFactory(title="Participatory budgeting")
    found = suggestions(client, "parti", language="de")
    assert found == [
        {"title": "Participatory budgeting", "url": study.url, "type": "Fallstudie", "lang": "en"}
    ]
    translate(study, "de", title="Bürgerhaushalt")
    assert [item["title"] for item in suggestions(client, "bürger", language="de")] == [
        "Bürgerhaushalt"
    ]
    assert suggestions(client, "parti", language="de") == []


def test_accents_case_and_one_typo_do_not_matter(client, home):
    CaseStudyPageFactory(title="Orçamento participativo digital")
    CityPageFactory(title="Curitiba", country="BR")
    for typed in ("orç", "ORC", "orcamento part", "curitba", "curit"):
        assert suggestions(client, typed), typed
    assert suggestions(client, "orcamento xyz") == []


def test_the_exact_title_comes_first_then_titles_that_begin_with_it(client, home):
    CaseStudyPageFactory(title="Urban data platform of Hamburg")
    CaseStudyPageFactory(title="Hamburg harbour sensors")
    CityPageFactory(title="Hamburg", country="DE")
    assert [item["title"] for item in suggestions(client, "ham")] == [
        "Hamburg",
        "Hamburg harbour sensors",
        "Urban data platform of Hamburg",
    ]


def test_countries_of_the_knowledge_base_are_suggested_as_filters(client, home):
    CityPageFactory(title="Lima", country="PE")
    found = suggestions(client, "perú", language="es")
    assert {"title": "Perú", "url": "/es/search/?country=PE", "type": "País"} in found
    assert suggestions(client, "per")[0]["url"] == "/en/search/?country=PE"
    # Only countries with content: nothing for France.
    assert suggestions(client, "fran") == []


def test_suggestions_are_capped(client, home):
    for number in range(12):
        CaseStudyPageFactory(title=f"Parking study {number}")
    assert len(suggestions(client, "parking")) == 8


def test_the_search_field_is_an_accessible_combobox_when_enhanced(client, home):
    html = client.get("/en/search/").content.decode()
    assert 'data-suggest-url="/en/search/suggest/"' in html
    assert 'src="/static/js/search-suggest.js"' in html
