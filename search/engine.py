"""The public search: words go to the search backend, everything else happens over the catalogue.

`search(params, language)` runs one search from its parameters alone, with no request and no
addresses: the view (search/views.py) reads the parameters from the address and links what it
gets back. The jobs are in their own modules: search/query.py (words to matching pages, typo
suggestion), search/facets.py (filters and counts), search/results.py (what a result shows).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator

from search.catalogue import get_catalogue
from search.facets import build_facets, filter_and_count, language_counts
from search.query import SearchParams, newest_first, ranked_documents, spelling_suggestion
from search.results import map_points, present, promoted_pages


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


def search(params, language):
    catalogue = get_catalogue()
    documents = ranked_documents(params, catalogue, language)
    passing, counts = filter_and_count(documents, params)
    if params.sort == "date" or not params.terms:
        passing.sort(key=newest_first)

    promotions = promoted_pages(params.query, language) if params.terms else []
    promoted_ids = {promotion["page_id"] for promotion in promotions}
    passing = [document for document in passing if document.page_id not in promoted_ids]

    page = Paginator(passing, settings.LISTING_PAGE_SIZE).get_page(params.page)
    page.object_list = [
        present(document, catalogue, language, params.terms) for document in page.object_list
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
        outcome.map_points = map_points(passing, catalogue, language)
    if params.terms and not passing and not promotions:
        outcome.suggestion = spelling_suggestion(params.terms, catalogue, language)
    if not passing or not (params.terms or params.has_filters):
        outcome.popular_topics = [
            {"title": topic.title, "document": topic}
            for topic in catalogue.popular_topics(language)
        ]
    return outcome
