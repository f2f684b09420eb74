"""What a result shows: its type, an excerpt around the match, key facts; map points; promotions.

Nothing here knows the request: what a result links to is a document (or a page, for editors'
promotions), and the view (search/views.py) turns it into an address.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion

from search.maps import CASE_STUDY, CITY, EVENT

EXCERPT_LENGTH = 220
SORT_CHOICES = {"relevance": _("Relevance"), "date": _("Date, newest first")}


@dataclass
class Result:
    document: object
    type_label: str
    excerpt: str
    facts: list
    other_language: str = ""
    # Filled in by the view.
    url: str = ""


def present(document, catalogue, language, excerpt):
    other_language = ""
    if document.language != language:
        other_language = dict(settings.LANGUAGES).get(document.language, document.language)
    return Result(
        document=document,
        type_label=catalogue.kinds[document.kind].singular,
        excerpt=excerpt,
        facts=key_facts(document, catalogue, language),
        other_language=other_language,
    )


def key_facts(document, catalogue, language):
    """When and where: an event's dates and city; the city, country and years of the others."""
    if document.event_start:
        facts = [_event_dates(document)]
        if document.city_key:
            facts.append(catalogue.label(document.city_key, language))
        return facts
    # A city page is its own city: it shows its country only.
    city = ""
    if document.city_key and document.city_key != document.translation_key:
        city = catalogue.label(document.city_key, language)
    country = countries.name(document.country) if document.country else ""
    facts = [fact for fact in (city, country) if fact]
    if document.year_from:
        facts.append(
            f"{document.year_from}–{document.year_to}"
            if document.year_to and document.year_to != document.year_from
            else str(document.year_from)
        )
    return facts


def _event_dates(document):
    start = timezone.localtime(document.event_start)
    end = timezone.localtime(document.event_end)
    if start.date() == end.date():
        return date_format(start, "DATE_FORMAT")
    return f"{date_format(start, 'DATE_FORMAT')} – {date_format(end, 'DATE_FORMAT')}"


def highlight(text, terms, length=EXCERPT_LENGTH):
    """A short excerpt around the first matched word, matched words marked; always escaped."""
    words = [word for word in terms.split() if len(word) > 1]
    pattern = (
        re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")\w*", re.IGNORECASE)
        if words
        else None
    )
    start = 0
    first = pattern.search(text) if pattern else None
    if first and first.start() > length // 2:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    excerpt = text[start : start + length]
    if start + length < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + " …"
    if start:
        excerpt = "… " + excerpt
    if not pattern:
        return escape(excerpt)
    pieces = []
    position = 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    pieces.append(escape(excerpt[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def map_points(documents, catalogue, language):
    """Cities where they are; case studies and events gathered at their city (an event's is its
    host city), one marker per city and kind.

    A point links to its `document`, or, for several case studies or events of one city, to
    the same search narrowed to that city (`city_id`).
    """
    points = []
    gathered = defaultdict(list)
    for document in documents:
        if document.latitude is None:
            continue
        if document.kind == CITY:
            points.append(
                {
                    "label": document.title,
                    "document": document,
                    "latitude": document.latitude,
                    "longitude": document.longitude,
                    "kind": CITY,
                }
            )
        elif document.kind in (CASE_STUDY, EVENT):
            gathered[document.city_key, document.kind].append(document)
    for (city_key, kind), studies in gathered.items():
        city = catalogue.in_language(city_key, language)
        place = city.title if city else ""
        if len(studies) == 1 or not city:
            target = {"label": studies[0].title, "document": studies[0]}
        else:
            target = {"label": place, "city_id": city.page_id}
        points.append(
            {
                **target,
                "latitude": studies[0].latitude,
                "longitude": studies[0].longitude,
                "kind": kind,
                "count": len(studies),
                "place": place,
            }
        )
    return points


def promoted_pages(query, language):
    """Editors' picks for this query, made for this language (external links for every one).

    Each links to its `page`, or else to its external `link`.
    """
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale__language_code=language))
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        {
            "page_id": promotion.page_id,
            "page": promotion.page,
            "link": promotion.link,
            "title": promotion.title,
            "description": promotion.description,
        }
        for promotion in promotions
    ]
