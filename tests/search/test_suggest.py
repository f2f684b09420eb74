import pytest

from tests.casestudies.factories import CaseStudyPageFactory
from tests.helpers import make_private
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
    assert suggestions(client, "parti", language="de") == []


def test_suggestions_are_capped(client, home):
    for number in range(12):
        CaseStudyPageFactory(title=f"Parking study {number}")
    assert len(suggestions(client, "parking")) == 8


def test_the_search_field_is_an_accessible_combobox_when_enhanced(client, home):
    html = client.get("/en/search/").content.decode()
    assert 'data-suggest-url="/en/search/suggest/"' in html
    assert 'src="/static/js/search-suggest.js"' in html
