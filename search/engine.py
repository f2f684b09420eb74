"""The public search: words go to the search backend, everything else happens over the catalogue.

`search(params, language)` runs one search from its parameters alone, with no request and no
addresses: the view (search/views.py) reads the parameters from the address and links what it
gets back. The jobs are in their own modules: search/query.py and search/planner.py (words to
matching pages), search/facets.py (filters and counts), search/results.py (what a result shows).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator

from search.backends import uses_search_server
from search.catalogue import get_catalogue
from search.facets import build_facets, filter_and_count, language_counts
from search.matching import texts
from search.query import SearchParams, newest_first, ranked_documents, server_excerpts
from search.results import highlight, map_points, present, promoted_pages
from search.snippets import snippet


@dataclass
class SearchOutcome:
    params: SearchParams
    results: object
    total: int
    facets: list
    promotions: list = field(default_factory=list)
    # The query as corrected when typos were fixed ("Showing results for …").
    corrected: str = ""
    # Not every word matched ("Results for some of your words").
    partial: bool = False
    popular_topics: list = field(default_factory=list)
    map_points: list = field(default_factory=list)
    language_counts: list = field(default_factory=list)


def search(params, language):
    catalogue = get_catalogue()
    ranking = ranked_documents(params, catalogue, language)
    passing, counts = filter_and_count(ranking.documents, params)
    if params.sort == "date" or not params.terms:
        passing.sort(key=newest_first)

    promotions = promoted_pages(params.query, language) if params.terms else []
    promoted_ids = {promotion["page_id"] for promotion in promotions}
    passing = [document for document in passing if document.page_id not in promoted_ids]

    page = Paginator(passing, settings.LISTING_PAGE_SIZE).get_page(params.page)
    excerpts = _excerpts(params, ranking, page.object_list)
    page.object_list = [
        present(
            document,
            catalogue,
            language,
            excerpts.get(document.page_id) or highlight(document.excerpt, params.terms),
        )
        for document in page.object_list
    ]
    outcome = SearchOutcome(
        params=params,
        results=page,
        total=len(passing),
        facets=build_facets(counts, params, catalogue, language),
        promotions=promotions,
        corrected=ranking.corrected,
        partial=ranking.partial,
    )
    if params.all_languages:
        outcome.language_counts = language_counts(passing, catalogue)
    if params.view == "map":
        outcome.map_points = map_points(passing, catalogue, language)
    if not passing or not (params.terms or params.has_filters):
        outcome.popular_topics = [
            {"title": topic.title, "document": topic}
            for topic in catalogue.popular_topics(language)
        ]
    return outcome


def _excerpts(params, ranking, shown):
    """{page id: the passage around the matched words} of the results shown: from the search
    server's highlighter, or from the pages' text in the site search's own index."""
    if not params.terms:
        return {}
    if uses_search_server():
        return server_excerpts(params.terms, shown)
    page_texts = texts([document.page_id for document in shown])
    return {
        document.page_id: snippet(
            page_texts.get(document.page_id, ""),
            ranking.terms.get(document.language, set()),
            document.language,
        )
        for document in shown
    }
