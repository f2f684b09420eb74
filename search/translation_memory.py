"""The site's own translations as a dictionary, for searching in all languages.

A visitor who types "transporte público" with "all languages" on should also find the English
and German pages about public transport. The site knows how its words are said in each language:
wagtail-localize's translation memory (every source string of a translated page and its
translations), the interface catalogues (locale/*.po) and the titles of the pages published in
several languages. Each is a segment with a text per language. A word's translation into
another language is the term that most often appears in the other language's text of the
segments whose text holds the word, measured by the Dice coefficient: twice the segments with
both, divided by the segments with either (word or term).
"""

import threading
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import trans_real
from wagtail_localize.models import String, StringTranslation

from core.content_generation import current_generation
from search.analysis import TOKEN, Analyzer
from search.catalogue import get_catalogue

# Phrases and titles, not paragraphs: in a long segment every word co-occurs with every other.
MAX_SEGMENT_WORDS = 12
# A translation must be seen in this many segments, and be this strongly associated.
MIN_SHARED_SEGMENTS = 2
MIN_DICE = 0.3
# Translations kept per word and language (alternatives: any of them matches).
TRANSLATIONS_PER_WORD = 2


@dataclass
class Memory:
    # language → segment number → terms of that language's text
    segment_terms: dict
    # language → term → segment numbers
    by_term: dict

    def translations(self, word):
        """{language: terms}: what `word`, in whichever language it is, is in the others."""
        found = defaultdict(set)
        for source, by_term in self.by_term.items():
            terms = Analyzer.of(source).terms(word)
            segments = set().union(*(by_term.get(term, ()) for term in terms))
            if not segments:
                continue
            for language, terms_of in self.segment_terms.items():
                if language != source:
                    found[language].update(self._best(segments, language, terms_of))
        return dict(found)

    def _best(self, segments, language, terms_of):
        shared = Counter(term for number in segments for term in terms_of.get(number, ()))
        scored = []
        for term, count in shared.items():
            if count < MIN_SHARED_SEGMENTS:
                continue
            dice = 2 * count / (len(segments) + len(self.by_term[language][term]))
            if dice >= MIN_DICE:
                scored.append((dice, term))
        return [term for _dice, term in sorted(scored, reverse=True)[:TRANSLATIONS_PER_WORD]]


def translated_words(query, language):
    """For each content word of the query, the terms that translate it into `language`."""
    memory = translation_memory()
    words = {}
    for token in TOKEN.findall(query):
        if not any(Analyzer.of(code).is_stopword(token) for code in memory.by_term):
            words[token.lower()] = memory.translations(token).get(language, set())
    return words


def build_memory():
    segment_terms = defaultdict(dict)
    by_term = defaultdict(lambda: defaultdict(set))
    segments = [*_localize_segments(), *_interface_segments(), *_title_segments()]
    segments = [
        texts
        for texts in segments
        if len(texts) > 1 and max(len(text.split()) for text in texts.values()) <= MAX_SEGMENT_WORDS
    ]
    for number, texts in enumerate(segments):
        for language, text in texts.items():
            terms = set(Analyzer.of(language).terms(text))
            segment_terms[language][number] = terms
            for term in terms:
                by_term[language][term].add(number)
    return Memory(
        segment_terms=dict(segment_terms),
        by_term={language: dict(terms) for language, terms in by_term.items()},
    )


def _plain(text):
    return " ".join(strip_tags(text).split())


def _localize_segments():
    segments = {}
    for pk, code, data in String.objects.values_list("pk", "locale__language_code", "data"):
        segments[pk] = {code.lower(): _plain(data)}
    translated = StringTranslation.objects.values_list(
        "translation_of_id", "locale__language_code", "data"
    )
    for string_id, code, data in translated:
        if string_id in segments:
            segments[string_id][code.lower()] = _plain(data)
    return list(segments.values())


def _title_segments():
    """The titles of the public pages in each language they are published in."""
    catalogue = get_catalogue()
    segments = []
    for versions in catalogue.translations.values():
        if len(versions) > 1:
            segments.append(
                {language: catalogue.documents[pk].title for language, pk in versions.items()}
            )
    return segments


def _interface_segments():
    """The interface's own phrases: English message ids with their translations."""
    source = settings.LANGUAGE_CODE
    by_message = defaultdict(dict)
    for code, _name in settings.LANGUAGES:
        if code == source:
            continue
        catalog = trans_real.translation(translation.to_locale(code))._catalog
        for message, text in catalog.items():
            if isinstance(message, str) and message and text and text != message:
                by_message[message][code] = _plain(text)
    return [{source: _plain(message), **texts} for message, texts in by_message.items()]


_lock = threading.Lock()
_current = {"generation": None, "memory": None}


def translation_memory():
    generation = current_generation()
    if _current["memory"] is None or _current["generation"] != generation:
        with _lock:
            _current.update(generation=generation, memory=build_memory())
    return _current["memory"]
