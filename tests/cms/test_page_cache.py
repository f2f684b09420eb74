"""The page cache for anonymous visitors (cms/page_cache.py)."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.page_cache import _cache_key, current_generation
from home.models import SiteSettings
from tests.cms.production import run_in_production
from tests.helpers import make_private
from tests.home.factories import ContentPageFactory
from tests.workspace.factories import WorkspacePageFactory, member

pytestmark = pytest.mark.usefixtures("page_cache_on")


@pytest.fixture
def page(home):
    return ContentPageFactory(title="Network meetings", slug="meetings")


def cache_status(client, url, **extra):
    response = client.get(url, **extra)
    return response["X-Page-Cache"], response


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


@pytest.mark.django_db
class TestAnonymousVisitors:
    def test_second_visit_is_served_from_the_cache_without_queries(self, client, page):
        status, first = cache_status(client, page.url)
        assert status == "miss"
        with CaptureQueriesContext(connection) as queries:
            status, second = cache_status(client, page.url)
        assert status == "hit"
        assert len(queries) == 0
        assert second.content == first.content
        assert "Network meetings" in second.content.decode()

    def test_headers_allow_shared_caches_but_vary_on_cookies(self, client, page):
        for expected in ("miss", "hit"):
            status, response = cache_status(client, page.url)
            assert status == expected
            assert response["Cache-Control"] == "public, max-age=60"
            assert "cookie" in vary(response)
            assert not response.cookies

    def test_query_strings_are_cached_separately(self, client, page):
        assert cache_status(client, page.url)[0] == "miss"
        assert cache_status(client, page.url + "?page=2")[0] == "miss"
        assert cache_status(client, page.url + "?page=2")[0] == "hit"

    def test_each_language_has_its_own_entry(self, client, home):
        status, english = cache_status(client, "/en/search/")
        assert status == "miss"
        status, german = cache_status(client, "/de/search/")
        assert status == "miss"
        assert german.content != english.content
        assert '<html lang="de"' in german.content.decode()
        assert cache_status(client, "/de/search/")[1].content == german.content
        assert cache_status(client, "/en/search/")[0] == "hit"

    def test_the_language_is_part_of_the_key_for_the_same_address(self, home):
        requests = []
        for language in ("en", "de"):
            request = RequestFactory().get("/sitemap.xml")
            request.LANGUAGE_CODE = language
            requests.append(request)
        generation = current_generation()
        assert _cache_key(requests[0], generation) != _cache_key(requests[1], generation)

    def test_api_answers_per_accepted_format(self, client, page):
        url = "/api/v2/pages/?type=home.ContentPage"
        for accept in ("application/json", "text/html"):
            assert cache_status(client, url, HTTP_ACCEPT=accept)[0] == "miss"
        status, response = cache_status(client, url, HTTP_ACCEPT="application/json")
        assert status == "hit"
        assert response.json()["items"][0]["title"] == "Network meetings"

    def test_not_found_is_not_cached(self, client, home):
        assert cache_status(client, "/en/no-such-page/")[0] == "miss"
        assert cache_status(client, "/en/no-such-page/")[0] == "miss"


@pytest.mark.django_db
class TestWhatIsNeverCached:
    def test_signed_in_people_bypass_the_cache(self, client, page, django_user_model):
        cache_status(client, page.url)
        client.force_login(django_user_model.objects.create_user("reader", password="x"))
        for _ in range(2):
            status, response = cache_status(client, page.url)
            assert status == "bypass"
            assert "private" in response["Cache-Control"]
            assert "Sign out" in response.content.decode()

    def test_the_anonymous_copy_is_not_stored_after_a_signed_in_visit(
        self, client, page, django_user_model
    ):
        client.force_login(django_user_model.objects.create_user("reader", password="x"))
        cache_status(client, page.url)
        client.logout()
        assert cache_status(client, page.url)[0] == "miss"

    def test_password_protected_page(self, client, page):
        make_private(page)
        for _ in range(2):
            status, response = cache_status(client, page.url)
            assert status == "miss"
            assert "no-store" in response["Cache-Control"]

    def test_workspace_pages(self, client, home):
        workspace = WorkspacePageFactory()
        status, response = cache_status(client, workspace.url)
        assert (status, response.status_code) == ("miss", 302)
        client.force_login(member())
        status, response = cache_status(client, workspace.url)
        assert (status, response.status_code) == ("bypass", 200)
        assert "private" in response["Cache-Control"]
        client.logout()
        assert cache_status(client, workspace.url)[1].status_code == 302

    def test_pages_with_a_form_and_its_csrf_token(self, client, home):
        for _ in range(2):
            status, response = cache_status(client, "/en/accounts/login/")
            assert status == "miss"
            assert response.status_code == 200

    def test_post_requests(self, client, page):
        assert client.post(page.url)["X-Page-Cache"] == "bypass"

    def test_pending_messages(self, client, page):
        cache_status(client, page.url)
        client.cookies["messages"] = "anything"
        assert cache_status(client, page.url)[0] == "bypass"

    def test_admin(self, client, home):
        assert cache_status(client, "/admin/login/")[0] == "bypass"

    def test_off_when_no_lifetime_is_set(self, client, page, settings):
        settings.ISCN_PAGE_CACHE_SECONDS = 0
        assert "X-Page-Cache" not in client.get(page.url)


@pytest.mark.django_db
class TestInvalidation:
    @pytest.fixture
    def cached(self, client, page):
        cache_status(client, page.url)
        assert cache_status(client, page.url)[0] == "hit"
        return page

    def test_publishing_the_page(self, client, cached):
        cached.title = "Network meetings 2026"
        cached.save_revision().publish()
        status, response = cache_status(client, cached.url)
        assert status == "miss"
        assert "Network meetings 2026" in response.content.decode()

    def test_publishing_any_other_page(self, client, cached):
        draft = ContentPageFactory(title="Imprint", show_in_menus=True, live=False)
        assert cache_status(client, cached.url)[0] == "hit"
        draft.save_revision().publish()
        status, response = cache_status(client, cached.url)
        assert status == "miss"
        assert "Imprint" in response.content.decode()

    def test_a_page_created_live_by_a_script(self, client, cached):
        ContentPageFactory(title="Imprint", show_in_menus=True)
        assert cache_status(client, cached.url)[0] == "miss"

    def test_unpublishing(self, client, cached):
        cached.unpublish()
        assert client.get(cached.url).status_code == 404

    def test_deleting(self, client, cached):
        url = cached.url
        cached.delete()
        assert client.get(url).status_code == 404

    def test_moving(self, client, cached, home):
        url = cached.url
        new_parent = ContentPageFactory(title="Archive", slug="archive")
        cache_status(client, url)
        cached.move(new_parent, pos="last-child")
        # Wagtail leaves a redirect from the old address.
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (301, "/en/archive/meetings/")
        assert client.get("/en/archive/meetings/").status_code == 200

    def test_making_the_page_private(self, client, cached):
        make_private(cached, PageViewRestriction.LOGIN)
        assert client.get(cached.url).status_code == 302

    def test_changing_the_site_settings(self, client, cached, site):
        site_settings = SiteSettings.for_site(site)
        site_settings.contact_email = "office@iscn.example.org"
        site_settings.save()
        status, response = cache_status(client, cached.url)
        assert status == "miss"
        assert "mailto:office@iscn.example.org" in response.content.decode()


@pytest.mark.parametrize(
    ("environment", "seconds"),
    [
        ({}, "0"),
        ({"REDIS_URL": "redis://cache.internal:6379/0"}, "300"),
        ({"REDIS_URL": "redis://cache.internal:6379/0", "PAGE_CACHE_SECONDS": "0"}, "0"),
        ({"PAGE_CACHE_SECONDS": "120"}, "120"),
    ],
)
def test_production_caches_pages_by_default_only_with_redis(environment, seconds):
    """In per-process memory a publish would reach one process only: others would serve the
    old page until it expires."""
    code = "from django.conf import settings; print(settings.ISCN_PAGE_CACHE_SECONDS)"
    result = run_in_production(code, **environment)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == seconds
