"""What search engines and link previews read in a page's <head>: canonical URL, description,
Open Graph and Twitter card tags, and the schema.org description as JSON-LD."""

import datetime
import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders

from events.models import EventFormat
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import days_from_now, make_image, translate, utc
from tests.home.factories import ContentPageFactory, rich_text
from tests.topics.factories import TopicPageFactory

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


class HeadParser(HTMLParser):
    """The <meta> and <link rel="canonical"> elements of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.meta = {}
        self.repeated = {}
        self.canonical = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.repeated.setdefault(key, []).append(attrs.get("content"))
            self.meta[key] = attrs.get("content")


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode().split("</head>")[0])
    return parser


def graph(client, url):
    """The schema.org objects of the page's one JSON-LD block, by @type."""
    response = client.get(url)
    assert response.status_code == 200
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    objects = {}
    for item in data["@graph"]:
        assert item["@type"] not in objects
        objects[item["@type"]] = item
    return objects


@pytest.mark.django_db
class TestHeadMetadata:
    def test_canonical_open_graph_and_twitter_card(self, client, home):
        page = ContentPageFactory(title="About", slug="about", introduction="Who we are.")
        tags = head(client, page.url)
        assert tags.canonical == ["http://testserver/en/about/"]
        assert tags.meta["description"] == "Who we are."
        assert tags.meta["og:type"] == "website"
        assert tags.meta["og:title"] == "About"
        assert tags.meta["og:description"] == "Who we are."
        assert tags.meta["og:url"] == "http://testserver/en/about/"
        assert tags.meta["og:site_name"] == "International Smart Cities Network"
        assert tags.meta["og:locale"] == "en_US"
        assert tags.meta["twitter:card"] == "summary_large_image"
        assert tags.meta["twitter:title"] == "About"
        assert tags.meta["twitter:description"] == "Who we are."

    def test_seo_title_is_the_shared_title(self, client, home):
        page = ContentPageFactory(title="About", seo_title="About the network")
        tags = head(client, page.url)
        assert tags.meta["og:title"] == tags.meta["twitter:title"] == "About the network"

    def test_default_image_is_on_this_host(self, client, home):
        tags = head(client, ContentPageFactory().url)
        assert tags.meta["og:image"] == "http://testserver/static/img/og-default.png"
        assert tags.meta["twitter:image"] == tags.meta["og:image"]
        assert (tags.meta["og:image:width"], tags.meta["og:image:height"]) == ("1200", "630")
        assert tags.meta["og:image:alt"]
        assert finders.find("img/og-default.png")

    def test_page_image_cut_for_previews(self, client, home):
        image = make_image()
        image.description = "Tram stop with a passenger information display"
        image.save()
        tags = head(client, ContentPageFactory(image=image).url)
        assert tags.meta["og:image"].startswith("http://testserver/media/images/")
        assert "fill-1200x630" in tags.meta["og:image"]
        assert tags.meta["og:image:alt"] == "Tram stop with a passenger information display"
        assert tags.meta["twitter:image:alt"] == tags.meta["og:image:alt"]

    def test_listing_canonical_leaves_out_filters_and_page_number(self, client, home):
        index = CaseStudyIndexPageFactory()
        tags = head(client, f"{index.url}?page=2&country=DE&topic=does-not-exist")
        assert tags.canonical == ["http://testserver/en/case-studies/"]
        assert tags.meta["og:url"] == "http://testserver/en/case-studies/"

    def test_case_studies_are_articles(self, client, home):
        case_study = CaseStudyPageFactory()
        case_study.save_revision().publish()
        case_study.refresh_from_db()
        tags = head(client, case_study.url)
        assert tags.meta["og:type"] == "article"
        assert tags.meta["article:published_time"].startswith(
            case_study.first_published_at.date().isoformat()
        )

    def test_locale_alternates_are_the_live_translations(self, client, home):
        translate(home, "de")
        page = ContentPageFactory(slug="about")
        translate(page, "de", slug="ueber-uns")
        english = head(client, page.url)
        assert english.repeated["og:locale:alternate"] == ["de_DE"]
        german = head(client, "/de/ueber-uns/")
        assert german.meta["og:locale"] == "de_DE"
        assert german.repeated["og:locale:alternate"] == ["en_US"]
        assert german.canonical == ["http://testserver/de/ueber-uns/"]

    def test_views_outside_the_page_tree_have_no_page_metadata(self, client, home):
        for url, status in (("/en/search/?q=data", 200), ("/en/does-not-exist/", 404)):
            response = client.get(url)
            assert response.status_code == status
            html = response.content.decode()
            assert 'rel="canonical"' not in html
            assert "application/ld+json" not in html


@pytest.mark.django_db
class TestMetaDescription:
    def test_search_description_comes_first(self, client, home):
        page = ContentPageFactory(search_description="For search engines.", introduction="Intro.")
        assert head(client, page.url).meta["description"] == "For search engines."

    def test_falls_back_to_the_introduction_shortened(self, client, home):
        page = ContentPageFactory(introduction="Word " * 100)
        description = head(client, page.url).meta["description"]
        assert description.startswith("Word Word")
        assert len(description) <= 160

    def test_falls_back_to_the_first_paragraph(self, client, home):
        page = ContentPageFactory(
            introduction="",
            body=[("paragraph", rich_text("<p>The network <b>meets</b> twice a year.</p>"))],
        )
        assert head(client, page.url).meta["description"] == "The network meets twice a year."

    def test_case_study_falls_back_to_its_summary(self, client, home):
        page = CaseStudyPageFactory(introduction="", summary="Open data, built on by people.")
        assert head(client, page.url).meta["description"] == "Open data, built on by people."

    def test_event_falls_back_to_kind_date_and_format(self, client, home):
        page = EventPageFactory(introduction="", start=utc(2030, 6, 1, 8), end=utc(2030, 6, 1, 10))
        assert head(client, page.url).meta["description"] == "Workshop on June 1, 2030 (On site)"

    def test_city_falls_back_to_its_country(self, client, home):
        page = CityPageFactory(title="Leipzig", introduction="", country="DE")
        assert head(client, page.url).meta["description"] == (
            "Leipzig, Germany: a member of the International Smart Cities Network."
        )


@pytest.mark.django_db
class TestBreadcrumbList:
    def test_positions_follow_the_trail_from_home(self, client, home):
        city = CityPageFactory(title="Leipzig", slug="leipzig")
        trail = graph(client, city.url)["BreadcrumbList"]["itemListElement"]
        assert trail == [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://testserver/en/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Cities",
                "item": "http://testserver/en/cities/",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Leipzig",
                "item": "http://testserver/en/cities/leipzig/",
            },
        ]

    def test_home_page_is_a_trail_of_one(self, client, home):
        objects = graph(client, "/en/")
        assert [item["name"] for item in objects["BreadcrumbList"]["itemListElement"]] == ["Home"]

    def test_every_page_type_has_one(self, client, home):
        pages = [
            ContentPageFactory(),
            CaseStudyPageFactory(),
            EventPageFactory(),
            CityPageFactory(),
            TopicPageFactory(),
        ]
        for page in [*pages, *(page.get_parent() for page in pages[1:])]:
            assert "BreadcrumbList" in graph(client, page.url), page

    def test_text_cannot_end_the_script_element(self, client, home):
        title = "Open data </script><script>alert(1)</script> & more"
        page = ContentPageFactory(title=title)
        html = client.get(page.url).content.decode()
        block = JSON_LD.findall(html)[0]
        assert "<" not in block
        assert ">" not in block
        trail = json.loads(block)["@graph"][0]["itemListElement"]
        assert trail[-1]["name"] == title


@pytest.mark.django_db
class TestEvent:
    def event(self, client, **fields):
        page = EventPageFactory(
            title="Data summit",
            time_zone="Europe/Berlin",
            start=utc(2030, 6, 1, 8),
            end=utc(2030, 6, 2, 15, 30),
            **fields,
        )
        return page, graph(client, page.url)["Event"]

    def test_dates_carry_the_offset_of_the_events_time_zone(self, client, home):
        page, event = self.event(client)
        assert event["name"] == "Data summit"
        assert event["url"] == f"http://testserver{page.url}"
        assert event["startDate"] == "2030-06-01T10:00:00+02:00"
        assert event["endDate"] == "2030-06-02T17:30:00+02:00"
        assert event["eventStatus"] == "https://schema.org/EventScheduled"
        assert event["inLanguage"] == "en"
        assert event["organizer"]["name"] == "International Smart Cities Network"
        assert event["image"] == "http://testserver/static/img/og-default.png"

    def test_on_site_event_takes_place_at_its_venue(self, client, home):
        city = CityPageFactory(title="Leipzig", country="DE")
        _page, event = self.event(
            client,
            event_format=EventFormat.ON_SITE,
            venue="Neues Rathaus\nMartin-Luther-Ring 4\n04109 Leipzig",
            host_city=city,
        )
        assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
        assert event["location"] == {
            "@type": "Place",
            "name": "Neues Rathaus",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Neues Rathaus, Martin-Luther-Ring 4, 04109 Leipzig",
                "addressLocality": "Leipzig",
                "addressCountry": "DE",
            },
        }

    def test_online_event_has_a_virtual_location(self, client, home):
        _page, event = self.event(
            client, event_format=EventFormat.ONLINE, venue="", online_url="https://meet.example/x"
        )
        assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
        assert event["location"] == {"@type": "VirtualLocation", "url": "https://meet.example/x"}

    def test_hybrid_event_has_both(self, client, home):
        _page, event = self.event(
            client, event_format=EventFormat.HYBRID, online_url="https://meet.example/x"
        )
        assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
        assert [location["@type"] for location in event["location"]] == [
            "Place",
            "VirtualLocation",
        ]

    def test_past_online_event_points_to_its_recording_not_the_meeting(self, client, home):
        page = EventPageFactory(
            event_format=EventFormat.ONLINE,
            online_url="https://meet.example/x",
            recording_url="https://video.example/recording",
            start=days_from_now(-3),
            end=days_from_now(-3) + datetime.timedelta(hours=2),
        )
        event = graph(client, page.url)["Event"]
        assert event["location"] == {
            "@type": "VirtualLocation",
            "url": "https://video.example/recording",
        }


@pytest.mark.django_db
class TestCity:
    def test_city_with_place_and_coordinates(self, client, home):
        page = CityPageFactory(
            title="Leipzig", country="DE", region="Saxony", website="https://www.leipzig.de"
        )
        city = graph(client, page.url)["City"]
        assert city["name"] == "Leipzig"
        assert city["url"] == f"http://testserver{page.url}"
        assert city["address"] == {
            "@type": "PostalAddress",
            "addressCountry": "DE",
            "addressRegion": "Saxony",
        }
        assert city["containedInPlace"] == {"@type": "Country", "name": "Germany"}
        assert city["geo"] == {
            "@type": "GeoCoordinates",
            "latitude": 52.520008,
            "longitude": 13.404954,
        }
        assert city["sameAs"] == "https://www.leipzig.de"

    def test_city_without_coordinates_has_no_geo(self, client, home):
        page = CityPageFactory(latitude=None, longitude=None, population=None)
        city = graph(client, page.url)["City"]
        assert "geo" not in city
        assert "additionalProperty" not in city


@pytest.mark.django_db
class TestArticle:
    def test_case_study_is_an_article_about_its_topics_and_place(self, client, home):
        topic = TopicPageFactory(title="Open data")
        city = CityPageFactory(title="Leipzig", country="DE")
        page = CaseStudyPageFactory(title="Open data portal", city=city, topics=[topic])
        page.save_revision().publish()
        page.refresh_from_db()
        article = graph(client, page.url)["Article"]
        assert article["headline"] == "Open data portal"
        assert article["description"] == page.meta_description
        assert article["inLanguage"] == "en"
        published = page.first_published_at.replace(microsecond=0)
        assert datetime.datetime.fromisoformat(article["datePublished"]) == published
        assert article["datePublished"].endswith("+00:00")
        assert "dateModified" in article
        assert article["about"] == [
            {"@type": "Thing", "name": "Open data", "url": f"http://testserver{topic.url}"}
        ]
        assert article["spatialCoverage"]["name"] == "Leipzig"
        assert article["spatialCoverage"]["address"]["addressCountry"] == "DE"
        assert article["publisher"] == {
            "@type": "Organization",
            "name": "International Smart Cities Network",
            "url": "http://testserver/",
        }

    def test_national_programme_covers_its_country(self, client, home):
        page = CaseStudyPageFactory(city=None, country="BR")
        article = graph(client, page.url)["Article"]
        assert article["spatialCoverage"]["name"] == "Brazil"
        # Never published (a factory page): no dates rather than null ones.
        assert "datePublished" not in article

    def test_unpublished_topics_are_left_out(self, client, home):
        draft = TopicPageFactory(title="Draft topic", live=False)
        page = CaseStudyPageFactory(topics=[draft])
        assert "about" not in graph(client, page.url)["Article"]


@pytest.mark.django_db
def test_topic_is_a_collection_page_about_itself(client, home):
    page = TopicPageFactory(title="Data governance")
    collection = graph(client, page.url)["CollectionPage"]
    assert collection["about"] == {"@type": "Thing", "name": "Data governance"}
    assert collection["url"] == f"http://testserver{page.url}"
