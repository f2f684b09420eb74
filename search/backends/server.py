"""What the Elasticsearch and OpenSearch backends of one language add to modelsearch's.

A language backend writes to its own indexes (INDEX_PREFIX), analysed in its language
(analysis_settings.py: folding, stop words, Snowball stemming, German compound parts), and only
accepts objects whose locale is in its language: the other languages' backends index the rest.
Deleting needs no filter: a missing document is ignored.

Its searches forgive typos (fuzziness), and `hits_with_highlights()` returns each hit with the
passage around the matched words, marked by the server.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from modelsearch.backends.base import EmptySearchResults
from modelsearch.index import get_indexed_models
from modelsearch.utils import deep_update

from search.backends import MAX_SERVER_HITS
from search.backends.analysis_settings import (
    AUTOCOMPLETE_ANALYZER,
    AUTOCOMPLETE_SEARCH_ANALYZER,
    LANGUAGE_ANALYZERS,
    language_index_settings,
)
from search.backends.languages import objects_in_language

#: Edits a query word may be away from an indexed one: ES's AUTO with the thresholds of the
#: database search (search/vocabulary.py max_typos): none below 4 letters, 2 from 7 letters.
FUZZINESS = "AUTO:4,7"
#: Letters a misspelt word must share with the indexed one at its start ("Curitba").
FUZZY_PREFIX_LENGTH = 1

MARK = ("<mark>", "</mark>")
HIGHLIGHT_OPTIONS = {
    "pre_tags": [MARK[0]],
    "post_tags": [MARK[1]],
    # The text around the marks is HTML-escaped: a fragment can be shown as it is.
    "encoder": "html",
    "fragment_size": 200,
    "number_of_fragments": 1,
    # The query searches the `_all_text` copies, which hold no text to cut passages from: the
    # words are marked in the fields themselves.
    "require_field_match": False,
}
TITLE_COLUMN = "title"
#: Searched, but no passage to show: structured values as words (core/search_values.py).
UNHIGHLIGHTED_FIELDS = {"search_keywords"}


class LanguageIndexMixin:
    """Index of a language backend: skips objects in other languages and without a locale."""

    def put(self):
        # Each rebuild creates a new index: it splits compounds into the vocabulary of today.
        self.backend.add_compound_words()
        super().put()

    def add_item(self, item):
        if objects_in_language([item], self.backend.language_code):
            super().add_item(item)

    def add_items(self, model, items):
        super().add_items(model, objects_in_language(items, self.backend.language_code))


class LanguageMappingMixin:
    """Autocomplete fields fold what is typed as their analyzer folds titles ("orç" → "orc")."""

    edgengram_analyzer_config = {
        "analyzer": AUTOCOMPLETE_ANALYZER,
        "search_analyzer": AUTOCOMPLETE_SEARCH_ANALYZER,
    }


class LanguageQueryCompilerMixin:
    """Full-text queries that forgive typos, and the highlight section of their requests."""

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        return _forgiving_typos(super()._compile_plaintext_query(query, fields, boost))

    def _compile_fuzzy_query(self, query, fields):
        return _forgiving_typos(super()._compile_fuzzy_query(query, fields))

    def get_highlight(self):
        """Where the query's words are, marked: the whole title, one passage of other text."""
        fields = {column: {} for column in self.highlighted_columns()}
        if TITLE_COLUMN in fields:
            fields[TITLE_COLUMN] = {"number_of_fragments": 0}
        return {**HIGHLIGHT_OPTIONS, "fields": fields}

    def highlighted_columns(self):
        """The text fields searched, most boosted first (index column names).

        Without `fields`, every full-text field of the model and of its indexed subclasses (a
        page search also finds case studies) but UNHIGHLIGHTED_FIELDS. Text of related objects
        (nested) is left out.
        """
        if self.fields:
            return [field.field_name for field in self.remapped_fields]
        boosts = {}
        for model in get_indexed_models():
            if issubclass(model, self.queryset.model):
                mapping = self.mapping_class(model)
                for field in model.get_searchable_search_fields():
                    if field.field_name not in UNHIGHLIGHTED_FIELDS:
                        column = mapping.get_field_column_name(field)
                        boosts.setdefault(column, field.boost or 1)
        return sorted(boosts, key=lambda column: -boosts[column])


def _forgiving_typos(compiled):
    if "multi_match" in compiled:
        options = compiled["multi_match"]
    else:
        [options] = compiled["match"].values()
    options.update(fuzziness=FUZZINESS, prefix_length=FUZZY_PREFIX_LENGTH)
    return compiled


class LanguageBackendMixin:
    """Backend of one language; its LANGUAGE option is the language code.

    COMPOUND_WORDS (optional): a function, or its dotted path, taking the language code and
    returning the words compounds are split into (the language's vocabulary); it is asked each
    time an index is created, so `update_index` uses the words of the day.
    """

    def __init__(self, params):
        params = dict(params)
        language_code = params.pop("LANGUAGE", "").lower()
        if not language_code:
            raise ImproperlyConfigured(
                f"{type(self).__name__} needs the LANGUAGE option (a language code)."
            )
        if language_code not in LANGUAGE_ANALYZERS:
            raise ImproperlyConfigured(
                f"No analysis for language {language_code!r}: add it to LANGUAGE_ANALYZERS "
                "(search/backends/analysis_settings.py)."
            )
        self.language_code = language_code
        compound_words = params.pop("COMPOUND_WORDS", None)
        if isinstance(compound_words, str):
            compound_words = import_string(compound_words)
        self.compound_words = compound_words
        params.setdefault("INDEX_SETTINGS", language_index_settings(language_code))
        super().__init__(params)

    def add_compound_words(self):
        """Index settings with the current COMPOUND_WORDS as the decompounder's parts."""
        if self.compound_words is not None:
            words = self.compound_words(self.language_code)
            deep_update(self.settings, language_index_settings(self.language_code, words))


def hits_with_highlights(results, limit):
    """(pk, excerpt) of the first `limit` hits of a language backend's search, best first.

    For a page of results (`backend.search(terms, queryset.filter(pk__in=shown))`): the server
    highlights every hit it returns, so this is not for thousands of ids (`matching_pks()`).
    The excerpt is HTML (escaped text, matched words in <mark>) or None; see `best_excerpt()`.
    """
    if isinstance(results, EmptySearchResults):
        return []
    compiler = results.query_compiler
    model = compiler.queryset.model
    body = results._get_es_body()
    if hasattr(compiler, "get_highlight"):  # not an autocomplete
        body["highlight"] = compiler.get_highlight()
    response = results._backend_do_search(
        body,
        index=results.backend.get_index_for_model(model).name,
        _source=False,
        **{results.fields_param_name: "pk"},
        from_=results.start,
        size=max(0, min(limit, MAX_SERVER_HITS - results.start)),
    )
    columns = list(body.get("highlight", {}).get("fields", ()))
    return highlighted_pks(response, model, columns)


def highlighted_pks(response, model, columns):
    """(pk, excerpt) of each hit of a search response, in its order."""
    to_python = model._meta.pk.to_python
    return [
        (to_python(hit["fields"]["pk"][0]), best_excerpt(hit.get("highlight", {}), columns))
        for hit in response["hits"]["hits"]
    ]


def best_excerpt(highlight, columns):
    """The passage of a hit with the most matched words (ties: the field first in `columns`,
    the most boosted), else its title when only the title matched, else None."""
    passages = [
        (-fragments[0].count(MARK[0]), position, fragments[0])
        for position, column in enumerate(columns)
        if column != TITLE_COLUMN and (fragments := highlight.get(column))
    ]
    if passages:
        return min(passages)[2]
    title = highlight.get(TITLE_COLUMN)
    return title[0] if title else None
