import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Site

from core.content_generation import replace_generation
from tests import migrated_template
from tests.demo_database import (
    DemoDatabase,
    DemoDatabaseScheduling,
    keep_together,
    test_database,
    uses_demo_database,
)
from tests.home.factories import site_home
from tests.postgres import server_unreachable_reason
from tests.roles import EDITORS, GERMAN_TRANSLATORS, MEMBERS, MODERATORS, user_in

# The run's migrated PostgreSQL database, copied instead of migrated again
# (tests/migrated_template.py): named by the controlling process, dropped by it at the end.
MIGRATED_TEMPLATE = pytest.StashKey[str]()


def pytest_configure(config):
    workerinput = getattr(config, "workerinput", None)
    config.stash[MIGRATED_TEMPLATE] = (
        workerinput[migrated_template.WORKER_INPUT_KEY]
        if workerinput
        else migrated_template.new_template_name()
    )


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput[migrated_template.WORKER_INPUT_KEY] = node.config.stash[MIGRATED_TEMPLATE]


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput") and server_unreachable_reason() is None:
        migrated_template.drop(config.stash[MIGRATED_TEMPLATE])


@pytest.fixture(scope="session")
def migrated_postgres_database(request):
    """The name of the run's migrated PostgreSQL database, to copy; never to connect to."""
    return migrated_template.ensure_migrated(request.config.stash[MIGRATED_TEMPLATE])


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """On PostgreSQL, each process's test database is a copy of the migrated one."""
    if connections["default"].vendor == "postgresql":
        test_settings = settings.DATABASES["default"].setdefault("TEST", {})
        test_settings["TEMPLATE"] = request.getfixturevalue("migrated_postgres_database")


@pytest.fixture
def home(db):
    return site_home()


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def page_cache_on(settings):
    """The page cache on (the test settings switch it off), empty."""
    settings.ISCN_PAGE_CACHE_SECONDS = 300
    caches["default"].clear()


@pytest.fixture(autouse=True)
def fresh_search_catalogue():
    """Rolled-back test transactions send no signals: start every test with a fresh catalogue
    (and an empty page cache): a new content generation."""
    replace_generation()


@pytest.fixture(autouse=True)
def no_renditions_of_earlier_tests():
    """Rolled-back tests reuse image ids: a rendition cached by an earlier test would be taken
    for one of this test's image."""
    caches["renditions"].clear()


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


# The demo content, shared by tests/browser/, tests/demo/ and tests/search/relevance/
# (tests/demo_database.py).

_demo_database = DemoDatabase()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The committed demo content; loaded by the first test that asks for it in this process.

    Session-scoped so that package-scoped fixtures (the browser tests' live server) can use it;
    removed after the last test that uses it (below), not at the end of the session.
    """
    with django_db_blocker.unblock(), test_database():
        if not _demo_database.loaded:
            _demo_database.load()
        yield _demo_database


def pytest_collection_modifyitems(items):
    keep_together(items)


# Texts that tests leave for the end of the run (record_property("terminal_summary", text)):
# the search relevance figures (tests/search/relevance/). Reports reach this process with
# xdist too, so they show there as well.
_terminal_summaries = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _terminal_summaries.extend(
            value for name, value in report.user_properties if name == "terminal_summary"
        )


def pytest_terminal_summary(terminalreporter):
    for text in _terminal_summaries:
        terminalreporter.write_sep("=", "summary left by a test")
        terminalreporter.write_line(text)


def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadgroup":
        return DemoDatabaseScheduling(config, log)
    return None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    # After the fixtures' own teardown: the browser tests' Playwright thread must be gone first.
    result = yield
    if _demo_database.loaded and (nextitem is None or not uses_demo_database(nextitem)):
        with item.config.stash[blocking_manager_key].unblock():
            _demo_database.remove()
    return result
