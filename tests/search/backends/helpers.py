"""Helpers of the search backend tests."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from home.models import HomePage
from tests.home.factories import ContentPageFactory

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language text search configurations exist on PostgreSQL only "
    "(run with DATABASE_URL=postgres://...; CI does)",
)


def page_in(language_code, title, **fields):
    """A published content page under the home page of a language."""
    home = HomePage.objects.get(depth=2, locale__language_code=language_code)
    return ContentPageFactory(parent=home, title=title, **fields)


def pages_in(language_code):
    """What the search engine searches in one language: its live, public pages."""
    locale = Locale.objects.get(language_code=language_code)
    return Page.objects.live().public().filter(locale=locale)
