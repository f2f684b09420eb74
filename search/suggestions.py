"""Suggestions as the visitor types: titles and facet values that begin like the words so far.

Everything comes from the catalogue (live public pages only), so suggestions behave the same on
every backend and cost no query. Candidates are the titles in the visitor's language, with the
English original where a page has no version in it, and the countries the knowledge base covers
(by their name in the visitor's language and in English). Every typed word must begin a word of
the suggestion, accents and case aside; a word of four letters or more may be one typo off. The
exact title comes first, then titles that begin with the words, then the shorter ones.
"""

from bisect import bisect_left
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django_countries import countries

from search.analysis import words
from search.vocabulary import edit_distance

MIN_TYPO_PREFIX = 4


@dataclass(frozen=True)
class Suggestion:
    title: str
    # What it links to: a catalogue document, or a country to filter the search by.
    document: object = None
    country: str = ""
    language: str = ""


class SuggestionIndex:
    def __init__(self, entries):
        self.entries = entries
        self.folded_titles = [" ".join(words(entry.title)) for entry in entries]
        by_word = {}
        for number, title in enumerate(self.folded_titles):
            for word in set(title.split()):
                by_word.setdefault(word, set()).add(number)
        self.by_word = by_word
        self.sorted_words = sorted(by_word)

    def suggest(self, text, limit):
        typed = words(text)
        if not typed:
            return []
        found = None
        typos = 0
        for word in typed:
            entries = self._beginning_with(word)
            if not entries and len(word) >= MIN_TYPO_PREFIX:
                entries = self._one_typo_from(word)
                typos += 1
            found = entries if found is None else found & entries
            if not found:
                return []
        phrase = " ".join(typed)

        def rank(number):
            title = self.folded_titles[number]
            return (title != phrase, not title.startswith(phrase), len(title), title)

        return [self.entries[number] for number in sorted(found, key=rank)[:limit]]

    def _beginning_with(self, prefix):
        found = set()
        start = bisect_left(self.sorted_words, prefix)
        for word in self.sorted_words[start:]:
            if not word.startswith(prefix):
                break
            found |= self.by_word[word]
        return found

    def _one_typo_from(self, prefix):
        found = set()
        for word in self.sorted_words:
            if word[:1] != prefix[:1] and word[1:2] != prefix[1:2]:
                continue
            # The typo may add or drop a letter: compare with beginnings of three lengths.
            if any(
                edit_distance(prefix, word[:length], 1) <= 1
                for length in (len(prefix) - 1, len(prefix), len(prefix) + 1)
            ):
                found |= self.by_word[word]
        return found


def suggestion_index(catalogue, language):
    """The suggestions of one language, built once per catalogue."""
    key = ("suggestions", language)
    if key not in catalogue.memo:
        catalogue.memo[key] = SuggestionIndex(_entries(catalogue, language))
    return catalogue.memo[key]


def _entries(catalogue, language):
    source = settings.LANGUAGE_CODE
    entries = []
    for versions in catalogue.translations.values():
        page_id = versions.get(language) or versions.get(source)
        if page_id:
            document = catalogue.documents[page_id]
            entries.append(Suggestion(document.title, document, language=document.language))
    covered = {document.country for document in catalogue.documents.values() if document.country}
    for code in sorted(covered):
        names = {_country_name(code, language), _country_name(code, source)}
        entries.extend(Suggestion(name, country=code, language=language) for name in names)
    return entries


def _country_name(code, language):
    with translation.override(language):
        return str(countries.name(code))


def suggest(catalogue, text, language, limit):
    return suggestion_index(catalogue, language).suggest(text, limit)
