from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


def measure_queries(client, url):
    """Queries of a repeat visit: the first one creates image renditions, a one-off cost."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
