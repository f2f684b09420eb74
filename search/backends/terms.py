"""The site search's own index as a modelsearch backend, so it is kept like every other index.

Registered as the "terms" backend when no search server is configured
(configuration.search_backends_from_environment): modelsearch's signal handlers hand it every
saved or deleted object, and `manage.py update_index` rebuilds it. It only indexes; the site
search asks the index through search/matching.py, never through `.search()`.
"""

from modelsearch.backends.base import BaseIndex, BaseSearchBackend

from search import indexing
from search.matching import QueryWord, ranked
from search.models import SearchDocument


class TermIndex(BaseIndex):
    def __init__(self, backend):
        super().__init__(backend)
        # The pages a rebuild has seen (TermIndexRebuilder): the others are gone.
        self.seen = None

    def get_key(self):
        return "search_terms"

    def add_model(self, model):
        pass

    def refresh(self):
        pass

    def reset(self):
        indexing.reset()

    def add_item(self, obj):
        self.add_items(type(obj), [obj])

    def add_items(self, model, items):
        if not indexing.is_searchable(model):
            return
        items = list(items)
        indexing.index_pages(items)
        if self.seen is not None:
            self.seen.update(item.pk for item in items if item.live)

    def delete_item(self, item):
        if indexing.is_searchable(type(item)):
            indexing.remove_pages([item.pk])


class TermIndexRebuilder:
    """Re-indexes every page in place (the search keeps answering), then drops what is gone."""

    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.seen = set()
        return self.index

    def finish(self):
        seen, self.index.seen = self.index.seen, None
        stale = set(SearchDocument.objects.values_list("pk", flat=True)) - seen
        indexing.remove_pages(stale)


class TermIndexBackend(BaseSearchBackend):
    index_class = TermIndex
    rebuilder_class = TermIndexRebuilder

    def __init__(self, params):
        super().__init__(params)
        self._index = TermIndex(self)

    def get_index_for_model(self, model):
        return self._index

    def check_index(self):
        """For the readiness check: the index and its full-text machinery answer."""
        ranked([QueryWord("readyz", (("readyz",),))], "en", 1)

    def search(self, *args, **kwargs):
        raise NotImplementedError("The site search asks search.matching, not this backend.")

    autocomplete = search


SearchBackend = TermIndexBackend
