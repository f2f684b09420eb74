"""Filters and their counts, over the catalogue's documents.

Facets combine with AND between them and OR within one; a facet's counts apply every other
active filter, so the counts beside a facet's options always say what choosing one would give.
The labels of the values come from the page types that carry them (see core/search_values.py).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from search.query import YEAR_RANGE

WHEN_LABELS = {"upcoming": _("Upcoming events"), "past": _("Past events")}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list


def _facet_values(params, now):
    """Each filter: the values a document offers for it, and the values the visitor chose."""
    return {
        "type": (lambda d: (d.kind,), params.types),
        "topic": (lambda d: d.topic_keys, params.topics),
        "sdg": (lambda d: d.sdg_codes, params.sdgs),
        "country": (lambda d: (d.country,) if d.country else (), params.countries),
        "city": (lambda d: (d.city_key,) if d.city_key else (), params.cities),
        "maturity": (lambda d: (d.maturity,) if d.maturity else (), params.maturity),
        "when": (lambda d: _when(d, now), params.when),
    }


def _when(document, now):
    if document.event_end is None:
        return ()
    return ("upcoming",) if document.event_end >= now else ("past",)


def _in_year_range(document, params):
    if not (params.year_from or params.year_to):
        return True
    if document.year_from is None:
        return False
    return (params.year_from or YEAR_RANGE[0]) <= document.year_to and document.year_from <= (
        params.year_to or YEAR_RANGE[1]
    )


def filter_and_count(documents, params, now=None):
    """The documents that pass every filter, and each facet's counts under the other filters.

    A facet counts the documents that pass every filter, and those that fail its own filter
    only; the counting itself is Counter's (C), over all documents at once.
    """
    now = now or timezone.now()
    facets = _facet_values(params, now)
    if params.year_from or params.year_to:
        documents = [document for document in documents if _in_year_range(document, params)]
    active = {name: (values_of, chosen) for name, (values_of, chosen) in facets.items() if chosen}
    passing = []
    failing_only = defaultdict(list)
    if not active:
        passing = list(documents)
    for document in documents if active else ():
        failing = [
            name
            for name, (values_of, chosen) in active.items()
            if chosen.isdisjoint(values_of(document))
        ]
        if not failing:
            passing.append(document)
        elif len(failing) == 1:
            failing_only[failing[0]].append(document)
    counts = {
        name: Counter(
            chain.from_iterable(map(values_of, chain(passing, failing_only.get(name, ()))))
        )
        for name, (values_of, _chosen) in facets.items()
    }
    return passing, counts


def sdg_labels(catalogue):
    return {code: f"{code} {label}" for code, label in catalogue.facet_labels("sdg").items()}


def build_facets(counts, params, catalogue, language):
    def options(name, labels, chosen):
        found = counts[name]
        values = [value for value in labels if found.get(value) or value in chosen]
        return [
            FacetOption(value, labels[value], found.get(value, 0), value in chosen)
            for value in values
        ]

    def page_options(name, chosen_keys):
        found = counts[name]
        keys = sorted(set(found) | chosen_keys, key=lambda key: (-found.get(key, 0), key))
        result = []
        for key in keys:
            document = catalogue.in_language(key, language)
            if document:
                result.append(
                    FacetOption(
                        str(document.page_id), document.title, found.get(key, 0), key in chosen_keys
                    )
                )
        return result

    country_labels = {
        code: countries.name(code)
        for code in sorted(set(counts["country"]) | params.countries)
        if code
    }
    country_labels = dict(sorted(country_labels.items(), key=lambda item: str(item[1])))
    kind_labels = {name: kind.label for name, kind in catalogue.kinds.items()}
    maturity_labels = catalogue.facet_labels("maturity")
    return [
        Facet("type", _("Type"), options("type", kind_labels, params.types)),
        Facet("topic", _("Topic"), page_options("topic", params.topics)),
        Facet("sdg", _("SDG target"), options("sdg", sdg_labels(catalogue), params.sdgs)),
        Facet("country", _("Country"), options("country", country_labels, params.countries)),
        Facet("city", _("City"), page_options("city", params.cities)),
        Facet("maturity", _("Maturity"), options("maturity", maturity_labels, params.maturity)),
        Facet("when", _("Events"), options("when", WHEN_LABELS, params.when)),
    ]


def language_counts(documents, catalogue):
    found = Counter(document.language for document in documents)
    names = dict(settings.LANGUAGES)
    return [(names.get(code, code), found[code]) for code in catalogue.locales if found[code]]
