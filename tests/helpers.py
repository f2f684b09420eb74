"""Helpers shared by the test modules of every app."""

import datetime

import wagtail_factories
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone
from wagtail.models import Collection, PageViewRestriction, Site

from tests.home.factories import site_home


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def days_from_now(days):
    return timezone.now() + datetime.timedelta(days=days)


def make_image():
    """An image in the root collection (the factory's default adds a collection per image)."""
    return wagtail_factories.ImageFactory(collection=Collection.get_first_root_node())


def make_private(page, restriction_type=PageViewRestriction.PASSWORD):
    """Hide `page` and its subtree behind the password "secret" (or a login, with
    `PageViewRestriction.LOGIN`): it must no longer be listed or shown."""
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="secret"
    )


def assert_routes_to(page):
    """Wagtail's assertPageIsRoutable keeps the /en/ prefix of i18n_patterns and 404s; strip it."""
    request = RequestFactory().get(page.url)
    path = resolve(page.url).args[0]
    root = Site.find_for_request(request).root_page.localized.specific
    assert root.route(request, [part for part in path.split("/") if part]).page == page


def assert_one_per_home(index_factory):
    """The index type of `index_factory` can be added under the home page only while it has none."""
    index_model = index_factory._meta.model
    assert index_model.can_create_at(site_home())
    index_factory()
    # A fresh home instance: the tree helpers trust its cached number of children.
    assert not index_model.can_create_at(site_home())


def count_queries(client, url, data=None):
    """SQL queries of a repeat visit to `url` with the GET parameters `data`.

    The first visit creates image renditions and fills caches (site root paths, content types):
    one-off costs that later visitors share, so only the second visit is counted.
    """
    client.get(url, data)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(queries)


def assert_query_count_is_fixed(
    client, url, django_assert_max_num_queries, *, add_content, budget, sizes=(2, 25)
):
    """Visiting `url` costs the same number of queries, at most `budget`, at both content sizes.

    `add_content(count)` adds `count` items; the page is measured once the site holds `sizes[0]`
    and again once it holds `sizes[1]` of them. Pass pytest-django's
    `django_assert_max_num_queries` fixture: with `-v` its failure message lists the queries.
    """
    small, large = sizes
    add_content(small)
    queries_small = count_queries(client, url)
    add_content(large - small)
    queries_large = count_queries(client, url)
    with django_assert_max_num_queries(budget):
        client.get(url)
    assert queries_small == queries_large
