from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from search import engine
from search.backends import language_backend, matching_pks
from search.catalogue import get_catalogue
from search.querylog import is_crawler, record_search

SUGGESTION_LIMIT = 8
MIN_SUGGESTION_LENGTH = 2
FILTER_PARAMETERS = ("type", "topic", "sdg", "country", "city", "maturity", "when")


@require_GET
def search(request):
    catalogue = get_catalogue()
    params = engine.SearchParams.from_query_dict(request.GET, catalogue)
    language = get_language()
    outcome = engine.search(params, language, request)
    user_agent = request.headers.get("User-Agent", "")
    if params.terms and params.page in ("", "1") and not is_crawler(user_agent):
        record_search(params.query, language, outcome.total)
    context = {
        "search_query": params.query,
        "outcome": outcome,
        "results": outcome.results,
        "searched": bool(params.terms or params.has_filters),
        "active_filters": active_filters(request, outcome),
        "sort_choices": engine.SORT_CHOICES.items(),
        "list_url": _url_with(request, view=None, page=None),
        "map_url": _url_with(request, view="map", page=None),
        "all_languages_url": _url_with(request, lang="all", page=None),
        "this_language_url": _url_with(request, lang=None, page=None),
    }
    if params.view == "map":
        from search.maps import results_map

        context["map"] = results_map(outcome.map_points)
    response = render(request, "search/search.html", context)
    if params.terms:
        # Every search is counted in the query log: a cached answer would skip the count.
        patch_cache_control(response, private=True)
    return response


def _url_with(request, **changes):
    query = request.GET.copy()
    for name, value in changes.items():
        query.pop(name, None)
        if value is not None:
            query[name] = value
    return f"?{query.urlencode()}" if query else "?"


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
                "url": _url_with(request, year_from=None, year_to=None, page=None),
            }
        )
    return chosen


@require_GET
def suggest(request):
    """Titles for the search field as the visitor types: JSON for the autocomplete script."""
    terms = engine.search_terms(engine.clean_query(request.GET.get("q", "")))
    if len(terms) < MIN_SUGGESTION_LENGTH:
        return JsonResponse({"suggestions": []})
    catalogue = get_catalogue()
    language = get_language()
    locale = catalogue.locales.get(language)
    suggestions = []
    if locale:
        candidates = Page.objects.live().filter(
            locale=locale, content_type_id__in=catalogue.content_type_ids
        )
        page_ids = matching_pks(
            language_backend(language), terms, candidates, SUGGESTION_LIMIT * 2, autocomplete=True
        )
        documents = [catalogue.documents[pk] for pk in page_ids if pk in catalogue.documents]
        suggestions = [
            {
                "title": document.title,
                "url": engine.document_url(document, catalogue, request),
                "type": str(engine.KIND_SINGULAR[document.kind]),
            }
            for document in documents[:SUGGESTION_LIMIT]
        ]
    return JsonResponse({"suggestions": suggestions})
