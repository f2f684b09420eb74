"""From words to matching pages: the query cleaned, each language's backend asked, typos fixed.

One code path for every backend: `language_backend()` picks the database or Elasticsearch
backend of a language; `matching_pks()` asks it which pages match, best first.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import zip_longest

from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.years import FIRST_YEAR, LAST_YEAR
from search import planner
from search.analysis import words
from search.backends import language_backend, matching_pks, uses_search_server
from search.backends.server import hits_with_highlights
from search.catalogue import get_catalogue
from search.translation_memory import translated_words

MAX_QUERY_LENGTH = 200
# Per language; beyond this many matches the counts are "at least" (Elasticsearch's window).
MAX_MATCHES = 10_000
YEAR_RANGE = (FIRST_YEAR, LAST_YEAR)


def clean_query(raw):
    """Any input is accepted: control characters are dropped, length is capped."""
    text = "".join(char for char in raw if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query):
    """Plain lower-case words: full-text engines then never see operators or unbalanced quotes."""
    return " ".join(re.findall(r"\w+", query)).lower()


@dataclass
class SearchParams:
    """The whole state of a search (search/views.py reads it leniently from the address).

    Topics and cities are translation keys; the other filters are the values of the facets.
    """

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
    # Search for the words as typed, without correcting typos.
    exact: bool = False
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


@dataclass
class Ranking:
    """The documents that match a search, best first, and how they were found."""

    documents: list
    # The query as corrected, when typos were fixed to find anything.
    corrected: str = ""
    # Not every word matched: documents with more of them come first.
    partial: bool = False
    # language → the terms searched in it, for the excerpts.
    terms: dict = field(default_factory=dict)


def searched_languages(params, catalogue, language):
    """The visitor's language; with all languages, then the original's, then the others."""
    languages = [language]
    if params.all_languages:
        others = sorted(code for code in catalogue.locales if code != language)
        languages += sorted(others, key=lambda code: code != settings.LANGUAGE_CODE)
    return [code for code in languages if code in catalogue.locales]


def ranked_documents(params, catalogue, language):
    """The catalogue's documents that match the words, best first (newest first without words).

    With all languages, the rankings of the languages are interleaved, and every piece of
    knowledge appears once: in the visitor's language, else in the English original, else in
    the language it was found in.
    """
    languages = searched_languages(params, catalogue, language)
    if not params.terms:
        documents = [
            document
            for code in languages
            for document in catalogue.documents_by_language.get(code, ())
        ]
        documents.sort(key=newest_first)
        ranking = Ranking(documents)
    elif uses_search_server():
        ranking = _ranked_by_search_server(params, catalogue, languages)
    else:
        ranking = _ranked_by_term_index(params, catalogue, languages, language)
    if params.all_languages:
        ranking.documents = deduplicate_translations(ranking.documents, catalogue, language)
    return ranking


def _ranked_by_search_server(params, catalogue, languages):
    """Elasticsearch/OpenSearch: every word (typo-tolerant, search/backends/server.py), or if
    that finds nothing, any of them."""

    def ranked(operator):
        rankings = []
        for code in languages:
            candidates = Page.objects.live().filter(
                locale=catalogue.locales[code], content_type_id__in=catalogue.content_type_ids
            )
            found = matching_pks(
                language_backend(code), params.terms, candidates, MAX_MATCHES, operator=operator
            )
            rankings.append(found)
        page_ids = _interleave(rankings)
        return [catalogue.documents[pk] for pk in page_ids if pk in catalogue.documents]

    documents = ranked("and")
    if documents or len(params.terms.split()) < 2:
        return Ranking(documents)
    return Ranking(ranked("or"), partial=True)


def server_excerpts(terms, documents):
    """{page id: highlighted passage} of these documents from Elasticsearch/OpenSearch's
    highlighter: one request per language, for a page of results."""
    by_language = defaultdict(list)
    for document in documents:
        by_language[document.language].append(document.page_id)
    excerpts = {}
    for code, page_ids in by_language.items():
        results = language_backend(code).search(
            terms, Page.objects.filter(pk__in=page_ids), operator="or"
        )
        for pk, excerpt in hits_with_highlights(results, len(page_ids)):
            if excerpt:
                # The server escaped the text (encoder "html"); the <mark> tags are ours.
                excerpts[pk] = mark_safe(excerpt)  # noqa: S308
    return excerpts


def _ranked_by_term_index(params, catalogue, languages, query_language):
    """Each language asked through the planner; with all languages, a word also matches its
    translations from the site's translation memory. Languages whose pages match every word as
    typed win over those that needed a correction or matched only some words."""
    visible = catalogue.documents.keys()
    matches = {}
    for code in languages:
        translations = translated_words(params.query, code) if params.all_languages else None
        matches[code] = planner.match(
            params.query,
            code,
            visible,
            MAX_MATCHES,
            correct=not params.exact,
            translations=translations,
            query_language=query_language,
        )
    found = [match for match in matches.values() if match.page_ids]
    clean = [match for match in found if not (match.corrected or match.partial)]
    used = clean or found
    page_ids = list(dict.fromkeys(_interleave([match.page_ids for match in used])))
    terms = {
        code: {term for word in match.query_words for term in word.terms}
        for code, match in matches.items()
        if match in used
    }
    first = used[0] if used and not clean else None
    return Ranking(
        _exact_titles_first([catalogue.documents[pk] for pk in page_ids], params.query, catalogue),
        corrected=first.corrected if first else "",
        partial=bool(first and first.partial),
        terms=terms,
    )


def _exact_titles_first(documents, query, catalogue):
    """A page whose title is exactly what was typed comes first ("lima" → the city of Lima)."""
    if "titles" not in catalogue.memo:
        titles = defaultdict(set)
        for document in catalogue.documents.values():
            titles[" ".join(words(document.title))].add(document.page_id)
        catalogue.memo["titles"] = titles
    exact = catalogue.memo["titles"].get(" ".join(words(query)), set())
    return sorted(documents, key=lambda document: document.page_id not in exact)


def _interleave(rankings):
    merged = []
    for group in zip_longest(*rankings):
        merged.extend(page_id for page_id in group if page_id is not None)
    return merged


def deduplicate_translations(documents, catalogue, language):
    """One result per piece of knowledge, where the first of its versions ranks: in the
    visitor's language where it exists, else in the English original, else as found."""
    seen = set()
    unique = []
    for document in documents:
        if document.translation_key in seen:
            continue
        seen.add(document.translation_key)
        versions = catalogue.translations[document.translation_key]
        preferred = versions.get(language) or versions.get(settings.LANGUAGE_CODE)
        unique.append(catalogue.documents.get(preferred) or document)
    return unique


def newest_first(document):
    return -document.date.timestamp() if document.date else float("inf")


def ranked_page_ids(query, languages, *, limit=MAX_MATCHES):
    """Ids of the live public pages in these languages that match `query`, best first.

    The site search's pipeline for other callers (the API): typos corrected, partial matches
    when nothing matches every word, one result per language version found.
    """
    catalogue = get_catalogue()
    params = SearchParams(query=clean_query(query))
    languages = [code for code in languages if code in catalogue.locales]
    if not params.terms or not languages:
        return []
    if uses_search_server():
        ranking = _ranked_by_search_server(params, catalogue, languages)
    else:
        ranking = _ranked_by_term_index(params, catalogue, languages, languages[0])
    return [document.page_id for document in ranking.documents[:limit]]
