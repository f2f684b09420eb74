"""Which search backend answers a query in a given language, and which objects it matches.

The backends themselves are configured by WAGTAILSEARCH_BACKENDS (configuration.py): the
database backend, stemming each language by its own rules on PostgreSQL, or Elasticsearch /
OpenSearch with one set of indexes per language. The view code is the same for all of them.
"""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from modelsearch.conf import get_app_config
from wagtail.search.backends import get_search_backend

from search.backends.configuration import TERM_INDEX_BACKEND, language_backend_name

# Elasticsearch answers at most this many hits per query (index.max_result_window).
MAX_SERVER_HITS = 10_000


@lru_cache(maxsize=32)
def language_backend(language_code):
    """The backend that searches content of one language with that language's analysis.

    Its `.search()` and `.autocomplete()` expect a queryset already narrowed to the language's
    locale. Elasticsearch/OpenSearch: the language's own backend; PostgreSQL: the default
    backend parsing queries with the language's text search configuration; SQLite: the
    default backend. Backends are kept for the life of the process (Elasticsearch clients
    keep their connections open); changing WAGTAILSEARCH_BACKENDS forgets them.
    """
    name = language_backend_name(language_code)
    if name in get_app_config().get_search_backend_config():
        return get_search_backend(name)
    backend = get_search_backend("default")
    if hasattr(backend, "for_language"):
        return backend.for_language(language_code)
    return backend


def uses_search_server():
    """Whether Elasticsearch/OpenSearch answers the site search, not its own index."""
    return TERM_INDEX_BACKEND not in get_app_config().get_search_backend_config()


@receiver(setting_changed)
def forget_backends(*, setting, **kwargs):
    if setting == "WAGTAILSEARCH_BACKENDS":
        language_backend.cache_clear()


def matching_pks(backend, terms, queryset, limit, *, autocomplete=False, operator="and"):
    """Primary keys of the objects of `queryset` that match `terms`, best first, at most `limit`.

    Nothing is loaded: database backends run their ranked query for the one column;
    Elasticsearch/OpenSearch read the ids from the hits (at most MAX_SERVER_HITS), so an id
    may belong to an object deleted since it was indexed, and callers load objects through
    their own queryset. `autocomplete` matches the last term as a word beginning, in the
    autocomplete fields (titles).
    """
    # Imported here: the settings import this package (configuration.py), before models load.
    from modelsearch.backends.base import EmptySearchResults
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults

    if hasattr(backend, "ranked_pks"):  # SQLite: search/backends/sqlite.py
        return backend.ranked_pks(
            terms, queryset, limit, autocomplete=autocomplete, operator=operator
        )
    search = backend.autocomplete if autocomplete else backend.search
    results = search(terms, queryset, operator=operator)[:limit]
    if isinstance(results, EmptySearchResults):
        return []
    if isinstance(results, ElasticsearchBaseSearchResults):
        return _server_hit_pks(results, min(limit, MAX_SERVER_HITS))
    return list(results.get_queryset().values_list("pk", flat=True))


def _server_hit_pks(results, limit):
    model = results.query_compiler.queryset.model
    response = results._backend_do_search(
        results._get_es_body(),
        index=results.backend.get_index_for_model(model).name,
        _source=False,
        **{results.fields_param_name: "pk"},
        from_=0,
        size=limit,
    )
    to_python = model._meta.pk.to_python
    return [to_python(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
