import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from casestudies.models import CaseStudyIndexPage
from cities.models import CityIndexPage
from events.models import EventIndexPage
from home.models import ContentPage, HomePage
from tests.casestudies.factories import CaseStudyPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import make_private
from tests.home.factories import ContentPageFactory, site_home
from topics.models import TopicIndexPage
from workspace.models import WorkspacePage


class TestHomeCreationRules(WagtailPageTestCase):
    def test_home_page_sits_under_the_tree_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children_are_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                TopicIndexPage,
                CityIndexPage,
                CaseStudyIndexPage,
                EventIndexPage,
                ContentPage,
                WorkspacePage,
            },
        )

    def test_content_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_one_index_page_per_home(self):
        CaseStudyPageFactory()  # creates the case-study index
        home = site_home()
        self.assertFalse(CaseStudyIndexPage.can_create_at(home))
        self.assertTrue(EventIndexPage.can_create_at(home))


@pytest.mark.django_db
class TestHomePage:
    def test_renders_latest_case_studies_and_upcoming_events(self, client, home):
        CaseStudyPageFactory(title="Open data in Recife")
        EventPageFactory(title="Network meeting in Pune")
        response = client.get("/en/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "Open data in Recife" in html
        assert "Network meeting in Pune" in html
        assert '<html lang="en" dir="ltr">' in html
        assert 'href="#main"' in html

    def test_empty_state_without_content(self, client, home):
        html = client.get("/en/").content.decode()
        assert "No case studies have been published yet." in html
        assert "No upcoming events at the moment." in html

    def test_drafts_are_not_shown(self, client, home):
        draft = CaseStudyPageFactory(title="Secret draft project")
        draft.unpublish()
        assert "Secret draft project" not in client.get("/en/").content.decode()

    def test_root_redirects_to_the_language_prefix(self, client, home):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/en/"


@pytest.mark.django_db
class TestContentPage:
    def test_renders_body_and_breadcrumbs(self, client, home):
        page = ContentPageFactory(title="About the network")
        response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "The network meets twice a year." in html
        assert 'aria-label="Breadcrumb"' in html
        assert '<span aria-current="page">About the network</span>' in html

    def test_private_page_needs_the_password(self, client, home):
        page = ContentPageFactory(title="Members only")
        make_private(page)
        response = client.get(page.url)
        assert "Members only" not in response.content.decode() or response.status_code != 200
        assert "password" in response.content.decode().lower()

    def test_menu_lists_pages_marked_for_menus(self, client, home):
        ContentPageFactory(title="Imprint", show_in_menus=True)
        ContentPageFactory(title="Hidden page", show_in_menus=False)
        html = client.get("/en/").content.decode()
        nav = html[html.index('aria-label="Main"') :]
        nav = nav[: nav.index("</nav>")]
        assert "Imprint" in nav
        assert "Hidden page" not in nav


@pytest.mark.django_db
class TestErrorPages:
    def test_unknown_url_gives_the_site_404(self, client, home):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()

    def test_500_page_renders_without_a_database(self):
        from django.template.loader import render_to_string

        html = render_to_string("500.html")
        assert "Something went wrong" in html
