import pytest
from wagtail.models import Site

from core.content_generation import replace_generation
from tests.home.factories import site_home
from tests.roles import EDITORS, GERMAN_TRANSLATORS, MEMBERS, MODERATORS, user_in


@pytest.fixture
def home(db):
    return site_home()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def fresh_search_catalogue():
    """Rolled-back test transactions send no signals: start every test with a fresh catalogue
    (and an empty page cache): a new content generation."""
    replace_generation()


# One person per editorial role.


@pytest.fixture
def editor(db):
    return user_in(EDITORS, "editor")


@pytest.fixture
def moderator(db):
    return user_in(MODERATORS, "moderator")


@pytest.fixture
def german_translator(db):
    return user_in(GERMAN_TRANSLATORS, "translator-de")


@pytest.fixture
def member(db):
    return user_in(MEMBERS, "member")
