"""The analysis shared by the index and the queries (search/analysis.py), without a database."""

import pytest

from search.analysis import Analyzer, fold, words
from search.snippets import snippet
from search.vocabulary import edit_distance, max_typos


def same_terms(language, first, second):
    analyzer = Analyzer.of(language)
    return set(analyzer.terms(first)) & set(analyzer.terms(second))


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("en", "floods", "flood"),
        ("en", "cities", "city"),
        ("de", "Städte", "Stadt"),
        ("de", "Frühwarnsysteme", "Frühwarnsystem"),
        ("de", "Buergerhaushalt", "Bürgerhaushalt"),
        ("de", "Strasse", "Straße"),
        ("es", "participacion", "participación"),
        ("es", "públicos", "publico"),
        ("pt-br", "participacao", "participação"),
        ("pt-br", "orcamento", "Orçamento"),
    ],
)
def test_forms_of_a_word_share_a_term(language, first, second):
    assert same_terms(language, first, second)


def test_unrelated_words_share_no_term():
    assert not same_terms("en", "flood", "food")
    assert not same_terms("de", "Daten", "Stadt")


def test_folding_drops_accents_and_case():
    assert fold("Bürger") == "burger"
    assert fold("Straße") == "strasse"
    assert words("São Paulo, SDG 11.6!") == ["sao", "paulo", "sdg", "11.6"]


def test_numbers_with_dots_are_one_term_of_letters_and_digits():
    assert Analyzer.of("en").terms("targets 11.6 and 13.2") == ["target", "11d6", "13d2"]


def test_stop_words_are_left_out_unless_kept():
    assert Analyzer.of("de").terms("die Stadt und der Fluss") == ["stadt", "fluss"]
    assert Analyzer.of("de").terms("die und", keep_stopwords=True) == ["die", "und"]


def test_german_compounds_split_into_known_words_with_linking_letters():
    known = {"daten", "plattform", "verkehr", "planung", "fruh", "warn", "systeme"}
    german = Analyzer.of("de")
    assert german.split_compound("Datenplattform", known) == ["daten", "plattform"]
    assert german.split_compound("Verkehrsplanung", known) == ["verkehr", "planung"]
    assert german.split_compound("Frühwarnsysteme", known) == ["fruh", "warn", "systeme"]
    assert german.split_compound("Datenkrake", known) is None
    assert Analyzer.of("en").split_compound("Datenplattform", known) is None


def test_unknown_languages_are_analysed_as_english():
    assert Analyzer.of("fr").language == "en"
    assert Analyzer.of(None).language == "en"


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("goverance", "governance", 2) == 1
    assert edit_distance("zwilinge", "zwillinge", 2) == 1
    assert edit_distance("bikse", "bikes", 2) == 1
    assert edit_distance("lima", "paris", 2) == 3  # more than the limit: limit + 1
    assert [max_typos(word) for word in ("lim", "lima", "curitba")] == [0, 1, 2]


def test_the_snippet_is_the_passage_around_the_matches_escaped():
    text = (
        " ".join(["Intro words."] * 40)
        + " The <city> built flood barriers for floods. "
        + ("Tail. " * 40)
    )
    terms = set(Analyzer.of("en").terms("flood"))
    excerpt = snippet(text, terms, "en")
    assert excerpt.startswith("… ")
    assert "<mark>flood</mark> barriers for <mark>floods</mark>" in excerpt
    assert "&lt;city&gt;" in excerpt
    assert "<city>" not in excerpt
    assert snippet(text, {"nothing"}, "en") == ""


def test_the_snippet_marks_words_found_by_folding():
    terms = set(Analyzer.of("pt-br").terms("participacao"))
    assert "<mark>participação</mark>" in snippet("A participação cidadã.", terms, "pt-br")


def test_the_snippet_reads_the_opening_of_a_long_text_only():
    text = "Opening words. " * 400 + "A flood at the very end."
    assert snippet(text, set(Analyzer.of("en").terms("flood")), "en") == ""
    short = snippet("Floods.", set(Analyzer.of("en").terms("flood")), "en")
    assert short == "<mark>Floods</mark>."
