"""The passage of a page's text around the words a visitor searched for, those words marked.

A word of the text is marked when it shares a term with the query (search/analysis.py): the
match is found the way the search found it, so "Städte" marks "Stadt" and "participacao" marks
"participação". The passage is the window of text with the most distinct matched terms.
"""

from collections import Counter
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import TOKEN, Analyzer

# Words in an excerpt, and how far before the first match it starts.
WINDOW_WORDS = 32
LEAD_WORDS = 6
# Words of a page read to find the passage: its opening says what it is about, and a page of
# results stays fast however long its pages are.
MAX_WORDS_READ = 600


def snippet(text, terms, language):
    """An HTML-escaped excerpt of `text` around the words matching `terms`, or '' if none match."""
    if not text or not terms:
        return ""
    analyzer = Analyzer.of(language)
    tokens = list(islice(TOKEN.finditer(text), MAX_WORDS_READ))
    matched = [set(analyzer.word_terms(token.group(0))) & terms for token in tokens]
    if not any(matched):
        return ""
    start = _best_window_start(matched)
    end = min(len(tokens), start + WINDOW_WORDS)
    pieces = ["… "] if start else []
    position = tokens[start].start() if start else 0
    for index in range(start, end):
        token = tokens[index]
        if matched[index]:
            pieces.append(escape(text[position : token.start()]))
            pieces.append(f"<mark>{escape(token.group(0))}</mark>")
            position = token.end()
    last = tokens[end - 1].end()
    more = TOKEN.search(text, last) is not None
    # Where the passage reaches the end of the text, its closing punctuation too.
    pieces.append(escape(text[position : last if more else None]))
    if more:
        pieces.append(" …")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above


def _best_window_start(matched):
    """Where the window with the most distinct matched terms starts, a little before them.

    One pass over the matched words: the window's terms are counted in and out as it slides.
    """
    span = WINDOW_WORDS - LEAD_WORDS
    positions = [index for index, terms in enumerate(matched) if terms]
    counts = Counter()
    end = 0
    best_start, best_score = 0, -1
    for first in positions:
        while end < len(positions) and positions[end] < first + span:
            counts.update(matched[positions[end]])
            end += 1
        if len(counts) > best_score:
            best_start, best_score = first, len(counts)
        counts.subtract(matched[first])
        for term in matched[first]:
            if counts[term] <= 0:
                del counts[term]
    return max(0, best_start - LEAD_WORDS)
