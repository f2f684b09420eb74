"""From words to matching pages: the query cleaned, each language's backend asked, typos fixed.

One code path for every backend: `language_backend()` picks the database or Elasticsearch
backend of a language; `matching_pks()` asks it which pages match, best first.
"""

import difflib
import re
from dataclasses import dataclass, field
from itertools import zip_longest

from wagtail.models import Page

from core.years import FIRST_YEAR, LAST_YEAR
from search.backends import language_backend, matching_pks

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


def ranked_documents(params, catalogue, language):
    """The catalogue's documents that match the words, best first (newest first without words).

    With all languages, each language's ranking is interleaved and every piece of knowledge
    appears once, in the visitor's language where it exists.
    """
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
        documents.sort(key=newest_first)
    if params.all_languages:
        documents = deduplicate_translations(documents, catalogue, language)
    return documents


def autocomplete(terms, catalogue, language, limit):
    """Documents whose titles start like the words typed so far, best first."""
    locale = catalogue.locales.get(language)
    if not locale:
        return []
    candidates = Page.objects.live().filter(
        locale=locale, content_type_id__in=catalogue.content_type_ids
    )
    page_ids = matching_pks(
        language_backend(language), terms, candidates, limit * 2, autocomplete=True
    )
    documents = [catalogue.documents[pk] for pk in page_ids if pk in catalogue.documents]
    return documents[:limit]


def _interleave(rankings):
    merged = []
    for group in zip_longest(*rankings):
        merged.extend(page_id for page_id in group if page_id is not None)
    return merged


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


def newest_first(document):
    return -document.date.timestamp() if document.date else float("inf")


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
