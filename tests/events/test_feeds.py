"""Feeds of events: RSS 2.0 and Atom, upcoming soonest first, then recent, one language each."""

import datetime
import uuid
import xml.etree.ElementTree as ET
import zoneinfo

import pytest
from wagtail.models import PageViewRestriction

from events.models import EventFormat, EventIndexPage
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import assert_query_counts_are_fixed, days_from_now, make_private, translate
from tests.topics.factories import TopicPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_QUERIES = 4


def rss_url(index):
    return f"{index.url}feed/rss/"


def atom_url(index):
    return f"{index.url}feed/atom/"


def parse(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    return ET.fromstring(response.content)  # noqa: S314 (the site's own output)


def rss_items(client, index):
    root = parse(client, rss_url(index), "application/rss+xml")
    assert root.get("version") == "2.0"
    return root.find("channel").findall("item")


def atom_entries(client, index):
    return parse(client, atom_url(index), "application/atom+xml").findall(f"{ATOM}entry")


def rss_titles(client, index):
    return [item.findtext("title") for item in rss_items(client, index)]


def atom_titles(client, index):
    return [entry.findtext(f"{ATOM}title") for entry in atom_entries(client, index)]


def test_upcoming_soonest_first_then_recent(client, home):
    EventPageFactory(title="Next month", start=days_from_now(30))
    EventPageFactory(title="Last week", start=days_from_now(-7))
    EventPageFactory(title="Tomorrow", start=days_from_now(1))
    EventPageFactory(title="Last month", start=days_from_now(-30))
    index = EventIndexPage.objects.get()
    expected = ["Tomorrow", "Next month", "Last week", "Last month"]
    assert rss_titles(client, index) == expected
    assert atom_titles(client, index) == expected


def test_items_have_link_date_guid_description_and_topics(client, home):
    topic = TopicPageFactory(title="Open data")
    event = EventPageFactory(
        title="Open data workshop",
        introduction="Hands-on with the portal.",
        topics=[topic],
        start=datetime.datetime(2030, 3, 27, 10, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")),
        end=datetime.datetime(2030, 3, 27, 12, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin")),
    )
    event.save_revision().publish()
    event.refresh_from_db()
    index = EventIndexPage.objects.get()

    channel = parse(client, rss_url(index), "application/rss+xml").find("channel")
    assert channel.findtext("title") == "Events – ISCN Knowledge Platform"
    assert channel.findtext("link") == index.get_full_url()
    [item] = channel.findall("item")
    assert item.findtext("link") == event.get_full_url()
    assert item.findtext("guid") == uuid.uuid5(event.translation_key, "en").urn
    assert item.findtext("pubDate") == event.first_published_at.strftime(
        "%a, %d %b %Y %H:%M:%S +0000"
    )
    # When, in the event's time zone, then the introduction.
    assert item.findtext("description") == (
        "<p>March 27, 2030, 10:00 (Europe/Berlin)</p><p>Hands-on with the portal.</p>"
    )
    assert [category.text for category in item.findall("category")] == ["Open data"]

    [entry] = atom_entries(client, index)
    assert entry.find(f"{ATOM}link").get("href") == event.get_full_url()
    assert entry.findtext(f"{ATOM}id") == uuid.uuid5(event.translation_key, "en").urn
    assert entry.findtext(f"{ATOM}updated")


def test_online_event_without_introduction_says_when(client, home):
    EventPageFactory(
        event_format=EventFormat.ONLINE,
        venue="",
        online_url="https://meet.example.org/iscn",
        time_zone="America/Sao_Paulo",
        start=datetime.datetime(2030, 5, 4, 14, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo")),
        end=datetime.datetime(2030, 5, 4, 15, tzinfo=zoneinfo.ZoneInfo("America/Sao_Paulo")),
    )
    [item] = rss_items(client, EventIndexPage.objects.get())
    assert item.findtext("description") == "<p>May 4, 2030, 14:00 (America/Sao Paulo)</p>"


def test_lists_at_most_twenty(client, home):
    for days in range(1, 23):
        EventPageFactory(title=f"In {days} days", start=days_from_now(days))
    assert rss_titles(client, EventIndexPage.objects.get()) == [
        f"In {days} days" for days in range(1, 21)
    ]


def test_excludes_drafts_and_private_events(client, home):
    EventPageFactory(title="Published")
    EventPageFactory(title="Draft").unpublish()
    make_private(EventPageFactory(title="Private"))
    make_private(EventPageFactory(title="Members only"), PageViewRestriction.LOGIN)
    index = EventIndexPage.objects.get()
    assert rss_titles(client, index) == ["Published"]
    assert atom_titles(client, index) == ["Published"]


def test_private_index_has_no_public_feed(client, home):
    index = EventIndexPageFactory()
    EventPageFactory(title="Members' meeting", parent=index)
    make_private(index, PageViewRestriction.LOGIN)
    response = client.get(rss_url(index))
    assert response.status_code == 302
    assert b"Members' meeting" not in response.content


def test_each_language_has_its_own_feed(client, home):
    translate(home, "de")
    index = EventIndexPageFactory()
    translate(index, "de")
    event = EventPageFactory(title="Network meeting", start=days_from_now(5))
    german = translate(event, "de", title="Netzwerktreffen")
    EventPageFactory(title="Only in English", start=days_from_now(6))
    german_index = EventIndexPage.objects.get(locale__language_code="de")

    [item] = rss_items(client, german_index)
    assert item.findtext("title") == "Netzwerktreffen"
    assert item.findtext("link") == german.get_full_url()
    assert "/de/" in item.findtext("link")
    assert atom_titles(client, german_index) == ["Netzwerktreffen"]
    assert rss_titles(client, index) == ["Network meeting", "Only in English"]


def test_index_page_announces_and_links_its_feeds(client, home):
    index = EventIndexPageFactory()
    html = client.get(index.url).content.decode()
    head = html[: html.index("</head>")]
    assert f'type="application/rss+xml" title="Events (RSS feed)" href="{rss_url(index)}"' in head
    assert (
        f'type="application/atom+xml" title="Events (Atom feed)" href="{atom_url(index)}"' in head
    )
    body = html[html.index("<main") :]
    assert f'href="{rss_url(index)}"' in body


def test_query_count_is_fixed(client, home, django_assert_max_num_queries):
    index = EventIndexPageFactory()
    topics = [TopicPageFactory() for _ in range(3)]

    def add_events(count):
        for number in range(count):
            EventPageFactory(start=days_from_now(number - count // 2), topics=topics)

    assert_query_counts_are_fixed(
        client,
        {rss_url(index): FEED_QUERIES, atom_url(index): FEED_QUERIES},
        django_assert_max_num_queries,
        add_content=add_events,
    )
