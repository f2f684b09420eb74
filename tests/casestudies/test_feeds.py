"""Feeds of new case studies: RSS 2.0 and Atom, newest first, one language each."""

import datetime
import uuid
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyIndexPage
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.helpers import assert_query_counts_are_fixed, make_private, translate
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_QUERIES = 4


def publish(page, days_ago):
    """Publish a revision of `page` as if it had first been published `days_ago` days ago."""
    page.save_revision().publish()
    published_at = timezone.now() - datetime.timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=published_at, last_published_at=published_at
    )
    page.refresh_from_db()
    return page


def rss_url(index):
    return f"{index.url}feed/rss/"


def atom_url(index):
    return f"{index.url}feed/atom/"


def rss_channel(client, index):
    response = client.get(rss_url(index))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (the site's own output)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.find("channel")


def atom_feed(client, index):
    response = client.get(atom_url(index))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (the site's own output)
    assert root.tag == f"{ATOM}feed"
    return root


def rss_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


class TestRss:
    def test_items_are_newest_first_with_link_description_date_guid_and_topics(self, client, home):
        topic = TopicPageFactory(title="Open data & transparency")
        older = publish(
            CaseStudyPageFactory(
                title="Open budget", introduction="Budgets <in the open>.", topics=[topic]
            ),
            days_ago=10,
        )
        publish(CaseStudyPageFactory(title="Smart parking", introduction=""), days_ago=2)
        index = CaseStudyIndexPage.objects.get()

        channel = rss_channel(client, index)
        assert channel.findtext("title") == "New case studies – ISCN Knowledge Platform"
        assert channel.findtext("link") == index.get_full_url()
        assert channel.findtext("language") == "en"
        assert rss_titles(channel) == ["Smart parking", "Open budget"]
        item = channel.findall("item")[1]
        assert item.findtext("link") == older.get_full_url()
        # HTML-escaped plain text: readers show it as written.
        assert item.findtext("description") == "Budgets &lt;in the open&gt;."
        assert item.findtext("pubDate") == older.first_published_at.strftime(
            "%a, %d %b %Y %H:%M:%S +0000"
        )
        guid = item.find("guid")
        assert guid.text == uuid.uuid5(older.translation_key, "en").urn
        assert guid.get("isPermaLink") == "false"
        assert [category.text for category in item.findall("category")] == [
            "Open data & transparency"
        ]
        # Without an introduction, the summary.
        assert channel.findall("item")[0].findtext("description") == (
            "A city opened its data and people built services on it."
        )

    def test_guid_is_stable_across_edits(self, client, home):
        case_study = publish(CaseStudyPageFactory(slug="open-budget"), days_ago=1)
        index = CaseStudyIndexPage.objects.get()
        guid = rss_channel(client, index).find("item").findtext("guid")
        case_study.title, case_study.slug = "Open budget, revised", "open-budget-revised"
        case_study.save_revision().publish()
        assert rss_channel(client, index).find("item").findtext("guid") == guid

    def test_lists_at_most_twenty(self, client, home):
        for days_ago in range(22):
            publish(CaseStudyPageFactory(title=f"Study {days_ago}"), days_ago=days_ago)
        titles = rss_titles(rss_channel(client, CaseStudyIndexPage.objects.get()))
        assert titles == [f"Study {days_ago}" for days_ago in range(20)]

    def test_excludes_drafts_and_private_case_studies(self, client, home):
        publish(CaseStudyPageFactory(title="Published"), days_ago=3)
        draft = publish(CaseStudyPageFactory(title="Draft"), days_ago=2)
        draft.unpublish()
        make_private(publish(CaseStudyPageFactory(title="Private"), days_ago=1))
        make_private(
            publish(CaseStudyPageFactory(title="Members only"), days_ago=1),
            PageViewRestriction.LOGIN,
        )
        index = CaseStudyIndexPage.objects.get()
        assert rss_titles(rss_channel(client, index)) == ["Published"]
        assert atom_titles(atom_feed(client, index)) == ["Published"]

    def test_empty_feed_is_valid(self, client, home):
        assert rss_titles(rss_channel(client, CaseStudyIndexPageFactory())) == []


class TestAtom:
    def test_entries_have_id_link_updated_summary_and_categories(self, client, home):
        topic = TopicPageFactory(title="Mobility")
        case_study = publish(
            CaseStudyPageFactory(title="Bike lanes", introduction="Safe lanes.", topics=[topic]),
            days_ago=1,
        )
        publish(CaseStudyPageFactory(title="Older"), days_ago=5)
        index = CaseStudyIndexPage.objects.get()

        feed = atom_feed(client, index)
        assert feed.findtext(f"{ATOM}title") == "New case studies – ISCN Knowledge Platform"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
        assert atom_titles(feed) == ["Bike lanes", "Older"]
        entry = feed.find(f"{ATOM}entry")
        assert entry.find(f"{ATOM}link").get("href") == case_study.get_full_url()
        assert entry.findtext(f"{ATOM}id") == uuid.uuid5(case_study.translation_key, "en").urn
        assert entry.findtext(f"{ATOM}summary") == "Safe lanes."
        assert entry.findtext(f"{ATOM}published").startswith(
            case_study.first_published_at.date().isoformat()
        )
        assert entry.findtext(f"{ATOM}updated")
        assert [category.get("term") for category in entry.findall(f"{ATOM}category")] == [
            "Mobility"
        ]


class TestLanguages:
    def test_each_language_has_its_own_feed(self, client, home):
        translate(home, "de")
        index = CaseStudyIndexPageFactory()
        translate(index, "de")
        case_study = publish(CaseStudyPageFactory(title="Open budget", topics=[]), days_ago=2)
        german = translate(case_study, "de", title="Offener Haushalt")
        publish(CaseStudyPageFactory(title="Only in English", topics=[]), days_ago=1)
        german_index = CaseStudyIndexPage.objects.get(locale__language_code="de")

        channel = rss_channel(client, german_index)
        assert german_index.url.startswith("/de/")
        assert channel.findtext("language") == "de"
        assert rss_titles(channel) == ["Offener Haushalt"]
        assert channel.find("item").findtext("link") == german.get_full_url()
        assert channel.find("item").findtext("guid") == uuid.uuid5(german.translation_key, "de").urn
        assert atom_titles(atom_feed(client, german_index)) == ["Offener Haushalt"]
        assert rss_titles(rss_channel(client, index)) == ["Only in English", "Open budget"]


def test_index_page_announces_its_feeds(client, home):
    index = CaseStudyIndexPageFactory()
    html = client.get(index.url).content.decode()
    head = html[: html.index("</head>")]
    assert (
        f'type="application/rss+xml" title="New case studies (RSS feed)" href="{rss_url(index)}"'
        in head
    )
    assert (
        f'type="application/atom+xml" title="New case studies (Atom feed)" href="{atom_url(index)}"'
        in head
    )


def test_query_count_is_fixed(client, home, django_assert_max_num_queries):
    index = CaseStudyIndexPageFactory()
    topics = [TopicPageFactory() for _ in range(3)]

    def add_case_studies(count):
        for _ in range(count):
            publish(CaseStudyPageFactory(topics=topics), days_ago=1)

    assert_query_counts_are_fixed(
        client,
        {rss_url(index): FEED_QUERIES, atom_url(index): FEED_QUERIES},
        django_assert_max_num_queries,
        add_content=add_case_studies,
    )
