"""Helpers shared by the test modules of every app."""

import contextlib
import datetime
import html
import re
import socket
from urllib.parse import urlencode, urlsplit

import wagtail_factories
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.content_generation import replace_generation
from core.feeds import FeedRoutesMixin
from core.media_collections import public_collection
from tests.home.factories import site_home


@contextlib.contextmanager
def shared_content(django_db_blocker):
    """Database content made once for the tests of a module or class (a fixture of that scope
    builds it inside this block), and rolled back after the last of them.

    Each test still runs in a savepoint of its own (pytest-django's `db`), so what one test
    writes the next does not see; objects that a test changes in memory must be read again
    for the next (`reloaded`). The caches start fresh, as for each test (tests/conftest.py).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        replace_generation()
        caches["renditions"].clear()
        yield
        transaction.set_rollback(True)


def reloaded(instance):
    """`instance` read again from the database, as its own class."""
    return type(instance).objects.get(pk=instance.pk)


LINK = re.compile(r"https?://[^\s\"'<>]+")


def links_in(message):
    """The links of an email, in its text and its HTML."""
    parts = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
    return {html.unescape(link).rstrip(".,)") for link in LINK.findall("\n".join(parts))}


def assert_links_open(client, message, recipient):
    """Every link in `message` is on the site's configured address and opens for `recipient`."""
    client.force_login(recipient)
    links = links_in(message)
    assert links, message.subject
    for link in links:
        assert link.startswith(f"{settings.WAGTAILADMIN_BASE_URL}/"), link
        parts = urlsplit(link)
        response = client.get(parts.path, follow=True, QUERY_STRING=parts.query)
        assert response.status_code == 200, link


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def days_from_now(days):
    return timezone.now() + datetime.timedelta(days=days)


def make_image():
    """An image in the "Public" collection (the factory's default adds a collection per image)."""
    return wagtail_factories.ImageFactory(collection=public_collection())


def make_document(title="Annual report", collection=None):
    """A text document, in the "Public" collection unless another one is given."""
    return get_document_model().objects.create(
        title=title,
        collection=collection or public_collection(),
        file=ContentFile(f"{title}.".encode(), name="report.txt"),
    )


def make_private(page, restriction_type=PageViewRestriction.PASSWORD):
    """Hide `page` and its subtree behind the password "secret" (or a login, with
    `PageViewRestriction.LOGIN`): it must no longer be listed or shown."""
    PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password="secret"
    )


def public_channels(client, query):
    """What the site's public channels answer `client`, by channel: the site search and its
    autocomplete for `query`, the API's search, the sitemap, and the RSS and Atom feeds of every
    index page that has them. Private pages belong in none of them."""
    responses = {
        "search": client.get(reverse("search"), {"q": query}),
        "autocomplete": client.get(reverse("search_suggest"), {"q": query}),
        "API": client.get("/api/v2/pages/", {"search": query}),
        "sitemap": client.get("/sitemap.xml"),
    }
    for index in Page.objects.live().public().type(FeedRoutesMixin):
        responses[f"RSS feed {index.url}"] = client.get(f"{index.url}feed/rss/")
        responses[f"Atom feed {index.url}"] = client.get(f"{index.url}feed/atom/")
    for channel, response in responses.items():
        assert response.status_code == 200, channel
    return {channel: response.content.decode() for channel, response in responses.items()}


def assert_routes_to(page):
    """Wagtail's assertPageIsRoutable keeps the /en/ prefix of i18n_patterns and 404s; strip it."""
    request = RequestFactory().get(page.url)
    # In the page's language, as LocaleMiddleware would: the language an earlier request of the
    # test run left active decides which prefix i18n_patterns matches.
    with translation.override(page.locale.language_code):
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
    """Visiting `url` costs the same number of queries, exactly `budget`, at both content sizes.

    `add_content(count)` adds `count` items; the page is measured once the site holds `sizes[0]`
    and again once it holds `sizes[1]` of them. Pass pytest-django's
    `django_assert_max_num_queries` fixture: with `-v` its failure message lists the queries.
    """
    assert_query_counts_are_fixed(
        client, {url: budget}, django_assert_max_num_queries, add_content=add_content, sizes=sizes
    )


def assert_query_counts_are_fixed(
    client, budgets, django_assert_max_num_queries, *, add_content, sizes=(2, 25)
):
    """As `assert_query_count_is_fixed`, for each URL of `budgets` ({url: budget}) over the same
    content: it is made once for all of them."""
    small, large = sizes
    add_content(small)
    counts = {url: [count_queries(client, url)] for url in budgets}
    add_content(large - small)
    for url, budget in budgets.items():
        counts[url].append(count_queries(client, url))
        with django_assert_max_num_queries(budget):
            client.get(url)
    # Exact, so that a saving is written down here and cannot be lost again unnoticed.
    assert counts == {url: [budget, budget] for url, budget in budgets.items()}


def translate(page, language_code, **changes):
    """Translate a page through wagtail-localize and publish it, as a translator would.

    Untranslated text stays in the source language; pass fields to change on the translation
    (published as a second revision, outside wagtail-localize).
    """
    locale = Locale.objects.get(language_code=language_code)
    # wagtail-localize publishes once the transaction commits; tests run inside one.
    with TestCase.captureOnCommitCallbacks(execute=True):
        TranslationCreator(None, [locale]).create_translations(page)
        source = TranslationSource.objects.get_for_instance(page)
        Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    translated = page.get_translation(locale).specific
    if changes:
        for name, value in changes.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    return page.get_translation(locale).specific


# The steps of wagtail-localize's admin, for a client logged in as someone allowed to translate.


def submit_for_translation(client, page, language_code):
    """Submit a page for translation in the admin: an untranslated draft appears in the language."""
    locale = Locale.objects.get(language_code=language_code)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_segments(client, translation, translate_text, segments=None):
    """Enter a translation of each string segment (default: all), as the translation editor does."""
    if segments is None:
        segments = StringSegment.objects.filter(source=translation.source)
    for segment in segments.select_related("string").order_by("order"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = urlencode({"value": translate_text(segment.string.data)})
        response = client.put(url, value, content_type="application/x-www-form-urlencoded")
        assert response.status_code in (200, 201), response.content


def publish_translation(client, translation):
    """Publish a translation with the translation editor's publish action; the translated page."""
    page = translation.get_target_instance()
    # wagtail-localize publishes once the transaction commits; tests run inside one.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return translation.get_target_instance().specific


def free_port():
    """A TCP port on the loopback address that nothing listens on, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
