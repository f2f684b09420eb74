import pytest
from wagtail.models import Site

from tests.home.factories import site_home


@pytest.fixture
def home(db):
    return site_home()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)
