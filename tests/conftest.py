import pytest
from wagtail.models import Site

from search.catalogue import invalidate as invalidate_search_catalogue
from tests.home.factories import site_home


@pytest.fixture
def home(db):
    return site_home()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def fresh_search_catalogue():
    """Rolled-back test transactions send no signals: start every test with a fresh catalogue."""
    invalidate_search_catalogue()
