"""The words each language's pages use: for correcting typos and splitting German compounds.

The vocabulary is counted as pages are indexed (search/indexing.py) and read once per process
and content generation (core/content_generation.py). A misspelt word is corrected to the known
word closest by edit distance, more common words first; candidates come from PostgreSQL's
trigram index (pg_trgm) there, from an in-memory trigram index on SQLite.
"""

import threading
from collections import defaultdict
from functools import cached_property

from django.db import connection

from core.content_generation import current_generation
from search.analysis import fold
from search.indexing import known_words
from search.models import SearchWord

MAX_CANDIDATES = 12


def max_typos(word):
    """Edits allowed in a word of this length: none in short words, where they change meaning."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 7 else 2


def edit_distance(first, second, limit):
    """Optimal string alignment distance (a swap of neighbours is one edit), or limit + 1."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous_row, row = None, list(range(len(second) + 1))
    for i, first_char in enumerate(first, 1):
        before, previous_row, row = previous_row, row, [i] + [0] * len(second)
        for j, second_char in enumerate(second, 1):
            cost = first_char != second_char
            row[j] = min(previous_row[j] + 1, row[j - 1] + 1, previous_row[j - 1] + cost)
            if (
                before is not None
                and i > 1
                and j > 1
                and first_char == second[j - 2]
                and first[i - 2] == second_char
            ):
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
    return row[-1]


def trigrams(word):
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Vocabulary:
    def __init__(self, language, counts):
        self.language = language
        self.counts = counts

    def __contains__(self, word):
        return word in self.counts

    @cached_property
    def _words_by_trigram(self):
        index = defaultdict(list)
        for word in self.counts:
            for trigram in trigrams(word):
                index[trigram].append(word)
        return index

    def corrections(self, word):
        """Known words within the allowed edits of `word`, closest and most common first."""
        word = fold(word)
        limit = max_typos(word)
        if not limit:
            return []
        candidates = self._candidates(word)
        scored = []
        for candidate in candidates:
            distance = edit_distance(word, candidate, limit)
            if distance <= limit:
                scored.append((distance, -self.counts.get(candidate, 0), candidate))
        return [candidate for _distance, _count, candidate in sorted(scored)]

    def _candidates(self, word):
        if connection.vendor == "postgresql":
            return (
                SearchWord.objects.filter(language=self.language, documents__gt=0)
                # `%` (similar enough, pg_trgm's threshold) is what the trigram index answers.
                .extra(
                    select={"similarity": "similarity(word, %s)"},
                    select_params=[word],
                    where=["word %% %s"],
                    params=[word],
                )
                .order_by("-similarity")
                .values_list("word", flat=True)[: MAX_CANDIDATES * 4]
            )
        shared = defaultdict(int)
        for trigram in trigrams(word):
            for candidate in self._words_by_trigram.get(trigram, ()):
                shared[candidate] += 1
        best = sorted(shared.items(), key=lambda item: -item[1])
        return [candidate for candidate, _count in best[: MAX_CANDIDATES * 4]]


_lock = threading.Lock()
_vocabularies = {}


def vocabulary(language):
    generation = current_generation()
    cached = _vocabularies.get(language)
    if cached is None or cached[0] != generation:
        with _lock:
            cached = (generation, Vocabulary(language, known_words(language)))
            _vocabularies[language] = cached
    return cached[1]
