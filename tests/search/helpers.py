def run_search(client, language="en", **params):
    """The search page's outcome for these GET parameters (lists for repeated ones)."""
    response = client.get(f"/{language}/search/", params)
    assert response.status_code == 200
    return response.context["outcome"]


def titles(outcome):
    return [result.document.title for result in outcome.results]


def counts(outcome, facet_name):
    facet = next(facet for facet in outcome.facets if facet.name == facet_name)
    return {option.label: option.count for option in facet.options}
