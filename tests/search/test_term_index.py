"""The site search's own index (search/indexing.py) and the query pipeline over it, on the
suite's database: SQLite in `make test`, PostgreSQL in CI."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.operations import TranslationCreator

from search.models import SearchDocument, SearchWord
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import make_private, translate
from tests.home.factories import ContentPageFactory
from tests.search.helpers import run_search, titles
from tests.workspace.factories import WorkspacePageFactory

pytestmark = pytest.mark.django_db


def word_count(word, language="en"):
    row = SearchWord.objects.filter(language=language, word=word).first()
    return row.documents if row else 0


def test_publishing_indexes_and_unpublishing_removes_with_the_vocabulary(home):
    study = CaseStudyPageFactory(title="Flood sensors", summary="Sensors warn of rising rivers.")
    document = SearchDocument.objects.get(pk=study.pk)
    assert document.language == "en"
    assert "flood" in document.title_terms.split()
    assert "Sensors warn of rising rivers." in document.text
    assert word_count("rivers") == 1

    study.unpublish()
    assert not SearchDocument.objects.filter(pk=study.pk).exists()
    assert word_count("rivers") == 0


def test_deleting_a_page_takes_it_out(home):
    study = CaseStudyPageFactory(title="Flood sensors")
    study.delete()
    assert not SearchDocument.objects.filter(pk=study.pk).exists()
    assert word_count("sensors") == 0


def test_only_searchable_page_types_are_indexed(home):
    workspace = WorkspacePageFactory(title="Working group minutes")
    assert not SearchDocument.objects.filter(pk=workspace.pk).exists()


def test_a_rebuild_drops_what_is_gone_and_keeps_the_rest(home):
    kept = CaseStudyPageFactory(title="Flood sensors")
    gone = CaseStudyPageFactory(title="Heat maps")
    # Left behind, as if deleted while the index was not listening.
    SearchDocument.objects.filter(pk=gone.pk).update(page=home)
    call_command("update_index", backend_name="terms", verbosity=0)
    assert set(SearchDocument.objects.values_list("pk", flat=True)) >= {kept.pk, gone.pk}
    assert not SearchDocument.objects.filter(pk=home.pk).exists()


def test_structured_values_are_found_as_words(client, home):
    lima = CityPageFactory(title="Lima", country="PE")
    study = CaseStudyPageFactory(title="Bus data model", city=lima, sdg_targets=["11.2"])
    study.save_revision().publish()
    assert set(titles(run_search(client, q="Perú"))) == {"Lima", "Bus data model"}
    assert titles(run_search(client, q="SDG 11.2")) == ["Bus data model"]
    assert titles(run_search(client, q="11.2")) == ["Bus data model"]


def test_german_is_found_folded_stemmed_and_decompounded(client, home):
    study = CaseStudyPageFactory(
        title="Digital participatory budget",
        summary="Every district votes.",
    )
    translate(
        study,
        "de",
        title="Digitaler Bürgerhaushalt",
        summary="Jeder Stadtbezirk stimmt über Straßen und Daten der Plattform ab.",
    )
    for query in ("Buergerhaushalt", "bürgerhaushalts", "Strasse", "Datenplattform"):
        assert titles(run_search(client, "de", q=query)) == ["Digitaler Bürgerhaushalt"], query


def test_a_typo_is_corrected_to_a_word_of_a_visible_page_only(client, home):
    private = ContentPageFactory(title="Zeppelin hangar plans")
    make_private(private)
    CaseStudyPageFactory(title="Governance of urban data")
    assert run_search(client, q="goverance").corrected == "governance"
    # "zepelin" is one typo from a word that only a private page holds: nothing is offered.
    outcome = run_search(client, q="zepelin")
    assert (outcome.total, outcome.corrected) == (0, "")


def test_all_languages_translates_words_through_the_translation_memory(client, home):
    source = CaseStudyPageFactory(title="Public transport data", summary="Open public transport.")
    spanish = Locale.objects.get(language_code="es")
    # A translator's work in wagtail-localize, not yet published: only the strings exist.
    TranslationCreator(None, [spanish]).create_translations(source)
    translated = {
        "Public transport data": "Datos de transporte público",
        "Open public transport.": "Transporte público abierto.",
    }
    for segment in StringSegment.objects.filter(source__object_id=source.translation_key):
        if segment.string.data in translated:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=spanish,
                context=segment.context,
                data=translated[segment.string.data],
            )
    CaseStudyPageFactory(title="Public transport timetables", summary="Buses on time.")
    assert run_search(client, "es", q="transporte público").total == 0
    outcome = run_search(client, "es", q="transporte público", lang="all")
    assert set(titles(outcome)) == {"Public transport data", "Public transport timetables"}
    assert all(result.other_language for result in outcome.results)


def test_all_languages_prefers_the_english_original_to_other_translations(client, home):
    study = CaseStudyPageFactory(title="Solar roofs", summary="Solar panels on schools.")
    translate(study, "de", title="Solardächer", summary="Solar auf Schulen.")
    outcome = run_search(client, "es", q="solar", lang="all")
    assert titles(outcome) == ["Solar roofs"]


def test_an_exact_title_comes_first(client, home):
    CaseStudyPageFactory(title="Bus lanes in Lima", summary="Lima Lima Lima.")
    CityPageFactory(title="Lima")
    assert titles(run_search(client, q="lima"))[0] == "Lima"
