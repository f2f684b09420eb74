"""From what a visitor typed to the pages of one language that match it, as well as can be.

The steps, each only when the one before finds nothing visible:
1. every word (stop words dropped; a German compound also matches its known parts);
2. the same with each word that matches nothing replaced by the closest known word that does
   ("goverance" → "governance"): the visitor is told, and can search for what they typed;
3. any of the words, pages with more of them first: the visitor is told not all words matched.
"""

import functools
from dataclasses import dataclass, field

from search.analysis import STEMMERS, TOKEN, Analyzer
from search.matching import QueryWord, matching_ids, ranked
from search.vocabulary import vocabulary

# Typo candidates tried per word before giving up.
MAX_CORRECTIONS_TRIED = 3


@dataclass
class LanguageMatch:
    page_ids: list = field(default_factory=list)
    # The words as finally searched, for the excerpts.
    query_words: list = field(default_factory=list)
    # The query as corrected, when a typo was fixed.
    corrected: str = ""
    # Not every word matched: pages are ranked by how many do.
    partial: bool = False


def query_words(text, language, translations=None, query_language=None):
    """The query's words, each with its terms in the language; `translations` ({word: terms},
    search/translation_memory.py) adds what the word is in this language. Stop words of the
    language and of the language the query was typed in are left out ("de" in "corrida de
    toros" is no word to look for in English pages)."""
    translations = translations or {}
    analyzer = Analyzer.of(language)
    typed_in = Analyzer.of(query_language or language)
    tokens = TOKEN.findall(text)
    content = [
        token
        for token in tokens
        if not analyzer.is_stopword(token) and not typed_in.is_stopword(token)
    ] or tokens
    known = vocabulary(language)
    words = []
    for token in content:
        alternatives = [(term,) for term in analyzer.word_terms(token)]
        alternatives += [(term,) for term in sorted(translations.get(token.lower(), ()))]
        parts = analyzer.split_compound(token, known)
        if parts:
            alternatives.append(tuple(analyzer.word_terms(part)[0] for part in parts))
        words.append(QueryWord(token.lower(), tuple(alternatives)))
    return words


def match(
    text,
    language,
    visible,
    limit,
    *,
    correct=True,
    partial=True,
    translations=None,
    query_language=None,
):
    """A LanguageMatch of the `visible` pages (a set of ids) of the language for `text`.

    Without `correct`, typos stay as typed; without `partial`, every word must match. A
    correction is used only if every word then matches: partial matches are of the words as
    typed, never of guesses."""
    words = query_words(text, language, translations, query_language)
    if not words:
        return LanguageMatch()

    def search(searched, require="all"):
        return [pk for pk in ranked(searched, language, limit, require=require) if pk in visible]

    # Each word's matches, asked once: the typo and the partial steps both need them.
    @functools.cache
    def ids_of(word):
        return matching_ids(word, language, limit)

    page_ids = search(words)
    if page_ids:
        return LanguageMatch(page_ids, words)

    if correct:
        corrected = [_corrected(word, language, visible, ids_of) for word in words]
        if corrected != words:
            page_ids = search(corrected)
            if page_ids:
                correction = " ".join(word.text for word in corrected)
                return LanguageMatch(page_ids, corrected, corrected=correction)

    if partial and len(words) > 1:
        page_ids = search(words, require="any")
        if page_ids:
            matches = [ids_of(word) for word in words]
            position = {pk: rank for rank, pk in enumerate(page_ids)}
            page_ids.sort(key=lambda pk: (-sum(pk in found for found in matches), position[pk]))
            return LanguageMatch(page_ids, words, partial=True)
    return LanguageMatch(query_words=words)


def _corrected(word, language, visible, ids_of):
    """The word, or the closest known word that matches a visible page if it matches none."""
    if ids_of(word) & visible:
        return word
    candidates = [
        candidate
        for candidate in vocabulary(language).corrections(word.text)
        if not any(Analyzer.of(code).is_stopword(candidate) for code in STEMMERS)
    ]
    for candidate in candidates[:MAX_CORRECTIONS_TRIED]:
        replacement = query_words(candidate, language)
        if replacement and ids_of(replacement[0]) & visible:
            return replacement[0]
    return word
