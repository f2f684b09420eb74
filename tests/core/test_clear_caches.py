"""`manage.py clear_caches` (scripts/restore.sh): nothing cached from the old content survives."""

import io

import pytest
from django.core.cache import caches
from django.core.management import call_command

from search.catalogue import get_catalogue


@pytest.mark.django_db
def test_empties_every_cache_and_the_search_catalogue_is_rebuilt():
    caches["default"].set("page-cache:stale", "an old page")
    caches["renditions"].set("rendition:stale", "an old rendition")
    catalogue = get_catalogue()
    assert get_catalogue() is catalogue

    output = io.StringIO()
    call_command("clear_caches", stdout=output)

    assert caches["default"].get("page-cache:stale") is None
    assert caches["renditions"].get("rendition:stale") is None
    assert get_catalogue() is not catalogue
    assert output.getvalue().splitlines() == [
        "Cache 'default' cleared.",
        "Cache 'renditions' cleared.",
        "Cache 'content-generation' cleared.",
    ]
