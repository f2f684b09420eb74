"""What the Elasticsearch and OpenSearch backends of one language add to modelsearch's.

A language backend writes to its own indexes (INDEX_PREFIX) whose default analyzer is the
language's (INDEX_SETTINGS, see configuration.language_index_settings), and only accepts
objects whose locale is in its language: the other languages' backends index the rest.
Deleting needs no filter: a missing document is ignored.
"""

from django.core.exceptions import ImproperlyConfigured

from search.backends.languages import objects_in_language


class LanguageIndexMixin:
    """Index of a language backend: skips objects in other languages and without a locale."""

    def add_item(self, item):
        if objects_in_language([item], self.backend.language_code):
            super().add_item(item)

    def add_items(self, model, items):
        super().add_items(model, objects_in_language(items, self.backend.language_code))


class LanguageBackendMixin:
    """Backend of one language; its LANGUAGE option is the language code."""

    def __init__(self, params):
        params = dict(params)
        language_code = params.pop("LANGUAGE", "")
        if not language_code:
            raise ImproperlyConfigured(
                f"{type(self).__name__} needs the LANGUAGE option (a language code)."
            )
        self.language_code = language_code.lower()
        super().__init__(params)
