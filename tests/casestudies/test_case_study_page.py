import pytest
import wagtail_factories
from django.urls import reverse

from casestudies.choices import BudgetRange, GovernmentLevel, KnowledgeFormat, Licence, Maturity
from tests.casestudies.factories import (
    CaseStudyPageFactory,
    case_study_form_data,
)
from tests.cities.factories import CityPageFactory
from tests.helpers import count_queries, make_private
from tests.home.factories import rich_text
from tests.topics.factories import TopicPageFactory

DETAIL_QUERIES = 10


def gallery_item(caption):
    image = wagtail_factories.ImageFactory(title=caption)
    return ("image", {"image": image, "alt_text": f"Alt {caption}", "caption": caption})


def full_case_study(**fields):
    """A case study with every field filled in; related pages are made unless given."""
    if "city" not in fields:
        fields["city"] = CityPageFactory(title="Recife", country="BR")
    if "topics" not in fields:
        fields["topics"] = [TopicPageFactory(title="Open data"), TopicPageFactory(title="E-gov")]
    if "documents" not in fields:
        document = wagtail_factories.DocumentFactory(title="Final report")
        fields["documents"] = [("document", {"document": document, "title": ""})]
    values = {
        "title": "Open data portal",
        "introduction": "How Recife opened its data.",
        "summary": "The city publishes its data under an open licence.",
        "sdg_targets": ["11.3", "16.10"],
        "image": wagtail_factories.ImageFactory(title="Header"),
        "government_level": GovernmentLevel.METROPOLITAN,
        "knowledge_format": KnowledgeFormat.TRANSFER_PACKAGE,
        "maturity": Maturity.SCALED,
        "start_year": 2019,
        "end_year": 2023,
        "challenge": "<p>Data was locked in departments.</p>",
        "approach": "<p>A portal with a <b>clear</b> licence.</p>",
        "results": "<p>Forty new services.</p>",
        "lessons_learned": "<p>Start with the data people ask for.</p>",
        "partners": "Porto Digital\n\nFederal University of Pernambuco\n",
        "budget_range": BudgetRange.UNDER_1M,
        "repository_url": "https://code.example.org/portal",
        "licence": Licence.EUPL,
        "body": [
            ("paragraph", rich_text("<p>The portal went live in 2020.</p>")),
            gallery_item("Portal screenshot"),
        ],
        "links": [("link", {"title": "The data portal", "url": "https://data.example.org/"})],
        "gallery": [gallery_item("Launch event")],
        **fields,
    }
    return CaseStudyPageFactory(**values)


@pytest.mark.django_db
class TestCaseStudyPage:
    def test_shows_every_field(self, client, home):
        page = full_case_study()
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1") == 1
        assert "<h1>Open data portal</h1>" in html
        assert '<p class="lead">How Recife opened its data.</p>' in html
        assert "The city publishes its data under an open licence." in html
        assert 'class="page-image"' in html
        for heading in ("Challenge", "Approach", "Results", "Lessons learned"):
            assert f">{heading}</h2>" in html
        assert "Data was locked in departments." in html
        assert "A portal with a <b>clear</b> licence." in html
        assert "Forty new services." in html
        assert "Start with the data people ask for." in html
        assert "The portal went live in 2020." in html
        assert "<li>Porto Digital</li><li>Federal University of Pernambuco</li>" in html
        assert '<a href="https://data.example.org/">The data portal</a>' in html
        assert ">Final report</a>" in html
        assert 'alt="Alt Launch event"' in html
        assert "<figcaption>Launch event</figcaption>" in html
        assert 'alt="Alt Portal screenshot"' in html

    def test_facts(self, client, home):
        page = full_case_study()
        html = client.get(page.url).content.decode()
        facts = html[html.index('<aside class="facts"') : html.index("</aside>")]
        assert f'<dd><a href="{page.city.url}">Recife</a></dd>' in facts
        assert "<dd>Brazil</dd>" in facts
        assert "<dd>Metropolitan region</dd>" in facts
        assert "<dd>Transfer package</dd>" in facts
        assert "<dd>Scaled</dd>" in facts
        assert '<time datetime="2019">2019</time>–<time datetime="2023">2023</time>' in facts
        for topic in page.topics.all():
            assert f'<a class="chip" href="{topic.url}">{topic.title}</a>' in facts
        assert '<span class="tag">11.3</span> Inclusive and sustainable urbanization' in facts
        assert '<span class="tag">16.10</span> Public access to information' in facts
        assert "<dd>€100,000 to €1 million</dd>" in facts
        assert '<a href="https://code.example.org/portal">Source code repository</a>' in facts
        assert "Licence: EUPL 1.2" in facts

    def test_empty_optional_fields_are_left_out(self, client, home):
        page = CaseStudyPageFactory(challenge="", approach="", end_year=None)
        html = client.get(page.url).content.decode()
        for heading in ("Challenge", "Approach", "Results", "Lessons learned", "Partners"):
            assert f">{heading}</h2>" not in html
        for heading in ("Links", "Documents", "Image gallery", "Related case studies"):
            assert f">{heading}</h2>" not in html
        for label in ("City", "SDG targets", "Budget range", "Open source"):
            assert f"<dt>{label}</dt>" not in html
        assert 'since <time datetime="2021">2021</time>' in html

    def test_unpublished_city_and_topics_are_not_linked(self, client, home):
        city = CityPageFactory(title="Hidden city")
        topic = TopicPageFactory(title="Draft topic")
        page = CaseStudyPageFactory(city=city, topics=[topic, TopicPageFactory()])
        city.unpublish()
        topic.unpublish()
        html = client.get(page.url).content.decode()
        assert "<dd>Hidden city</dd>" in html
        assert "Draft topic" not in html

    def test_draft_is_not_served(self, client, home):
        page = CaseStudyPageFactory()
        page.unpublish()
        assert client.get(page.url).status_code == 404

    def test_private_page_asks_for_the_password(self, client, home):
        page = CaseStudyPageFactory(title="Members project")
        make_private(page)
        response = client.get(page.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'type="password"' in html
        assert page.summary not in html
        assert "casestudies/case_study_page.html" not in [t.name for t in response.templates]


@pytest.mark.django_db
class TestRelatedCaseStudies:
    def test_shares_a_topic_excludes_itself_and_other_topics(self, client, home):
        shared, other = TopicPageFactory(), TopicPageFactory()
        page = CaseStudyPageFactory(title="This project", topics=[shared])
        CaseStudyPageFactory(title="Sibling project", topics=[shared, other])
        CaseStudyPageFactory(title="Unrelated project", topics=[other])
        response = client.get(page.url)
        assert [card.title for card in response.context["related"]] == ["Sibling project"]
        html = response.content.decode()
        related = html[html.index('<section class="related"') :]
        assert "Sibling project" in related
        assert "This project" not in related

    def test_each_related_case_study_once_at_most_three(self, home, rf):
        topics = [TopicPageFactory() for _ in range(3)]
        page = CaseStudyPageFactory(topics=topics)
        for year in range(2015, 2020):
            CaseStudyPageFactory(title=f"Project {year}", start_year=year, topics=topics)
        related = page.get_context(rf.get(page.url))["related"]
        assert [card.title for card in related] == ["Project 2019", "Project 2018", "Project 2017"]

    def test_drafts_and_private_pages_are_not_related(self, client, home):
        topic = TopicPageFactory()
        page = CaseStudyPageFactory(topics=[topic])
        CaseStudyPageFactory(title="Draft project", topics=[topic]).unpublish()
        make_private(CaseStudyPageFactory(title="Private project", topics=[topic]))
        response = client.get(page.url)
        assert response.context["related"] == []
        assert "Related case studies" not in response.content.decode()

    def test_preview_relates_by_the_topics_being_edited(self, client, home, admin_user):
        old_topic, new_topic = TopicPageFactory(), TopicPageFactory()
        page = CaseStudyPageFactory(title="Edited project", topics=[old_topic])
        CaseStudyPageFactory(title="Old neighbour", topics=[old_topic])
        CaseStudyPageFactory(title="New neighbour", topics=[new_topic])
        client.force_login(admin_user)
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        data = case_study_form_data(topics=[new_topic], title=page.title, slug=page.slug)
        assert client.post(url, data).json() == {"is_valid": True, "is_available": True}
        html = client.get(url).content.decode()
        assert "New neighbour" in html
        assert "Old neighbour" not in html


@pytest.mark.django_db
class TestDetailQueryBudget:
    def test_query_count_does_not_grow_with_content(
        self, client, home, django_assert_max_num_queries
    ):
        small = full_case_study(title="Small")
        CaseStudyPageFactory(
            image=wagtail_factories.ImageFactory(),
            city=CityPageFactory(),
            topics=list(small.topics.all()),
        )

        topics = [TopicPageFactory() for _ in range(8)]
        large = full_case_study(
            title="Large",
            city=CityPageFactory(country="BR"),
            topics=topics,
            sdg_targets=["7.2", "9.1", "11.1", "11.2", "11.3", "11.6", "13.2", "16.10"],
            body=[gallery_item(f"Figure {n}") for n in range(5)]
            + [("paragraph", rich_text(f"<p>Paragraph {n}</p>")) for n in range(5)],
            links=[
                ("link", {"title": f"Link {n}", "url": "https://example.org/"}) for n in range(8)
            ],
            documents=[
                ("document", {"document": wagtail_factories.DocumentFactory(), "title": ""})
                for _ in range(5)
            ],
            gallery=[gallery_item(f"Picture {n}") for n in range(6)],
        )
        for number in range(6):
            CaseStudyPageFactory(
                image=wagtail_factories.ImageFactory(),
                city=CityPageFactory(),
                topics=topics[number : number + 3],
            )

        small_count = count_queries(client, small.url)
        large_count = count_queries(client, large.url)
        assert small_count == large_count == DETAIL_QUERIES
        with django_assert_max_num_queries(DETAIL_QUERIES):
            client.get(large.url)
