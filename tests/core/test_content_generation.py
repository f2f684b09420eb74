"""Privacy takes effect at once: a page made private, unpublished, moved into a private section
or deleted is gone from every channel on the very next request (core/content_generation.py).

Each channel is visited first, so that the page cache (on, as in production) and the search
catalogue hold the page; then a moderator acts in the admin, and the next visit must not show it.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Collection, PageViewRestriction

from cms.settings.environment import build_caches
from core.content_generation import CACHE_ALIAS, GENERATION_KEY, current_generation
from core.models import DatabaseCacheEntry
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import make_document, make_private
from tests.home.factories import ContentPageFactory
from tests.topics.factories import TopicPageFactory
from tests.workspace.factories import administrator

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

ACTIONS = ["make private", "unpublish", "move into a private section", "delete"]


@pytest.fixture
def staff_client(moderator):
    """The moderator's browser; `client` stays an anonymous visitor's."""
    staff = Client()
    staff.force_login(moderator)
    return staff


def text_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


@pytest.fixture
def knowledge(home):
    topic = TopicPageFactory(title="Lighter than air")
    city = CityPageFactory(
        title="Friedrichshafen", country="DE", latitude="47.65", longitude="9.48"
    )
    case_study = CaseStudyPageFactory(
        title="Zeppelin deliveries", slug="zeppelin-deliveries", city=city, topics=[topic]
    )
    event = EventPageFactory(
        title="Airship summit", slug="airship-summit", topics=[topic], host_city=city
    )
    return {"topic": topic, "case study": case_study, "event": event}


def channels(knowledge):
    """Channel → (address, what it shows of the case study or event while they are public)."""
    case_study, event, topic = knowledge["case study"], knowledge["event"], knowledge["topic"]
    case_studies, events = case_study.get_parent(), event.get_parent()
    return {
        "case study": (case_study.url, "Zeppelin deliveries"),
        "event": (event.url, "Airship summit"),
        "search": ("/en/search/?q=zeppelin", "Zeppelin deliveries"),
        "search for events": ("/en/search/?q=airship", "Airship summit"),
        "map": ("/en/search/?q=zeppelin&view=map", "Zeppelin deliveries"),
        "autocomplete": ("/en/search/suggest/?q=zeppel", "Zeppelin deliveries"),
        "API listing": ("/api/v2/pages/?type=casestudies.CaseStudyPage", "Zeppelin deliveries"),
        "API search": ("/api/v2/pages/?search=zeppelin", "Zeppelin deliveries"),
        "API detail": (f"/api/v2/pages/{case_study.pk}/", "Zeppelin deliveries"),
        "sitemap": ("/sitemap.xml", "/zeppelin-deliveries/"),
        "case study listing": (case_studies.url, "Zeppelin deliveries"),
        "case study feed": (f"{case_studies.url}feed/rss/", "Zeppelin deliveries"),
        "CSV export": (f"{case_studies.url}export/csv/", "Zeppelin deliveries"),
        "JSON export": (f"{case_studies.url}export/json/", "Zeppelin deliveries"),
        "event feed": (f"{events.url}feed/atom/", "Airship summit"),
        "events calendar": (f"{events.url}calendar.ics", "Airship summit"),
        "topic calendar": (f"{topic.url}calendar.ics", "Airship summit"),
    }


def showing(client, channels):
    """The channels whose next answer shows what they showed while the pages were public."""
    return sorted(
        name
        for name, (url, shown) in channels.items()
        if (response := client.get(url)).status_code == 200 and shown in text_of(response)
    )


def act(staff_client, action, page):
    """What a moderator does in the admin."""
    if action == "make private":
        url = reverse("wagtailadmin_pages:set_privacy", args=[page.pk])
        response = staff_client.post(url, {"restriction_type": PageViewRestriction.LOGIN})
        assert response.status_code == 200
        return
    if action == "unpublish":
        response = staff_client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    elif action == "delete":
        response = staff_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    else:
        section = private_section_for(page)
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, section.pk])
        response = staff_client.post(url)
    assert response.status_code == 302


def private_section_for(page):
    """A second index of the page's type, private: an archive for members."""
    factory = {"casestudies": CaseStudyIndexPageFactory, "events": EventIndexPageFactory}
    section = factory[page._meta.app_label](title="Archive", slug=f"{page.slug}-archive")
    make_private(section, PageViewRestriction.LOGIN)
    return section


@pytest.mark.parametrize("action", ACTIONS)
def test_gone_from_every_channel_on_the_next_request(client, staff_client, knowledge, action):
    everywhere = channels(knowledge)
    assert showing(client, everywhere) == sorted(everywhere)
    assert showing(client, everywhere) == sorted(everywhere)  # now from the caches

    for page in (knowledge["case study"], knowledge["event"]):
        act(staff_client, action, page)

    assert showing(client, everywhere) == []


@pytest.mark.parametrize("action", ACTIONS)
def test_content_pages_too(client, staff_client, home, action):
    """Pages of any type: a content page is moved below a private one."""
    page = ContentPageFactory(title="Zeppelin hangar rules", slug="hangar-rules")
    everywhere = {
        "page": (page.url, "Zeppelin hangar rules"),
        "search": ("/en/search/?q=hangar", "Zeppelin hangar rules"),
        "autocomplete": ("/en/search/suggest/?q=zeppel", "Zeppelin hangar rules"),
        "API search": ("/api/v2/pages/?search=hangar", "Zeppelin hangar rules"),
        "sitemap": ("/sitemap.xml", "/hangar-rules/"),
    }
    assert showing(client, everywhere) == sorted(everywhere)
    if action == "move into a private section":
        board = ContentPageFactory(title="Board", slug="board")
        make_private(board, PageViewRestriction.LOGIN)
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, board.pk])
        assert staff_client.post(url).status_code == 302
    else:
        act(staff_client, action, page)

    assert showing(client, everywhere) == []


def test_a_collection_made_private_takes_its_files_out_of_the_api(client, home):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    document = make_document("Budget draft", collection=collection)
    assert "Budget draft" in client.get("/api/v2/documents/").content.decode()
    assert client.get("/api/v2/documents/")["X-Page-Cache"] == "hit"

    admin_client = Client()
    admin_client.force_login(administrator())
    url = reverse("wagtailadmin_collections:set_privacy", args=[collection.pk])
    response = admin_client.post(url, {"restriction_type": "login"})
    assert response.status_code == 200

    assert "Budget draft" not in client.get("/api/v2/documents/").content.decode()
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


class TestWithoutRedis:
    """The token lives in the database, where every process reads it (cms/settings/environment.py;
    tests/cms/test_privacy_across_processes.py runs the processes)."""

    @pytest.fixture(autouse=True)
    def token_in_the_database(self, settings):
        settings.CACHES = {**settings.CACHES, CACHE_ALIAS: build_caches("")[CACHE_ALIAS]}

    def test_the_token_is_a_row_every_process_reads(self, home):
        generation = current_generation()
        assert DatabaseCacheEntry.objects.filter(cache_key__endswith=GENERATION_KEY).exists()
        DatabaseCacheEntry.objects.all().delete()  # as `manage.py clear_caches` would
        assert current_generation() != generation

    def test_replaced_when_the_change_is_committed(
        self, staff_client, knowledge, django_capture_on_commit_callbacks
    ):
        before = current_generation()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            act(staff_client, "unpublish", knowledge["case study"])
        # Until the commit, other processes could not see a new token anyway, and writing it
        # would hold its row for the whole transaction.
        assert current_generation() == before
        for callback in callbacks:
            callback()
        assert current_generation() != before

    def test_search_forgets_the_page_after_the_commit(
        self, client, staff_client, knowledge, django_capture_on_commit_callbacks
    ):
        assert "Zeppelin deliveries" in client.get("/en/search/suggest/?q=zeppel").content.decode()
        with django_capture_on_commit_callbacks(execute=True):
            act(staff_client, "make private", knowledge["case study"])
        assert "Zeppelin" not in client.get("/en/search/suggest/?q=zeppel").content.decode()

    def test_a_search_reads_the_token_once(self, client, knowledge):
        client.get("/en/search/?q=zeppelin")  # the catalogue is built
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/search/?q=zeppelin").status_code == 200
        table = DatabaseCacheEntry._meta.db_table
        assert sum(table in query["sql"] for query in queries) == 1
