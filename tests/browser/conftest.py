"""Fixtures of the real-browser tests: Playwright drives Debian's Chromium against a live server.

Every test in tests/browser/ is marked `browser` (`pytest -m "not browser"` skips them) and
runs against one live server per test process that serves the demo content
(the knowledge base of `manage.py load_demo`: 12 topics, 25 cities, 40 case studies, 16
events, German translations of all of it, Spanish and Portuguese of some). How to write one:

    def test_menu_reaches_the_topics(page):
        page.goto("/en/")                  # relative to the live server (the context's base URL)
        page.get_by_role("link", name="Topics").first.click()
        expect(page).to_have_url(re.compile(r"/en/topics/$"))

Fixtures:
- `demo_server`: the live server (`.url`) of the demo content committed to the test database
  (`demo_database`, tests/demo_database.py: loaded once per test process, shared with
  tests/demo/, and removed again after the last of them, so the rest of the suite never
  sees it). Tests must leave the content
  as they found it: make what you need with `committed(...)` and delete it afterwards.
- `browser`: Chromium, shared by the browser tests of a process; `context`: a fresh
  browser context (no cookies, desktop viewport, English) per test; `page`: a tab in it.
- `new_context(**options)`: another context, e.g. `viewport=MOBILE` or `locale="de-DE"`.
- `committed(function, *args)`: runs ORM code from a test so the live server sees it.
- `sign_in(context, user)`: the context browses as `user` (a session, no sign-in form).
- `public_pages`: {language: {page type: URL}}, a demo page of each public page type
  (home, content page, topic index, topic, …, search, 404, login) in "en", "de" and "ar";
  `arabic`: Arabic as a site language for the duration of a test, for the right-to-left layout.

Helpers in tests/browser/helpers.py: `run_axe(page)` (axe-core's violations), `DESKTOP` and
`MOBILE` viewports.

Needs /usr/bin/chromium (`make chromium`, as root) and node_modules/axe-core (`make browser-deps`);
`make test` installs both. Never `playwright install`: the browser is Debian's.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test import Client, override_settings
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from tests.browser.helpers import AXE_SCRIPT, DESKTOP, public_page_urls

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_TESTS = Path(__file__).resolve().parent
# A failing locator should fail the test in seconds, not after Playwright's default 30 s.
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_TESTS in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


class OneRequestAtATimeServerThread(LiveServerThread):
    """A live server that answers one request after the other.

    With SQLite in memory, every request shares the test's one connection. Requests answered
    at the same time (the browser asks for several at once) would interleave their
    transactions on it, and one request's error breaks the other's.
    """

    def _create_server(self, connections_override=None):
        # Without threads the server closes each connection after its response (no keep-alive).
        return WSGIServer(
            (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
        )


def live_server():
    server = LiveServer("127.0.0.1", start=False)
    if server.thread.connections_override:
        server.thread = OneRequestAtATimeServerThread(
            "127.0.0.1",
            static_handler=StaticFilesHandler,
            connections_override=server.thread.connections_override,
        )
        server.thread.daemon = True
    server.start()
    return server


@pytest.fixture(scope="package")
def demo_server(demo_database):
    """A live server of the demo content, committed so that the server's own connection sees it."""
    if not CHROMIUM.exists():
        pytest.fail(f"The browser tests need Debian's chromium at {CHROMIUM}: run `make chromium`.")
    if not AXE_SCRIPT.exists():
        pytest.fail(f"The browser tests need {AXE_SCRIPT}: run `make browser-deps`.")
    server = live_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="package")
def public_pages(demo_server, django_db_blocker):
    """{language: {page type: URL}}: a demo page of each public type, in en, de and ar.

    The Arabic URLs answer only with the `arabic` fixture.
    """
    with django_db_blocker.unblock():
        return {code: public_page_urls(code) for code in ("en", "de", "ar")}


@pytest.fixture
def arabic():
    """Arabic as a site language, to prove the right-to-left layout.

    The network's working languages are all left to right; with Arabic added (and no Arabic
    page tree), /ar/… serves the English pages in the right-to-left layout, with
    <html lang="ar" dir="rtl">.
    """
    languages = [*settings.LANGUAGES, ("ar", "العربية")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        yield "ar"


@pytest.fixture
def committed(django_db_blocker):
    """Run ORM code outside any test transaction, so that the live server sees what it writes."""

    def run(function, *args, **kwargs):
        with django_db_blocker.unblock():
            try:
                return function(*args, **kwargs)
            finally:
                # Under Playwright this thread gets connections of its own (see
                # playwright_driver); left open, they keep the test database from being dropped.
                connections.close_all()

    return run


@pytest.fixture
def sign_in(committed, demo_server):
    """Give a browser context the session of a user, without the sign-in form (force_login)."""

    def sign_in_as(context, user):
        client = Client()
        committed(client.force_login, user, backend="django.contrib.auth.backends.ModelBackend")
        session = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": session.key, "value": session.value, "url": demo_server.url}])

    return sign_in_as


@pytest.fixture(scope="package")
def playwright_driver(demo_server):
    # Playwright's sync API keeps an asyncio loop in this thread; Django refuses ORM calls from
    # a thread with a running loop unless told they are safe (they are: nothing here awaits).
    # While it runs, Django hands this thread other connection objects (asgiref's Local), so
    # the demo content is loaded and removed outside it: hence `demo_server` comes first.
    with (
        pytest.MonkeyPatch.context() as patch,
        sync_playwright() as playwright,
    ):
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield playwright


@pytest.fixture(scope="package")
def browser(playwright_driver):
    args = ["--disable-dev-shm-usage"]
    if os.geteuid() == 0:
        # Chromium's sandbox refuses to run as root (CI and the development machines run so).
        args.append("--no-sandbox")
    browser = playwright_driver.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=args
    )
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser, demo_server):
    """Make browser contexts (default: desktop, English, relative URLs on the live server)."""
    contexts = []

    def make(**options):
        options = {
            "base_url": demo_server.url,
            "viewport": DESKTOP,
            "locale": "en-GB",
            "accept_downloads": True,
            **options,
        }
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    return context.new_page()
