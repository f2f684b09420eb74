"""How Elasticsearch/OpenSearch analyse each content language: the database search's steps.

A word is lower-cased, folded (accents dropped, ß → ss; in German ae/oe/ue read as ä/ö/ü),
its stop words dropped and stemmed by the language's Snowball stemmer, as search/analysis.py does
with PyStemmer, so a query finds the same pages on every backend. Indexed text keeps two stems
of an accented word, of the word as written and as folded (Snowball knows some suffixes only with
their accents: "participação"), and German compounds are also indexed under their known parts,
so "Frühwarnsystem" finds "Hochwasserfrühwarnsysteme". A query is folded, then stemmed once: one
term per word, which keeps fuzziness working (the engines do not fuzz words analysed into two
terms). Autocomplete folds the same way, so "orç" and "orc" both complete "Orçamento".

Every stemmer and filter named here exists in both Elasticsearch 9 and OpenSearch 3. Standard
library only: configuration.py, which the settings import, imports this module.
"""

import unicodedata
from dataclasses import dataclass

#: Analyzer of indexed text: Elasticsearch's name for the index-wide default.
INDEX_ANALYZER = "default"
#: Analyzer of queries on fields without a search analyzer of their own.
SEARCH_ANALYZER = "default_search"
#: modelsearch's analyzer of the autocomplete fields (edge n-grams), redefined here.
AUTOCOMPLETE_ANALYZER = "edgengram_analyzer"
#: What a typed prefix goes through (modelsearch's "standard" would not fold it).
AUTOCOMPLETE_SEARCH_ANALYZER = "edgengram_search_analyzer"

#: Folds, and keeps the accented word beside the folded one for the stemmer.
FOLDING_WITH_ORIGINAL = "asciifolding_with_original"

# Those of search/analysis.py: shortest word tried as a compound, shortest part of one.
MIN_COMPOUND_LENGTH = 8
MIN_PART_LENGTH = 3


@dataclass(frozen=True)
class LanguageAnalysis:
    """The language-specific steps; `name` prefixes the names of the language's filters."""

    name: str
    stopwords: str
    stemmer: str
    # Built-in filters right after lower-casing, before the accents are dropped.
    normalization: tuple[str, ...] = ()
    # Whether compounds are indexed under their parts (compound_words of language_index_settings).
    compounds: bool = False

    @property
    def stop_filter(self):
        return f"{self.name}_stop"

    @property
    def stemmer_filter(self):
        return f"{self.name}_stemmer"

    @property
    def decompounder_filter(self):
        return f"{self.name}_decompounder"


#: Analysis of each content language, with the Snowball stemmer search/analysis.py uses
#: (porter2 is Snowball's English; the engines' "english" is the older Porter stemmer).
LANGUAGE_ANALYZERS = {
    "en": LanguageAnalysis("english", "_english_", "porter2"),
    "de": LanguageAnalysis(
        "german", "_german_", "german", normalization=("german_normalization",), compounds=True
    ),
    "es": LanguageAnalysis("spanish", "_spanish_", "spanish"),
    "pt-br": LanguageAnalysis("brazilian", "_brazilian_", "portuguese"),
}


def language_index_settings(language_code, compound_words=()):
    """INDEX_SETTINGS of a language backend's indexes, deep-merged into modelsearch's own.

    Modelsearch maps every full-text field (title, body, the `_all_text` copies, nested related
    text) without an analyzer, so they all use the index default, and queries the index's
    default search analyzer; the autocomplete fields name modelsearch's edge n-gram analyzer,
    redefined here to fold like the rest. `compound_words` (the language's vocabulary, any
    case and accents) are the parts a compound is indexed under, in a language with compounds;
    without them there is no decompounder.
    """
    analysis = LANGUAGE_ANALYZERS[language_code]
    filters = {
        FOLDING_WITH_ORIGINAL: {"type": "asciifolding", "preserve_original": True},
        analysis.stop_filter: {"type": "stop", "stopwords": analysis.stopwords},
        analysis.stemmer_filter: {"type": "stemmer", "language": analysis.stemmer},
    }
    parts = compound_parts(compound_words, analysis) if analysis.compounds else []
    if parts:
        filters[analysis.decompounder_filter] = _decompounder(parts)
    # Stop words go as written ("für", "más") and, for the lists' unaccented words, as folded.
    before_folding = ["lowercase", analysis.stop_filter, *analysis.normalization]
    index_filters = [
        *before_folding,
        FOLDING_WITH_ORIGINAL,
        analysis.stop_filter,
        *([analysis.decompounder_filter] if parts else []),
        analysis.stemmer_filter,
        # The stems of the words as written, folded; one term where both stems agree.
        "asciifolding",
        "remove_duplicates",
    ]
    search_filters = [
        *before_folding,
        "asciifolding",
        analysis.stop_filter,
        analysis.stemmer_filter,
    ]
    # Prefixes keep their stop words ("die" of "Die Stadt") and stay unstemmed.
    prefix_filters = ["lowercase", *analysis.normalization, "asciifolding"]
    analyzers = {
        INDEX_ANALYZER: _custom(index_filters),
        SEARCH_ANALYZER: _custom(search_filters),
        # "edgengram" is modelsearch's edge n-gram filter.
        AUTOCOMPLETE_ANALYZER: _custom([*prefix_filters, "edgengram"]),
        AUTOCOMPLETE_SEARCH_ANALYZER: _custom(prefix_filters),
    }
    return {"settings": {"analysis": {"analyzer": analyzers, "filter": filters}}}


def _decompounder(parts):
    return {
        "type": "dictionary_decompounder",
        "word_list": parts,
        # Every known part, also inside a longer one ("warnsystem" and "system").
        "only_longest_match": False,
        "min_word_size": MIN_COMPOUND_LENGTH,
        "min_subword_size": MIN_PART_LENGTH,
    }


def _custom(filters):
    return {"type": "custom", "tokenizer": "standard", "filter": filters}


def compound_parts(words, analysis):
    """The words as the decompounder meets them (normalized and folded), sorted, unique.

    The decompounder runs after folding, so "Bürger", "buerger" and "burger" are one part.
    """
    parts = {fold_like_the_index(word, analysis) for word in words}
    return sorted(part for part in parts if len(part) >= MIN_PART_LENGTH and part.isalnum())


def fold_like_the_index(word, analysis):
    """`word` after the index's lower-casing, normalization and ASCII folding."""
    word = word.lower()
    if "german_normalization" in analysis.normalization:
        word = german_normalization(word)
    decomposed = unicodedata.normalize("NFKD", word.replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def german_normalization(word):
    """Lucene's GermanNormalizationFilter: ä/ö/ü → a/o/u, ß → ss, ae/oe → a/o, and ue → u
    unless the u follows a vowel or q ("buerger" → "burger", "neue" stays)."""
    umlauts = {"ä": "a", "ö": "o", "ü": "u"}
    normalized = []
    # "umlaut": the last letter was a, o or a u after a consonant, so an e after it goes.
    state = "other"
    for char in word:
        if char in "ao":
            state = "umlaut"
        elif char == "u":
            state = "umlaut" if state == "other" else "vowel"
        elif char == "e":
            if state == "umlaut":
                state = "vowel"
                continue
            state = "vowel"
        elif char in "iqy" or char in umlauts:
            state = "vowel"
        elif char == "ß":
            normalized.append("ss")
            state = "other"
            continue
        else:
            state = "other"
        normalized.append(umlauts.get(char, char))
    return "".join(normalized)
