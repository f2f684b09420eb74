"""The public search: words go to the search backend, everything else happens over the catalogue.

One code path for every backend: `language_backend()` picks the database or Elasticsearch
backend of a language; `matching_pks()` asks it which pages match, best first. Facets
combine with AND between them and OR within one; a facet's counts apply every other active
filter, so the counts beside a facet's options always say what choosing one would give.
"""

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import zip_longest

from django.conf import settings
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Page, Site

from casestudies.models import Maturity
from casestudies.sdg import SDG_TARGET_LABELS
from search.backends import language_backend, matching_pks
from search.catalogue import get_catalogue

MAX_QUERY_LENGTH = 200
# Per language; beyond this many matches the counts are "at least" (Elasticsearch's window).
MAX_MATCHES = 10_000
EXCERPT_LENGTH = 220
YEAR_RANGE = (1990, 2100)

KIND_LABELS = {
    "case-study": _("Case studies"),
    "city": _("Cities"),
    "topic": _("Topics"),
    "event": _("Events"),
    "page": _("Pages"),
}
KIND_SINGULAR = {
    "case-study": _("Case study"),
    "city": _("City"),
    "topic": _("Topic"),
    "event": _("Event"),
    "page": _("Page"),
}
WHEN_LABELS = {"upcoming": _("Upcoming events"), "past": _("Past events")}
SORT_CHOICES = {"relevance": _("Relevance"), "date": _("Date, newest first")}


def clean_query(raw):
    """Any input is accepted: control characters are dropped, length is capped."""
    text = "".join(char for char in raw if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """Plain lower-case words: full-text engines then never see operators or unbalanced quotes."""
    return " ".join(re.findall(r"\w+", query)).lower()


@dataclass
class SearchParams:
    """The whole state of a search, read leniently from the URL: unknown values are ignored."""

    query: str = ""
    types: set = field(default_factory=set)
    topics: set = field(default_factory=set)
    sdgs: set = field(default_factory=set)
    countries: set = field(default_factory=set)
    cities: set = field(default_factory=set)
    maturity: set = field(default_factory=set)
    when: set = field(default_factory=set)
    year_from: int | None = None
    year_to: int | None = None
    all_languages: bool = False
    sort: str = "relevance"
    view: str = "list"
    page: str = "1"

    @property
    def terms(self):
        return search_terms(self.query)

    @property
    def has_filters(self):
        return any(
            (self.types, self.topics, self.sdgs, self.countries, self.cities, self.maturity)
        ) or any((self.when, self.year_from, self.year_to))

    @classmethod
    def from_query_dict(cls, data, catalogue):
        def keys_of(name, kind):
            # Topics and cities are named by page id in the URL; any language's id works.
            keys = set()
            for value in data.getlist(name):
                document = catalogue.documents.get(_to_int(value))
                if document and document.kind == kind:
                    keys.add(document.translation_key)
            return keys

        year_from, year_to = _year(data.get("year_from")), _year(data.get("year_to"))
        if year_from and year_to and year_from > year_to:
            year_from, year_to = year_to, year_from
        return cls(
            query=clean_query(data.get("q", "")),
            types=set(data.getlist("type")) & KIND_LABELS.keys(),
            topics=keys_of("topic", "topic"),
            sdgs=set(data.getlist("sdg")) & SDG_TARGET_LABELS.keys(),
            countries={code.upper() for code in data.getlist("country")} & set(dict(countries)),
            cities=keys_of("city", "city"),
            maturity=set(data.getlist("maturity")) & set(Maturity.values),
            when=set(data.getlist("when")) & WHEN_LABELS.keys(),
            year_from=year_from,
            year_to=year_to,
            all_languages=data.get("lang") == "all",
            sort=data.get("sort") if data.get("sort") in SORT_CHOICES else "relevance",
            view="map" if data.get("view") == "map" else "list",
            page=data.get("page", "1")[:20],
        )


def _to_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _year(value):
    year = _to_int((value or "").strip()[:4])
    if year is None:
        return None
    return min(max(year, YEAR_RANGE[0]), YEAR_RANGE[1])


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


@dataclass
class Result:
    document: object
    url: str
    type_label: str
    excerpt: str
    facts: list
    other_language: str = ""


@dataclass
class SearchOutcome:
    params: SearchParams
    results: object
    total: int
    facets: list
    promotions: list = field(default_factory=list)
    suggestion: str = ""
    popular_topics: list = field(default_factory=list)
    map_points: list = field(default_factory=list)
    language_counts: list = field(default_factory=list)


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
    """The documents that pass every filter, and each facet's counts under the other filters."""
    now = now or timezone.now()
    facets = _facet_values(params, now)
    counts = {name: Counter() for name in facets}
    passing = []
    for document in documents:
        if not _in_year_range(document, params):
            continue
        values = {name: values_of(document) for name, (values_of, _chosen) in facets.items()}
        failing = [
            name
            for name, (_values_of, chosen) in facets.items()
            if chosen and chosen.isdisjoint(values[name])
        ]
        if not failing:
            passing.append(document)
            for name, facet_values in values.items():
                counts[name].update(facet_values)
        elif len(failing) == 1:
            counts[failing[0]].update(values[failing[0]])
    return passing, counts


def deduplicate_translations(documents, catalogue, language):
    """One result per piece of knowledge: the visitor's language where it exists, else as found."""
    seen = set()
    unique = []
    for document in documents:
        if document.translation_key in seen:
            continue
        seen.add(document.translation_key)
        preferred = catalogue.documents.get(
            catalogue.translations[document.translation_key].get(language)
        )
        unique.append(preferred or document)
    return unique


def _interleave(rankings):
    merged = []
    for group in zip_longest(*rankings):
        merged.extend(page_id for page_id in group if page_id is not None)
    return merged


def ranked_documents(params, catalogue, language):
    languages = [language]
    if params.all_languages:
        languages += [code for code in catalogue.locales if code != language]
    languages = [code for code in languages if code in catalogue.locales]
    if params.terms:
        rankings = []
        for code in languages:
            candidates = Page.objects.live().filter(
                locale=catalogue.locales[code], content_type_id__in=catalogue.content_type_ids
            )
            rankings.append(
                matching_pks(language_backend(code), params.terms, candidates, MAX_MATCHES)
            )
        page_ids = _interleave(rankings)
        documents = [catalogue.documents[pk] for pk in page_ids if pk in catalogue.documents]
    else:
        documents = [
            document
            for code in languages
            for document in catalogue.documents_by_language.get(code, ())
        ]
        documents.sort(key=_newest_first)
    if params.all_languages:
        documents = deduplicate_translations(documents, catalogue, language)
    return documents


def _newest_first(document):
    return -document.date.timestamp() if document.date else float("inf")


def search(params, language, request):
    catalogue = get_catalogue()
    documents = ranked_documents(params, catalogue, language)
    passing, counts = filter_and_count(documents, params)
    if params.sort == "date" or not params.terms:
        passing.sort(key=_newest_first)

    promotions = promoted_pages(params, language, request) if params.terms else []
    promoted_ids = {promotion["page_id"] for promotion in promotions}
    passing = [document for document in passing if document.page_id not in promoted_ids]

    page = Paginator(passing, settings.LISTING_PAGE_SIZE).get_page(params.page)
    page.object_list = [
        present(document, catalogue, language, params, request) for document in page.object_list
    ]
    outcome = SearchOutcome(
        params=params,
        results=page,
        total=len(passing),
        facets=build_facets(counts, params, catalogue, language),
        promotions=promotions,
    )
    if params.all_languages:
        outcome.language_counts = language_counts(passing, catalogue)
    if params.view == "map":
        outcome.map_points = map_points(passing, catalogue, language, request)
    if params.terms and not passing and not promotions:
        outcome.suggestion = spelling_suggestion(params.terms, catalogue, language)
    if not passing or not (params.terms or params.has_filters):
        outcome.popular_topics = [
            {"title": topic.title, "url": document_url(topic, catalogue, request)}
            for topic in catalogue.popular_topics(language)
        ]
    return outcome


def document_url(document, catalogue, request):
    """The page's URL from its path alone, as Wagtail builds it, without a Page instance.

    Result lists and maps link hundreds of pages: constructing Page objects for their URLs
    would cost more than the search itself.
    """
    prefixes = _url_prefixes(request)
    for root_path, language, site_url in prefixes["roots"]:
        if language == document.language and document.url_path.startswith(root_path):
            if language not in prefixes["languages"]:
                with translation.override(language):
                    prefixes["languages"][language] = reverse("wagtail_serve", args=("",))
            return site_url + prefixes["languages"][language] + document.url_path[len(root_path) :]
    return Page(id=document.page_id, url_path=document.url_path).get_url(request=request)


def _url_prefixes(request):
    """Per request: the sites' root paths (cached by Wagtail) and each language's URL prefix."""
    if not hasattr(request, "_search_url_prefixes"):
        current = Site.find_for_request(request)
        request._search_url_prefixes = {
            "roots": [
                (
                    root.root_path,
                    root.language_code,
                    "" if current and root.site_id == current.pk else root.root_url,
                )
                for root in Site.get_site_root_paths()
            ],
            "languages": {},
        }
    return request._search_url_prefixes


def present(document, catalogue, language, params, request):
    facts = []
    if document.kind == "case-study":
        city = catalogue.label(document.city_key, language) if document.city_key else ""
        facts = [fact for fact in (city, countries.name(document.country)) if fact]
        if document.year_from:
            facts.append(
                f"{document.year_from}–{document.year_to}"
                if document.year_to and document.year_to != document.year_from
                else str(document.year_from)
            )
    elif document.kind == "event":
        facts = [_event_dates(document)]
        if document.city_key:
            facts.append(catalogue.label(document.city_key, language))
    elif document.kind == "city" and document.country:
        facts = [countries.name(document.country)]
    other_language = ""
    if document.language != language:
        other_language = dict(settings.LANGUAGES).get(document.language, document.language)
    return Result(
        document=document,
        url=document_url(document, catalogue, request),
        type_label=KIND_SINGULAR[document.kind],
        excerpt=highlight(document.excerpt, params.terms),
        facts=facts,
        other_language=other_language,
    )


def _event_dates(document):
    from django.utils.formats import date_format

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
    sdg_labels = {code: f"{code} {label}" for code, label in SDG_TARGET_LABELS.items()}
    return [
        Facet("type", _("Type"), options("type", KIND_LABELS, params.types)),
        Facet("topic", _("Topic"), page_options("topic", params.topics)),
        Facet("sdg", _("SDG target"), options("sdg", sdg_labels, params.sdgs)),
        Facet("country", _("Country"), options("country", country_labels, params.countries)),
        Facet("city", _("City"), page_options("city", params.cities)),
        Facet(
            "maturity", _("Maturity"), options("maturity", dict(Maturity.choices), params.maturity)
        ),
        Facet("when", _("Events"), options("when", WHEN_LABELS, params.when)),
    ]


def language_counts(documents, catalogue):
    found = Counter(document.language for document in documents)
    names = dict(settings.LANGUAGES)
    return [(names.get(code, code), found[code]) for code in catalogue.locales if found[code]]


def map_points(documents, catalogue, language, request):
    """Cities where they are; case studies gathered at their city, one marker per city."""
    points = []
    studies_by_city = defaultdict(list)
    for document in documents:
        if document.latitude is None:
            continue
        if document.kind == "city":
            points.append(
                {
                    "label": document.title,
                    "url": document_url(document, catalogue, request),
                    "latitude": document.latitude,
                    "longitude": document.longitude,
                    "kind": "city",
                }
            )
        elif document.kind == "case-study":
            studies_by_city[document.city_key].append(document)
    for city_key, studies in studies_by_city.items():
        city = catalogue.in_language(city_key, language)
        place = city.title if city else ""
        if len(studies) == 1 or not city:
            label, url = studies[0].title, document_url(studies[0], catalogue, request)
        else:
            # Several case studies in one city: the same search, narrowed to that city.
            query = request.GET.copy()
            query.setlist("city", [str(city.page_id)])
            for name in ("view", "page"):
                query.pop(name, None)
            label, url = place, f"?{query.urlencode()}"
        points.append(
            {
                "label": label,
                "url": url,
                "latitude": studies[0].latitude,
                "longitude": studies[0].longitude,
                "kind": "case-study",
                "count": len(studies),
                "place": place,
            }
        )
    return points


def spelling_suggestion(terms, catalogue, language):
    """The query with unknown words replaced by the closest known ones, or ''."""
    vocabulary = catalogue.vocabulary(language)
    known = set(vocabulary)
    candidates = vocabulary[:5000]
    corrected = []
    for word in terms.split():
        if word in known or len(word) < 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    suggestion = " ".join(corrected)
    return suggestion if suggestion != terms else ""


def promoted_pages(params, language, request):
    """Editors' picks for this query, made for this language (external links for every one)."""
    from django.db.models import Q
    from modelsearch.utils import normalise_query_string
    from wagtail.contrib.search_promotions.models import SearchPromotion

    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(params.query))
        .filter(Q(page__isnull=True) | Q(page__live=True, page__locale__language_code=language))
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        {
            "page_id": promotion.page_id,
            "title": promotion.title,
            "url": promotion.page.get_url(request) if promotion.page else promotion.link,
            "description": promotion.description,
        }
        for promotion in promotions
    ]
