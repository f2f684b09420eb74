"""What a public page type gives the site search: its name there, its values, their labels.

The search catalogue (search/catalogue.py) knows no page app. It finds the page types that
declare a `search_kind` and asks each for the values of its live pages in bulk, one query
per type and relation, however many pages there are. Values that name another page (the city
of a case study, the topics of an event) are that page's id: the catalogue turns them into
translation keys, so filters and labels work in every language.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models.functions import Substr

# Search cuts its excerpts from the start of this much text.
EXCERPT_SOURCE_LENGTH = 400


@dataclass(frozen=True)
class SearchKind:
    """How the search page names a page type: in its address (`?type=case-study`), in the type
    facet (plural label, at `position`) and beside a result (singular label)."""

    name: str
    label: str
    singular: str
    position: int


@dataclass(frozen=True, slots=True)
class SearchValues:
    """The values of one page that search filters, counts and shows beside a result."""

    excerpt: str = ""
    # Sorts the page by date instead of its first publication (events: their start).
    date: datetime | None = None
    country: str = ""
    # The page id of the page's city (a city page names itself).
    city_id: int | None = None
    topics: tuple[int, ...] = ()
    sdg_codes: tuple[str, ...] = ()
    maturity: str = ""
    year_from: int | None = None
    year_to: int | None = None
    event_start: datetime | None = None
    event_end: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None


class SearchValuesMixin:
    """Part of core's BasePage: a page type is searched once it names its `search_kind`.

    It is also found by the values BasePage's `search_keywords` gives as text.
    """

    search_kind: SearchKind | None = None
    # The text search's excerpts come from.
    search_excerpt_field = "introduction"
    # Labels of the facet values the type's pages carry: {"maturity": {value: label}, ...}.
    search_facet_labels: dict[str, dict[str, str]] = {}

    @classmethod
    def search_values(cls, page_ids):
        """{page id: SearchValues} of these pages, in a fixed number of queries.

        Page types with more to offer than an excerpt override this.
        """
        return {
            pk: SearchValues(excerpt=row["excerpt"])
            for pk, row in cls.search_rows(page_ids).items()
        }

    @classmethod
    def search_rows(cls, page_ids, *fields, **expressions):
        """{page id: {field or expression name: value, "excerpt": text}} of these pages, in one
        query: with names of SearchValues, a row is ready to become one."""
        excerpt = Substr(cls.search_excerpt_field, 1, EXCERPT_SOURCE_LENGTH)
        rows = cls.objects.filter(pk__in=page_ids).values(
            "pk", *fields, **expressions, excerpt=excerpt
        )
        return {row.pop("pk"): {**row, "excerpt": row["excerpt"] or ""} for row in rows}

    @classmethod
    def search_related(cls, relation, value, page_ids):
        """{page id: [value, ...]} along a many-to-many `relation` of these pages, in one query."""
        through = getattr(cls, relation).through
        owner = f"{cls._meta.model_name}_id"
        found = defaultdict(list)
        for page_id, related in through.objects.values_list(owner, value):
            if page_id in page_ids:
                found[page_id].append(related)
        return found
