"""A case study is found by its structured values as text, in every language (issue #14)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search import index

from casestudies.choices import Licence, Maturity
from casestudies.keywords import licence_keywords, sdg_keywords
from casestudies.models import CaseStudyPage
from casestudies.sdg import SDG_GOALS, SDG_TARGETS, sdg_goal
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import translate
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def case_study():
    lima = CityPageFactory(title="Lima", country="PE", region="Lima Metropolitana")
    return CaseStudyPageFactory(
        title="Open budget",
        city=lima,
        topics=[TopicPageFactory(title="Participatory budgeting")],
        sdg_targets=["11.6", "16.7"],
        maturity=Maturity.IMPLEMENTED,
        licence=Licence.AGPL3,
        repository_url="https://example.org/open-budget",
    )


def lines_of(page):
    return page.search_keywords().splitlines()


def test_search_keywords_is_a_search_field():
    names = {field.field_name for field in CaseStudyPage.get_searchable_search_fields()}
    assert "search_keywords" in names


def test_country_in_every_language_with_its_iso_codes(case_study):
    lines = lines_of(case_study)
    assert {"Peru", "Perú", "PE", "PER"} <= set(lines)
    # German and Portuguese say "Peru" too: each value once.
    assert lines.count("Peru") == 1


def test_city_region_and_topics(case_study):
    assert {"Lima", "Lima Metropolitana", "Participatory budgeting"} <= set(lines_of(case_study))


def test_sdg_targets_goals_and_their_names(case_study):
    lines = set(lines_of(case_study))
    assert {"11.6", "SDG 11", "16.7", "SDG 16", "ODS 11"} <= lines
    assert {"Sustainable cities and communities", "Ciudades y comunidades sostenibles"} <= lines
    assert {"Nachhaltige Städte und Gemeinden", "Cidades e comunidades sustentáveis"} <= lines
    assert "Reduce the adverse environmental impact of cities" in lines
    assert "Umweltbelastung durch Städte senken" in lines


def test_licence_by_identifier_family_and_name(case_study):
    lines = set(lines_of(case_study))
    assert {"AGPL-3.0-or-later", "AGPL-3.0", "AGPL"} <= lines
    assert {"GNU Affero General Public License v3.0 or later", "AGPL 3.0 oder später"} <= lines


def test_labels_in_every_language(case_study):
    lines = set(lines_of(case_study))
    # Maturity, format and government level.
    assert {"Implemented", "Umgesetzt", "Implementado"} <= lines
    assert {"Case study", "Fallstudie", "Estudio de caso", "Estudo de caso"} <= lines
    assert "Kommunale Ebene" in lines


def test_no_licence_no_sdgs_no_city():
    page = CaseStudyPageFactory(country="BR", licence="", sdg_targets=[])
    lines = set(lines_of(page))
    assert {"Brazil", "Brasilien", "Brasil", "BR", "BRA"} <= lines
    assert not any(line.startswith(("SDG", "ODS")) for line in lines)
    assert licence_keywords(Licence.OTHER) == []


def test_every_goal_of_the_targets_has_a_name():
    assert {sdg_goal(code) for code, _label in SDG_TARGETS} == set(SDG_GOALS)
    assert sdg_keywords(["9.c"])[:2] == ["9.c", "SDG 9"]


def test_a_translation_is_found_by_its_topics_english_titles(case_study):
    topic = case_study.topics.get()
    translate(topic, "de", title="Bürgerhaushalt")
    german = translate(case_study, "de")
    indexed = CaseStudyPage.get_indexed_objects().get(pk=german.pk)
    lines = set(lines_of(indexed))
    assert {"Bürgerhaushalt", "Participatory budgeting", "Peru"} <= lines


def count_indexing_queries(page):
    with CaptureQueriesContext(connection) as queries:
        index.insert_or_update_object(page)
    return len(queries)


def test_indexing_costs_no_query_per_sdg_target():
    one = CaseStudyPageFactory(sdg_targets=["11.6"])
    five = CaseStudyPageFactory(sdg_targets=["7.2", "9.1", "11.3", "11.6", "13.2"])
    one, five = (CaseStudyPage.objects.get(pk=page.pk) for page in (one, five))
    assert count_indexing_queries(one) == count_indexing_queries(five)


def test_indexed_objects_bring_their_keywords_in_a_fixed_number_of_queries(
    django_assert_max_num_queries,
):
    def keywords_queries():
        with CaptureQueriesContext(connection) as queries:
            for page in CaseStudyPage.get_indexed_objects():
                page.search_keywords()
                page.sdg_codes()
        return len(queries)

    CaseStudyPageFactory(city=CityPageFactory(country="PE"), sdg_targets=["11.6"])
    one = keywords_queries()
    for _number in range(4):
        CaseStudyPageFactory(city=CityPageFactory(), sdg_targets=["7.2", "11.3", "13.2"])
    with django_assert_max_num_queries(one):
        keywords_queries()
