"""Does the public search find what visitors mean? The judged queries on the demo content.

Runs on the database of the test run: SQLite in `make test`, PostgreSQL when DATABASE_URL
names one (as CI does). The figures print per language and capability (visible with -s, and
in the terminal summary through tests/conftest.py); `python -m bench.relevance` prints them
outside the test suite.
"""

import pytest

from search.catalogue import get_catalogue
from tests.search.relevance.judgements import AWAITING_TRANSLATIONS, JUDGEMENTS
from tests.search.relevance.metrics import (
    TARGETS,
    by_language,
    database_description,
    english_slug,
    evaluate,
    report,
)

pytestmark = pytest.mark.django_db


def test_judged_pages_are_live_in_the_languages_searched(demo_database):
    """The judgements fit the content: without all languages, a relevant page must exist in the
    visitor's language, or the search could not show it."""
    catalogue = get_catalogue()
    languages_of = {
        english_slug(key, catalogue): set(versions)
        for key, versions in catalogue.translations.items()
    }
    wrong = [
        (judged.language, judged.query, slug)
        for judged in JUDGEMENTS
        for slug in sorted(judged.relevant)
        if slug not in languages_of
        or not (judged.all_languages or judged.language in languages_of[slug])
    ]
    assert wrong == []


def test_search_finds_what_visitors_mean(demo_database, record_property):
    outcomes = evaluate(JUDGEMENTS)
    text = report(outcomes, database_description())
    awaiting = report(evaluate(AWAITING_TRANSLATIONS), "the queries awaiting translations")
    text = f"{text}\n\n{awaiting}"
    print(f"\n{text}")
    # tests/conftest.py writes it to the terminal summary, with xdist too.
    record_property("terminal_summary", text)

    # In every language, and over all of them.
    below = [name for name, row in by_language(outcomes).items() if not row.meets_targets()]
    assert below == [], f"below the targets {TARGETS} (figures printed above)"
