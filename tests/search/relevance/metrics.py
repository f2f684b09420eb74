"""How well the public search answers the judged queries of judgements.py.

- precision at 5: relevant pages among the first five / min(5, number of relevant pages);
- reciprocal rank: 1 / position of the first relevant page (0 if none on the first page of
  results);
- zero-result rate: the share of queries with relevant pages that return nothing at all;
- false positives: queries that must find nothing but return something.

A page is named by the slug of its English original (translations share its translation key),
so one judgement holds whichever language the search shows a page in. Editors' promotions
count ahead of the results, as the search page shows them. The measure functions are pure;
`evaluate` runs the queries through `search.engine.search` on the current database.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.utils import translation

from search.catalogue import get_catalogue
from search.engine import search
from search.query import SearchParams

TOP = 5
LANGUAGES = ("en", "de", "es", "pt-br")
# What the search must reach (issue #14, point 10).
TARGETS = {"precision": 0.8, "mrr": 0.9, "zero_result_rate": 0.05, "false_positives": 0}
# The capabilities a judged query can cover (Judged.covers), in the order of the report.
CAPABILITIES = (
    "stemming",
    "accent folding",
    "umlaut folding",
    "decompounding",
    "typo",
    "partial match",
    "country",
    "iso code",
    "sdg",
    "licence",
    "maturity",
    "format",
    "partner",
    "region",
    "cross-language",
    "city",
    "topic",
    "nothing",
)


@dataclass(frozen=True)
class Judged:
    """A visitor's query on the site in `language`, judged against the demo content.

    `relevant`: English slugs of every page that answers it (empty: the site must find
    nothing). Without `all_languages`, only pages live in `language` can be relevant.
    """

    language: str
    query: str
    relevant: frozenset
    all_languages: bool = False
    covers: str = ""

    def __post_init__(self):
        object.__setattr__(self, "relevant", frozenset(self.relevant))


def precision_at(ranked, relevant, k=TOP):
    """Relevant pages among the first `k` / min(k, |relevant|); None when nothing is relevant."""
    if not relevant:
        return None
    return len(set(ranked[:k]) & set(relevant)) / min(k, len(relevant))


def reciprocal_rank(ranked, relevant):
    """1 / position of the first relevant page, 0 if there is none; None when nothing is."""
    if not relevant:
        return None
    for position, key in enumerate(ranked, start=1):
        if key in relevant:
            return 1 / position
    return 0.0


@dataclass
class Outcome:
    """What the search returned for one judged query: English slugs, best first."""

    judged: Judged
    ranked: list = field(default_factory=list)

    @property
    def precision(self):
        return precision_at(self.ranked, self.judged.relevant)

    @property
    def reciprocal_rank(self):
        return reciprocal_rank(self.ranked, self.judged.relevant)

    @property
    def zero_results(self):
        return bool(self.judged.relevant) and not self.ranked

    @property
    def false_positive(self):
        return not self.judged.relevant and bool(self.ranked)

    @property
    def perfect(self):
        if not self.judged.relevant:
            return not self.ranked
        return self.precision == 1 and self.reciprocal_rank == 1


@dataclass(frozen=True)
class Figures:
    """The measures over a group of outcomes; means over the queries with relevant pages."""

    queries: int
    judged: int
    precision: float | None
    mrr: float | None
    zero_result_rate: float | None
    must_find_nothing: int
    false_positives: int

    def meets_targets(self):
        return (
            (self.precision is None or self.precision >= TARGETS["precision"])
            and (self.mrr is None or self.mrr >= TARGETS["mrr"])
            and (
                self.zero_result_rate is None
                or self.zero_result_rate <= TARGETS["zero_result_rate"]
            )
            and self.false_positives <= TARGETS["false_positives"]
        )


def _mean(values):
    values = list(values)
    return sum(values) / len(values) if values else None


def figures(outcomes):
    outcomes = list(outcomes)
    judged = [outcome for outcome in outcomes if outcome.judged.relevant]
    nothing = [outcome for outcome in outcomes if not outcome.judged.relevant]
    return Figures(
        queries=len(outcomes),
        judged=len(judged),
        precision=_mean(outcome.precision for outcome in judged),
        mrr=_mean(outcome.reciprocal_rank for outcome in judged),
        zero_result_rate=_mean(float(outcome.zero_results) for outcome in judged),
        must_find_nothing=len(nothing),
        false_positives=sum(outcome.false_positive for outcome in nothing),
    )


def figures_by(outcomes, key, order=()):
    """{group: Figures}, groups in `order` first, then as they come; "all" last."""
    groups = defaultdict(list)
    for outcome in outcomes:
        groups[key(outcome.judged)].append(outcome)
    names = [name for name in order if name in groups]
    names += [name for name in groups if name not in names]
    by_group = {name: figures(groups[name]) for name in names}
    by_group["all"] = figures(outcomes)
    return by_group


def by_language(outcomes):
    return figures_by(outcomes, lambda judged: judged.language, LANGUAGES)


def by_capability(outcomes):
    return figures_by(outcomes, lambda judged: judged.covers, CAPABILITIES)


# Running the judged queries


def english_slug(translation_key, catalogue):
    """The slug of the English original of the page with this translation key."""
    page_id = catalogue.translations.get(translation_key, {}).get("en")
    document = catalogue.documents.get(page_id)
    if document is None:
        return f"(no English page: {translation_key})"
    return document.url_path.rstrip("/").rsplit("/", 1)[-1]


def _promoted(promotion, catalogue):
    page = promotion.get("page")
    if page is None:
        return f"(link: {promotion.get('link', '')})"
    return english_slug(str(page.translation_key), catalogue)


def ranking(judged):
    """English slugs of what the search shows for the query: promotions, then the results."""
    params = SearchParams(query=judged.query, all_languages=judged.all_languages)
    with translation.override(judged.language):
        outcome = search(params, judged.language)
    catalogue = get_catalogue()
    ranked = [_promoted(promotion, catalogue) for promotion in outcome.promotions]
    ranked += [
        english_slug(result.document.translation_key, catalogue)
        for result in outcome.results.object_list
    ]
    # A page counts once, where it first appears.
    return list(dict.fromkeys(ranked))


def evaluate(judgements):
    return [Outcome(judged, ranking(judged)) for judged in judgements]


def database_description():
    """The database the figures come from: its vendor and version."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]}"
    return connection.vendor


# The report


def _number(value, percent=False):
    if value is None:
        return "–"
    return f"{value:.0%}" if percent else f"{value:.2f}"


def table(by_group, heading):
    """A Markdown table of `by_group` ({name: Figures}) under a first column named `heading`."""
    lines = [
        f"| {heading} | queries | P@5 | MRR | zero results | must find nothing | found something |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in by_group.items():
        lines.append(
            f"| {name} | {row.queries} | {_number(row.precision)} | {_number(row.mrr)} | "
            f"{_number(row.zero_result_rate, percent=True)} | {row.must_find_nothing} | "
            f"{row.false_positives} |"
        )
    return "\n".join(lines)


def misses(outcomes):
    """One line per query whose answer is not perfect: what came instead, first five."""
    lines = []
    for outcome in outcomes:
        if outcome.perfect:
            continue
        judged = outcome.judged
        mode = " (all languages)" if judged.all_languages else ""
        scores = (
            "found something"
            if not judged.relevant
            else f"P@5 {_number(outcome.precision)}, RR {_number(outcome.reciprocal_rank)}"
        )
        shown = ", ".join(outcome.ranked[:TOP]) or "nothing"
        lines.append(
            f"- {judged.language} “{judged.query}”{mode} [{judged.covers}]: {scores}; {shown}"
        )
    return "\n".join(lines)


def report(outcomes, database):
    targets = (
        f"targets: P@5 ≥ {TARGETS['precision']}, MRR ≥ {TARGETS['mrr']}, zero results ≤ "
        f"{TARGETS['zero_result_rate']:.0%}, no result for a query that must find nothing"
    )
    return "\n\n".join(
        [
            f"Search relevance on {database}, {len(outcomes)} judged queries ({targets})",
            table(by_language(outcomes), "language"),
            table(by_capability(outcomes), "capability"),
            "Queries answered imperfectly:\n" + (misses(outcomes) or "none"),
        ]
    )
