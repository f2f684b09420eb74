"""Text to search terms, one language at a time: the same analysis for indexed text and queries.

A word is lower-cased, folded (accents dropped, ß → ss) and stemmed by the language's Snowball
stemmer (PyStemmer). The stemmer is asked twice, for the word as written and as folded, because
some stemmers know a suffix only with its accents (Portuguese "participação" → "particip", but
"participacao" → "participaca"): a word's terms are both results, folded, and a query word matches
a page when their terms meet. German stemming already treats ae/oe/ue as umlauts.

Numbers with dots ("11.6", an SDG target) stay one term; every term is made of ASCII letters and
digits only, so the full-text engines (FTS5, PostgreSQL's 'simple' configuration) keep it whole.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

from search.stopwords import STOPWORDS

#: Snowball stemmer of each content language.
STEMMERS = {"en": "english", "de": "german", "es": "spanish", "pt-br": "portuguese"}
DEFAULT_LANGUAGE = "en"

TOKEN = re.compile(r"\d+(?:\.\d+)+|\w+")
# Shortest German word tried as a compound, shortest part of one.
MIN_COMPOUND_LENGTH = 8
MIN_PART_LENGTH = 3
# German joins the parts of a compound with these linking letters (Fugenlaute).
LINKING_LETTERS = ("", "s", "es", "n", "en", "e")


def fold(word):
    """Lower case without accents: 'Bürger' → 'burger', 'Straße' → 'strasse', 'orçamento' →
    'orcamento'."""
    # Most words of the content: nothing to decompose (indexing folds every word of every page).
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """The words of a text, folded, in order; numbers with dots are one word."""
    return [fold(token) for token in TOKEN.findall(text)]


def supported_language(language):
    language = (language or "").lower()
    return language if language in STEMMERS else DEFAULT_LANGUAGE


class Analyzer:
    """The analysis of one language: `Analyzer.of("de")` is shared by everyone."""

    _instances = {}

    def __init__(self, language):
        self.language = supported_language(language)
        self._stemmer = Stemmer.Stemmer(STEMMERS[self.language])
        self.stopwords = frozenset(fold(word) for word in STOPWORDS[self.language])
        self.word_terms = lru_cache(maxsize=200_000)(self._word_terms)

    @classmethod
    def of(cls, language):
        language = supported_language(language)
        if language not in cls._instances:
            cls._instances[language] = cls(language)
        return cls._instances[language]

    def _word_terms(self, token):
        """The terms of one token ('Participações' → ('particip', 'participaco'))."""
        lowered = token.casefold()
        if "." in lowered:
            return (re.sub(r"\W", "d", lowered),)
        folded = fold(lowered)
        if not folded.isascii():
            # Scripts without a Latin folding: the word as it is, letters and digits only.
            return (re.sub(r"\W", "", folded) or folded,)
        terms = dict.fromkeys((fold(self._stemmer.stemWord(lowered)), self.stem_folded(folded)))
        return tuple(term for term in terms if term)

    def stem_folded(self, folded_word):
        return self._stemmer.stemWord(folded_word)

    def is_stopword(self, word):
        return fold(word) in self.stopwords

    def terms(self, text, *, keep_stopwords=False):
        """Every term of a text, in order (a word with two terms gives both)."""
        found = []
        for token in TOKEN.findall(text):
            if not keep_stopwords and fold(token) in self.stopwords:
                continue
            found.extend(self.word_terms(token))
        return found

    def split_compound(self, word, known_words):
        """A German compound split into known words, longest parts first, or None.

        'datenplattform' → ['daten', 'plattform'] when both are in `known_words` (folded words of
        the index vocabulary); linking letters between the parts are allowed ('verkehrsplanung' →
        ['verkehr', 'planung']). Other languages do not compound.
        """
        if self.language != "de" or len(word) < MIN_COMPOUND_LENGTH:
            return None
        return _split(fold(word), known_words, first=True)


def _split(word, known_words, *, first):
    if not first and word in known_words:
        return [word]
    for end in range(len(word) - MIN_PART_LENGTH, MIN_PART_LENGTH - 1, -1):
        head = word[:end]
        if head not in known_words:
            continue
        for link in LINKING_LETTERS:
            rest = word[end:]
            if not rest.startswith(link) or len(rest) - len(link) < MIN_PART_LENGTH:
                continue
            tail = _split(rest[len(link) :], known_words, first=False)
            if tail:
                return [head, *tail]
    return None
