"""The demo content, committed to the test database once per test process.

Loading it takes about a minute (several on a busy PostgreSQL), so every test that needs it
(tests/browser/, tests/demo/, tests/search/relevance/) shares one load through the
`demo_database` fixture (tests/conftest.py). Those tests run one after the other in one
process (the collection hook puts them together, and `--dist loadgroup` sends them to one
xdist worker); after the last of them the database goes back to what the migrations made, so
no other test sees it.
"""

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

from django.core.cache import caches
from django.core.management import call_command
from django.db import connections
from django.test import override_settings
from django.test.utils import setup_databases, teardown_databases
from xdist.scheduler import LoadGroupScheduling

from core.progress import Stages
from demo.loader import DemoContentLoader
from demo.management.commands.load_demo import Command

FIXTURE = "demo_database"


@contextlib.contextmanager
def media_on_disk():
    """Images on disk, as in development: the live server serves MEDIA_ROOT, not memory."""
    media_root = Path(tempfile.mkdtemp(prefix="iscn-demo-media-"))
    storages = {
        "default": {"BACKEND": "core.private_media.FileSystemMediaStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    try:
        with override_settings(MEDIA_ROOT=media_root, STORAGES=storages):
            yield
    finally:
        shutil.rmtree(media_root, ignore_errors=True)


def content_types_first(snapshot):
    """The snapshot with the content types before everything else.

    Django serializes in the order of INSTALLED_APPS, which puts the page types before
    contenttypes; and a Page subclass being built without its own `id` (it has `page_ptr`)
    creates its content type, so the snapshot's own row would then be a duplicate.
    """
    objects = json.loads(snapshot)
    objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
    return json.dumps(objects)


def restore_database(snapshot):
    """Empty the test database and put back what it held before (as serialized_rollback does)."""
    call_command(
        "flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True
    )
    connections["default"].creation.deserialize_db_from_string(content_types_first(snapshot))
    for cache in caches.all():
        cache.clear()


@contextlib.contextmanager
def test_database():
    """The test database, made here if no test of this process asked pytest-django for one.

    pytest-django creates it only when a collected test uses `db`, `transactional_db` or
    `live_server`; the browser tests use none of them, as each would empty the database after
    every test, so run alone they find none.
    """
    connection = connections["default"]
    if connection.settings_dict["NAME"] == connection.creation._get_test_db_name():
        yield
        return
    databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        yield
    finally:
        teardown_databases(databases, verbosity=0)


class DemoDatabase:
    """The committed demo content of this process: loaded on first use, removed by `remove()`."""

    def __init__(self):
        self.loaded = False
        # What `manage.py load_demo` printed about the knowledge base it made.
        self.report = ""

    def load(self):
        connection = connections["default"]
        # What the migrations made, if pytest-django kept it for a serialized_rollback test: such
        # a test empties the database when it ends (as Django's TransactionTestCase does), and
        # it may have run before in this process.
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if snapshot is None:
            snapshot = connection.creation.serialize_db_to_string()
        else:
            restore_database(snapshot)
        self._snapshot = snapshot
        self._media = contextlib.ExitStack()
        self._media.enter_context(media_on_disk())
        # Without the untranslated drafts that development makes in every language
        # (ISCN_SYNC_LANGUAGE_TREES): visitors never see them, and they double the loading time.
        output = io.StringIO()
        loader = DemoContentLoader(Stages(output))
        try:
            loader.load()
        except BaseException:
            self.remove()
            raise
        Command(stdout=output).report_content(loader)
        self.report = output.getvalue()
        self.loaded = True

    def remove(self):
        restore_database(self._snapshot)
        self._media.close()
        self.loaded = False


BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def uses_demo_database(item):
    # Every browser test counts: their package-scoped live server and browser outlive a test.
    return FIXTURE in getattr(item, "fixturenames", ()) or BROWSER_TESTS in Path(item.path).parents


def keep_together(items):
    """Move the tests that use the demo database next to each other (at the first one's place).

    Without xdist too, the content is then loaded once, not once per stretch of such tests.
    """
    users = [item for item in items if uses_demo_database(item)]
    if not users:
        return
    first = items.index(users[0])
    others = [item for item in items if not uses_demo_database(item)]
    items[:] = others[:first] + users + others[first:]


# The test files that use the demo database, as xdist's controller sees them (node ids).
DEMO_TEST_PATHS = ("tests/browser/", "tests/demo/", "tests/search/relevance/")


class DemoDatabaseScheduling(LoadGroupScheduling):
    """`--dist loadgroup`, with every test that uses the demo database sent to one worker.

    The tests run there one after the other, so the content is loaded once, not by each
    worker. (xdist_group markers do not reach xdist 3.8's scheduler under pytest 9.)
    """

    def _split_scope(self, nodeid):
        if nodeid.startswith(DEMO_TEST_PATHS):
            return FIXTURE
        return super()._split_scope(nodeid)
