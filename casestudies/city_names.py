"""The cities the case studies can be filtered by, found by the name a visitor types.

The listing offers them in a searchable field, not a list of every city: the names come from
the memo (one query per language and content generation), so neither the listing nor the
suggestions as the visitor types cost a query.
"""

from typing import NamedTuple

from django_countries import countries

from cities.models import CityPage
from core.generation_memo import memoized

SUGGESTION_LIMIT = 10
QUERY_MAX_LENGTH = 200


class CityName(NamedTuple):
    pk: int
    slug: str
    title: str
    country: str


def city_names(locale_id):
    """The live cities of a language, by title."""
    return memoized(
        ("case study filter cities", locale_id),
        lambda: [
            CityName(*row)
            for row in CityPage.objects.live()
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("pk", "slug", "title", "country")
        ],
    )


def cities_called(locale_id, name):
    """The cities with this title (in any case) or this slug (city pages link by slug)."""
    folded = name.casefold()
    return [
        city
        for city in city_names(locale_id)
        if city.slug == name or city.title.casefold() == folded
    ]


def city_by_slug(locale_id, slug):
    return next((city for city in city_names(locale_id) if city.slug == slug), None)


def suggestions(locale_id, query):
    """Cities whose name starts with `query`, then those with it elsewhere in their name."""
    folded = query.strip().casefold()
    if not folded:
        return []
    starting, containing = [], []
    for city in city_names(locale_id):
        title = city.title.casefold()
        if title.startswith(folded):
            starting.append(city)
        elif folded in title:
            containing.append(city)
    return [
        {"name": city.title, "country": countries.name(city.country)}
        for city in (starting + containing)[:SUGGESTION_LIMIT]
    ]
