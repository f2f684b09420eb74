"""/sitemap.xml lists every public page of every language with its translations; robots.txt
points crawlers to it and away from the admin and the members' workspace."""

import datetime
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.casestudies.factories import CaseStudyPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import count_queries, make_private, translate
from tests.home.factories import ContentPageFactory
from tests.workspace.factories import (
    MeetingPageFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
)

NAMESPACES = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def sitemap(client):
    """{location: {hreflang: href}} of the sitemap's URLs, with their <lastmod> under "lastmod"."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    entries = {}
    for url in root.findall("sm:url", NAMESPACES):
        location = url.findtext("sm:loc", namespaces=NAMESPACES)
        assert location not in entries, f"{location} is listed twice"
        links = url.findall("xhtml:link", NAMESPACES)
        assert all(link.get("rel") == "alternate" for link in links)
        entries[location] = {link.get("hreflang"): link.get("href") for link in links}
        entries[location]["lastmod"] = url.findtext("sm:lastmod", namespaces=NAMESPACES)
    return entries


def full_url(page):
    return f"http://testserver{page.url}"


@pytest.fixture
def german_home(home):
    return translate(home, "de", title="Internationales Smart-Cities-Netzwerk")


@pytest.mark.django_db
class TestSitemap:
    def test_lists_every_public_page_of_every_language_with_alternates(
        self, client, home, german_home
    ):
        about = ContentPageFactory(title="About", slug="about")
        german_about = translate(about, "de", title="Über uns", slug="ueber-uns")
        imprint = ContentPageFactory(title="Imprint", slug="imprint")
        case_study = CaseStudyPageFactory()
        event = EventPageFactory()

        entries = sitemap(client)

        expected = [home, german_home, about, german_about, imprint, case_study, event]
        for page in expected:
            assert full_url(page) in entries
        # The index pages the factories made are public pages too.
        assert full_url(case_study.get_parent()) in entries
        assert full_url(event.get_parent()) in entries
        both = {"en": full_url(about), "de": full_url(german_about), "x-default": full_url(about)}
        assert {k: v for k, v in entries[full_url(about)].items() if k != "lastmod"} == both
        assert {k: v for k, v in entries[full_url(german_about)].items() if k != "lastmod"} == both
        # An untranslated page is its own only alternate; English is the default.
        alternates = entries[full_url(imprint)]
        assert alternates == {
            "en": full_url(imprint),
            "x-default": full_url(imprint),
            "lastmod": alternates["lastmod"],
        }

    def test_translation_without_an_english_original_has_no_x_default(
        self, client, home, german_home
    ):
        about = ContentPageFactory(title="About", slug="about")
        german_about = translate(about, "de", slug="ueber-uns")
        about.unpublish()
        entries = sitemap(client)
        assert full_url(about) not in entries
        alternates = entries[full_url(german_about)]
        assert alternates == {"de": full_url(german_about), "lastmod": alternates["lastmod"]}

    def test_leaves_out_drafts_and_private_pages(self, client, home):
        draft = ContentPageFactory(title="Draft", slug="draft", live=False)
        protected = ContentPageFactory(title="Protected", slug="protected")
        make_private(protected)
        below_protected = ContentPageFactory(parent=protected, slug="below")
        members_only = ContentPageFactory(title="Members only", slug="members-only")
        make_private(members_only, PageViewRestriction.LOGIN)
        public = ContentPageFactory(title="Public", slug="public")

        entries = sitemap(client)

        assert full_url(public) in entries
        for page in (draft, protected, below_protected, members_only):
            assert f"/{page.slug}/" not in "".join(entries)

    def test_leaves_out_the_members_workspace(self, client, home):
        workspace = WorkspacePageFactory()
        group = WorkingGroupPageFactory(parent=workspace)
        MeetingPageFactory(parent=group)
        entries = sitemap(client)
        assert entries
        assert not [location for location in entries if "/workspace/" in location]
        assert not [location for location in entries if "/admin/" in location]

    def test_workspace_pages_stay_out_even_if_their_restriction_is_lost(self, client, home):
        # They list no sitemap URLs of their own (workspace.readers.PrivatePageMixin).
        workspace = WorkspacePageFactory()
        group = WorkingGroupPageFactory(parent=workspace)
        PageViewRestriction.objects.filter(page=workspace).delete()
        entries = sitemap(client)
        assert full_url(home) in entries
        assert full_url(workspace) not in entries
        assert full_url(group) not in entries

    def test_lastmod_is_the_last_publication(self, client, home):
        page = ContentPageFactory(slug="dated")
        page.last_published_at = timezone.now() - datetime.timedelta(days=40)
        page.save()
        expected = timezone.localdate(page.last_published_at).isoformat()
        assert sitemap(client)[full_url(page)]["lastmod"] == expected

    def test_query_count_does_not_grow_with_the_number_of_pages(
        self, client, home, german_home, django_assert_max_num_queries
    ):
        def add_pages(count):
            for _ in range(count):
                page = ContentPageFactory()
                translate(page, "de")
                CaseStudyPageFactory()
                EventPageFactory()

        add_pages(2)
        small = count_queries(client, "/sitemap.xml")
        add_pages(10)
        large = count_queries(client, "/sitemap.xml")
        assert small == large
        with django_assert_max_num_queries(SITEMAP_QUERIES):
            client.get("/sitemap.xml")


# The site, the root's translations, the view restrictions, the count, the pages, one query per
# page type for their own fields (eight here: home, content, topic index and page, case study
# index and page, event index and page), the translations for the alternates.
SITEMAP_QUERIES = 14


@pytest.mark.django_db
class TestRobotsTxt:
    def test_points_to_the_sitemap_and_keeps_crawlers_out_of_private_areas(self, client, home):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        lines = response.content.decode().splitlines()
        assert lines[0] == "User-agent: *"
        assert "Disallow: /admin/" in lines
        assert "Disallow: /*/workspace/" in lines
        assert "Disallow: /*/accounts/" in lines
        assert "Sitemap: http://testserver/sitemap.xml" in lines
        assert "Allow: /" not in lines

    def test_names_a_workspace_whose_slug_was_translated(self, client, home):
        workspace = WorkspacePageFactory()
        translate(home, "de")
        translate(workspace, "de", slug="arbeitsbereich")
        lines = client.get("/robots.txt").content.decode().splitlines()
        assert "Disallow: /de/arbeitsbereich/" in lines
        # The English workspace is matched by the pattern already.
        assert "Disallow: /en/workspace/" not in lines

    def test_password_protected_pages_are_not_named(self, client, home):
        protected = ContentPageFactory(slug="protected")
        make_private(protected)
        assert "/en/protected/" not in client.get("/robots.txt").content.decode()
