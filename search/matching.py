"""Ask any search backend for the ids of the matching pages, best first, without loading them."""


def matching_page_ids(backend, terms, queryset, limit, method="search"):
    if method == "autocomplete":
        results = backend.autocomplete(terms, queryset)[:limit]
    else:
        results = backend.search(terms, queryset, operator="and")[:limit]
    if hasattr(results, "get_queryset"):
        # Database backends: the ranked query itself, reduced to one column.
        return list(results.get_queryset().values_list("pk", flat=True))
    # Elasticsearch and OpenSearch: the ids are in the hits; the database is not needed.
    params = {
        "index": backend.get_index_for_model(queryset.model).name,
        "_source": False,
        results.fields_param_name: "pk",
        "from_": 0,
        "size": limit,
    }
    hits = results._backend_do_search(results._get_es_body(), **params)["hits"]["hits"]
    return [int(hit["fields"]["pk"][0]) for hit in hits]
