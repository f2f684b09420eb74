"""Site, settings, locale, home page and menu: looked up once per process until content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core.content_generation import replace_generation
from core.generation_memo import memoized
from home.models import SiteSettings
from tests.helpers import translate
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def queries_of(action):
    with CaptureQueriesContext(connection) as context:
        action()
    return [query["sql"] for query in context.captured_queries]


class TestMemo:
    def test_computes_once_per_generation(self):
        calls = []

        def compute():
            calls.append(1)
            return len(calls)

        assert [memoized("answer", compute) for _ in range(3)] == [1, 1, 1]
        replace_generation()
        assert memoized("answer", compute) == 2

    def test_keeps_nothing_that_failed(self):
        def fail():
            raise Locale.DoesNotExist

        with pytest.raises(Locale.DoesNotExist):
            memoized("failure", fail)
        assert memoized("failure", lambda: "found") == "found"


class TestLocales:
    def test_wagtails_look_ups_cost_no_query_once_made(self):
        with translation.override("de"):
            german = Locale.get_active()
            assert queries_of(Locale.get_active) == []
        assert german.language_code == "de"

    def test_a_changed_locale_is_looked_up_again(self):
        spanish = Locale.objects.get_for_language("es")
        assert Locale.objects.get_for_language("es") is spanish
        spanish.save()
        assert Locale.objects.get_for_language("es") is not spanish


class TestRequests:
    def test_the_site_settings_and_menu_cost_no_query_once_made(self, client, home):
        ContentPageFactory(parent=home, title="About the network", show_in_menus=True)
        client.get("/en/")
        queries = " ".join(queries_of(lambda: client.get("/en/")))
        for table in ("wagtailcore_site", "wagtailcore_locale", "home_sitesettings"):
            assert f'FROM "{table}"' not in queries

    def test_changes_show_on_the_next_request(self, client, home):
        client.get("/en/")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "secretariat@iscn.example.org"
        settings.save()
        ContentPageFactory(parent=home, title="About the network", show_in_menus=True)
        page = client.get("/en/").content.decode()
        assert "secretariat@iscn.example.org" in page
        assert "About the network" in page

    def test_footer_links_lead_to_the_pages_in_the_visitors_language(self, client, home):
        translate(home, "de")
        imprint = ContentPageFactory(parent=home, title="Imprint", slug="imprint")
        german_imprint = translate(imprint, "de", title="Impressum")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.imprint_page = imprint
        settings.save()
        for language, page in [("en", imprint), ("de", german_imprint), ("en", imprint)]:
            assert f'href="{page.url}"' in client.get(f"/{language}/").content.decode()

    def test_breadcrumbs_follow_a_retitled_section(self, client, home):
        section = ContentPageFactory(parent=home, title="About the network")
        team = ContentPageFactory(parent=section, title="Team")
        assert "About the network" in client.get(team.url).content.decode()
        section.title = "Who we are"
        section.save_revision().publish()
        assert "Who we are" in client.get(team.url).content.decode()


class TestViewRestrictions:
    def test_a_public_page_costs_no_query(self, home):
        page = ContentPageFactory(parent=home)
        page.get_view_restrictions()  # fills the memo
        assert queries_of(lambda: list(page.get_view_restrictions())) == []

    def test_pages_below_a_restriction_and_aliases_of_them_are_restricted(self, client, home):
        section = ContentPageFactory(parent=home, slug="members-only")
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        below = ContentPageFactory(parent=section, slug="minutes")
        # Wagtail follows an alias to its source page (not to the source's ancestors).
        alias = section.create_alias(parent=home, update_slug="members-only-alias").specific
        for page in (section, below, alias):
            assert list(page.get_view_restrictions()) == list(Page.get_view_restrictions(page)), (
                page.url
            )
            assert client.get(page.url).status_code == 302
        section.get_view_restrictions().delete()
        for page in (section, below, alias):
            assert client.get(page.url).status_code == 200
