"""The relevance measures on hand-made rankings, and the judged queries checked for coverage."""

from collections import Counter
from types import SimpleNamespace

import pytest

from demo import site_pages
from demo.case_studies import CASE_STUDIES
from demo.cities import CITIES
from demo.events import EVENTS
from demo.topics import TOPICS
from tests.search.relevance.judgements import JUDGEMENTS
from tests.search.relevance.metrics import (
    CAPABILITIES,
    LANGUAGES,
    Judged,
    Outcome,
    by_capability,
    by_language,
    english_slug,
    figures,
    misses,
    precision_at,
    reciprocal_rank,
    table,
)


def outcome(ranked, relevant, language="en", covers="topic"):
    return Outcome(Judged(language, "query", relevant, covers=covers), list(ranked))


class TestPrecisionAtFive:
    def test_counts_hits_among_the_first_five(self):
        ranked = ["a", "x", "b", "y", "z", "c"]
        assert precision_at(ranked, {"a", "b", "c", "d", "e", "f", "g"}) == 2 / 5

    def test_divides_by_the_number_of_relevant_pages_when_fewer_than_five(self):
        assert precision_at(["x", "a", "y", "b"], {"a", "b", "c"}) == 2 / 3
        assert precision_at(["a"], {"a"}) == 1

    def test_no_results_score_zero(self):
        assert precision_at([], {"a"}) == 0

    def test_is_undefined_when_nothing_is_relevant(self):
        assert precision_at(["a"], set()) is None


class TestReciprocalRank:
    def test_is_one_over_the_first_relevant_position(self):
        assert reciprocal_rank(["a", "b"], {"a"}) == 1
        assert reciprocal_rank(["x", "y", "b", "a"], {"a", "b"}) == 1 / 3

    def test_is_zero_without_a_relevant_result(self):
        assert reciprocal_rank(["x", "y"], {"a"}) == 0
        assert reciprocal_rank([], {"a"}) == 0

    def test_is_undefined_when_nothing_is_relevant(self):
        assert reciprocal_rank(["a"], set()) is None


class TestFigures:
    def test_means_over_the_queries_with_relevant_pages(self):
        outcomes = [
            outcome(["a", "b"], {"a", "b"}),  # P@5 1, RR 1
            outcome(["x", "a"], {"a"}),  # P@5 1, RR 1/2
            outcome([], {"a", "b"}),  # P@5 0, RR 0, no results
            outcome([], set()),  # must find nothing: right
            outcome(["x"], set()),  # must find nothing: a false positive
        ]
        result = figures(outcomes)
        assert result.queries == 5
        assert result.judged == 3
        assert result.precision == pytest.approx(2 / 3)
        assert result.mrr == pytest.approx(0.5)
        assert result.zero_result_rate == pytest.approx(1 / 3)
        assert result.must_find_nothing == 2
        assert result.false_positives == 1
        assert not result.meets_targets()

    def test_perfect_answers_meet_the_targets(self):
        result = figures([outcome(["a", "x"], {"a"}), outcome([], set())])
        assert (result.precision, result.mrr, result.zero_result_rate) == (1, 1, 0)
        assert result.meets_targets()

    def test_groups_by_language_and_capability_with_a_total(self):
        outcomes = [
            outcome(["a"], {"a"}, language="de", covers="typo"),
            outcome(["x"], {"a"}, language="en", covers="typo"),
            outcome([], set(), language="de", covers="nothing"),
        ]
        languages = by_language(outcomes)
        assert list(languages) == ["en", "de", "all"]
        assert languages["de"].precision == 1
        assert languages["en"].precision == 0
        assert languages["all"].precision == 0.5
        assert list(by_capability(outcomes)) == ["typo", "nothing", "all"]

    def test_table_and_misses(self):
        outcomes = [outcome(["a"], {"a"}), outcome(["x", "y"], {"a"}), outcome(["z"], set())]
        text = table(by_language(outcomes), "language")
        assert "| en | 3 | 0.50 | 0.50 | 0% | 1 | 1 |" in text
        assert "| all | 3 |" in text
        lines = misses(outcomes).splitlines()
        assert len(lines) == 2
        assert "P@5 0.00, RR 0.00; x, y" in lines[0]
        assert "found something; z" in lines[1]


def test_english_slug_of_a_translation_key():
    catalogue = SimpleNamespace(
        translations={"key": {"en": 1, "de": 2}, "german-only": {"de": 2}},
        documents={
            1: SimpleNamespace(url_path="/home/topics/digital-twins/"),
            2: SimpleNamespace(url_path="/startseite/themen/digitale-zwillinge/"),
        },
    )
    assert english_slug("key", catalogue) == "digital-twins"
    assert english_slug("german-only", catalogue).startswith("(no English page")


class TestJudgements:
    def test_enough_queries_in_every_language(self):
        counts = Counter(judged.language for judged in JUDGEMENTS)
        assert len(JUDGEMENTS) >= 64
        assert set(counts) == set(LANGUAGES)
        assert min(counts.values()) >= 16

    def test_every_capability_is_covered(self):
        assert {judged.covers for judged in JUDGEMENTS} == set(CAPABILITIES)
        assert sum(not judged.relevant for judged in JUDGEMENTS) >= 6
        assert all((judged.covers == "nothing") == (not judged.relevant) for judged in JUDGEMENTS)

    def test_every_query_is_judged_once(self):
        keys = Counter((j.language, j.query.lower(), j.all_languages) for j in JUDGEMENTS)
        assert [key for key, count in keys.items() if count > 1] == []

    def test_relevant_pages_are_demo_pages(self):
        slugs = {item["slug"] for items in (TOPICS, CITIES, CASE_STUDIES, EVENTS) for item in items}
        slugs |= {page["slug"] for page in (site_pages.ABOUT, site_pages.IMPRINT)}
        slugs |= {site_pages.PRIVACY["slug"]}
        unknown = {slug for judged in JUDGEMENTS for slug in judged.relevant} - slugs
        assert unknown == set()
