"""Requests to the read-only API, checked and unpacked."""

PAGES = "/api/v2/pages/"


def items(client, url=PAGES, **params):
    """The items of an API listing, after checking it answered."""
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def ids(client, url=PAGES, **params):
    return {item["id"] for item in items(client, url, **params)}


def error(client, url=PAGES, **params):
    """The message of a refused request (400)."""
    response = client.get(url, params)
    assert response.status_code == 400, response.content
    return response.json()["message"]


def detail(client, page):
    """The detail response of a page, after checking it answered."""
    response = client.get(f"{PAGES}{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def reference(page, language_code="en"):
    """How the API refers to a related page."""
    return {
        "id": page.pk,
        "title": page.title,
        "locale": language_code,
        "url": page.full_url,
        "detail_url": f"http://testserver{PAGES}{page.pk}/",
    }
