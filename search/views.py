"""The search page and its autocomplete: the request becomes parameters, results get addresses."""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_countries import countries

from search import engine
from search.catalogue import get_catalogue
from search.facets import WHEN_LABELS, sdg_labels
from search.links import document_url, link_outcome, url_with
from search.query import YEAR_RANGE, SearchParams, clean_query
from search.querylog import is_crawler, record_search
from search.results import SORT_CHOICES
from search.suggestions import suggest as suggestions_for

SUGGESTION_LIMIT = 8
MIN_SUGGESTION_LENGTH = 2
FILTER_PARAMETERS = ("type", "topic", "sdg", "country", "city", "maturity", "when")


def search_params(data, catalogue):
    """The whole state of a search, read leniently from the URL: unknown values are ignored."""

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
    return SearchParams(
        query=clean_query(data.get("q", "")),
        types=set(data.getlist("type")) & catalogue.kinds.keys(),
        topics=keys_of("topic", "topic"),
        sdgs=set(data.getlist("sdg")) & sdg_labels(catalogue).keys(),
        countries={code.upper() for code in data.getlist("country")} & set(dict(countries)),
        cities=keys_of("city", "city"),
        maturity=set(data.getlist("maturity")) & catalogue.facet_labels("maturity").keys(),
        when=set(data.getlist("when")) & WHEN_LABELS.keys(),
        year_from=year_from,
        year_to=year_to,
        all_languages=data.get("lang") == "all",
        exact=data.get("exact") == "1",
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


@require_GET
def search(request):
    params = search_params(request.GET, get_catalogue())
    language = get_language()
    outcome = link_outcome(engine.search(params, language), request)
    user_agent = request.headers.get("User-Agent", "")
    if params.terms and params.page in ("", "1") and not is_crawler(user_agent):
        record_search(params.query, language, outcome.total)
    context = {
        "search_query": params.query,
        "outcome": outcome,
        "results": outcome.results,
        "searched": bool(params.terms or params.has_filters),
        "active_filters": active_filters(request, outcome),
        "sort_choices": SORT_CHOICES.items(),
        "list_url": url_with(request, view=None, page=None),
        "map_url": url_with(request, view="map", page=None),
        "all_languages_url": url_with(request, lang="all", page=None),
        "this_language_url": url_with(request, lang=None, page=None),
        "exact_url": url_with(request, exact="1", page=None),
        "first_year": YEAR_RANGE[0],
        "last_year": YEAR_RANGE[1],
    }
    if params.view == "map":
        from search.maps import results_map

        context["map"] = results_map(outcome.map_points)
    response = render(request, "search/search.html", context)
    if params.terms:
        # Every search is counted in the query log: a cached answer would skip the count.
        patch_cache_control(response, private=True)
    return response


def active_filters(request, outcome):
    """The chosen facet values, each with a link that removes just it."""
    chosen = []
    for facet in outcome.facets:
        for option in facet.options:
            if option.selected:
                query = request.GET.copy()
                query.setlist(
                    facet.name, [v for v in query.getlist(facet.name) if v != option.value]
                )
                query.pop("page", None)
                chosen.append(
                    {"facet": facet.label, "label": option.label, "url": f"?{query.urlencode()}"}
                )
    params = outcome.params
    if params.year_from or params.year_to:
        chosen.append(
            {
                "facet": _("Years"),
                "label": f"{params.year_from or '…'}–{params.year_to or '…'}",
                "url": url_with(request, year_from=None, year_to=None, page=None),
            }
        )
    return chosen


@require_GET
def suggest(request):
    """Titles and places for the search field as the visitor types: JSON for its script."""
    query = clean_query(request.GET.get("q", ""))
    if len(query.strip()) < MIN_SUGGESTION_LENGTH:
        return JsonResponse({"suggestions": []})
    catalogue = get_catalogue()
    found = suggestions_for(catalogue, query, get_language(), SUGGESTION_LIMIT)
    search_url = reverse("search")
    suggestions = []
    for suggestion in found:
        if suggestion.document:
            url = document_url(suggestion.document, request)
            label = catalogue.kinds[suggestion.document.kind].singular
        else:
            url = f"{search_url}?{urlencode({'country': suggestion.country})}"
            label = _("Country")
        item = {"title": suggestion.title, "url": url, "type": str(label)}
        if suggestion.language != get_language():
            item["lang"] = suggestion.language
        suggestions.append(item)
    return JsonResponse({"suggestions": suggestions})
