import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyIndexPage
from cities.models import CityIndexPage
from home.models import ContentPage, HomePage
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_one_per_home, assert_routes_to, make_private
from tests.home.factories import rich_text as rich_text_block
from tests.topics.factories import TopicIndexPageFactory, TopicPageFactory
from topics.models import Cluster, TopicIndexPage, TopicPage


class TestTopicCreationRules(WagtailPageTestCase):
    def test_topic_index_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(TopicIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TopicIndexPage, {TopicPage})

    def test_topics_sit_under_the_topic_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedSubpageTypes(TopicPage, set())

    def test_topics_cannot_be_created_elsewhere(self):
        self.assertCanCreateAt(TopicIndexPage, TopicPage)
        self.assertCanNotCreateAt(HomePage, TopicPage)
        self.assertCanNotCreateAt(CityIndexPage, TopicPage)
        self.assertCanNotCreateAt(ContentPage, TopicPage)
        self.assertCanNotCreateAt(TopicIndexPage, TopicIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, TopicIndexPage)

    def test_one_topic_index_per_home(self):
        assert_one_per_home(TopicIndexPageFactory)

    def test_editor_can_create_a_topic_in_the_admin(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        index = TopicIndexPageFactory()
        data = nested_form_data(
            {
                "title": "Data governance",
                "introduction": "Who decides what happens with city data.",
                "cluster": Cluster.INFRASTRUCTURE,
                "body": streamfield([("paragraph", rich_text("<p>Open by default.</p>"))]),
            }
        )
        self.assertCanCreate(index, TopicPage, data)
        topic = TopicPage.objects.get(slug="data-governance")
        self.assertTrue(topic.live)
        self.assertEqual(topic.cluster, Cluster.INFRASTRUCTURE)

    def test_pages_are_routable_and_renderable(self):
        topic = TopicPageFactory()
        for page in (topic.get_parent().specific, topic):
            assert_routes_to(page)
            self.assertPageIsRenderable(page)


@pytest.mark.django_db
class TestTopicIndexPage:
    def test_topics_are_grouped_by_cluster_in_charter_order(self, client, home):
        index = TopicIndexPageFactory(introduction="What the network works on.")
        TopicPageFactory(title="Smart mobility", cluster=Cluster.SECTORS)
        TopicPageFactory(title="Digital participation", cluster=Cluster.PARTICIPATION)
        TopicPageFactory(title="Citizen labs", cluster=Cluster.PARTICIPATION)
        response = client.get(index.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1>") == 1
        assert "What the network works on." in html
        participation = html.index(f">{Cluster.PARTICIPATION.label}</h2>")
        sectors = html.index(f">{Cluster.SECTORS.label}</h2>")
        assert participation < html.index("Citizen labs") < html.index("Digital participation")
        assert html.index("Digital participation") < sectors < html.index("Smart mobility")
        # Clusters without topics get no heading.
        assert str(Cluster.GOALS.label) not in html

    def test_cards_link_to_the_topics(self, client, home):
        topic = TopicPageFactory(title="Open data", introduction="Data as a commons.")
        html = client.get(topic.get_parent().url).content.decode()
        assert f'<a href="{topic.url}">Open data</a>' in html
        assert "Data as a commons." in html

    def test_drafts_and_private_topics_are_not_listed(self, client, home):
        TopicPageFactory(title="Published topic")
        TopicPageFactory(title="Draft topic").unpublish()
        make_private(TopicPageFactory(title="Private topic"))
        html = client.get(TopicIndexPageFactory().url).content.decode()
        assert "Published topic" in html
        assert "Draft topic" not in html
        assert "Private topic" not in html

    def test_empty_state(self, client, home):
        html = client.get(TopicIndexPageFactory().url).content.decode()
        assert "No topics have been published yet." in html


@pytest.mark.django_db
class TestTopicPage:
    def test_shows_its_content(self, client, home):
        topic = TopicPageFactory(
            title="Digital participation",
            cluster=Cluster.PARTICIPATION,
            introduction="People shape their city online.",
            body=[("paragraph", rich_text_block("<p>Participation budgets work.</p>"))],
        )
        response = client.get(topic.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1>") == 1
        assert "<h1>Digital participation</h1>" in html
        assert "People shape their city online." in html
        assert str(Cluster.PARTICIPATION.label) in html
        assert "Participation budgets work." in html

    def test_lists_its_case_studies_events_and_cities(self, client, home):
        topic = TopicPageFactory()
        lisbon = CityPageFactory(title="Lisbon", country="PT")
        pune = CityPageFactory(title="Pune", country="IN")
        lima = CityPageFactory(title="Lima", country="PE")
        CaseStudyPageFactory(title="Open budget", city=lisbon, topics=[topic])
        EventPageFactory(
            title="Study tour", host_city=pune, participating_cities=[lima], topics=[topic]
        )
        html = client.get(topic.url).content.decode()
        assert "Open budget" in html
        assert "Study tour" in html
        assert f'href="{lisbon.url}">Lisbon (Portugal)</a>' in html
        assert f'href="{pune.url}">Pune (India)</a>' in html
        assert f'href="{lima.url}">Lima (Peru)</a>' in html

    def test_content_of_other_topics_is_not_listed(self, client, home):
        topic, other = TopicPageFactory(), TopicPageFactory()
        CaseStudyPageFactory(title="Elsewhere project", city=CityPageFactory(title="Oslo"))
        CaseStudyPageFactory(title="Other project", topics=[other])
        EventPageFactory(title="Other event", topics=[other])
        html = client.get(topic.url).content.decode()
        assert "Elsewhere project" not in html
        assert "Other project" not in html
        assert "Other event" not in html
        assert "Oslo" not in html

    def test_shows_twelve_case_studies_and_links_to_all(self, client, home):
        topic = TopicPageFactory(slug="open-data")
        for number in range(13):
            CaseStudyPageFactory(title=f"Project {number:02d}", topics=[topic])
        response = client.get(topic.url)
        assert len(response.context["case_studies"]) == 12
        html = response.content.decode()
        index = CaseStudyIndexPage.objects.get()
        assert f'href="{index.url}?topic=open-data"' in html
        assert "All 13 case studies on this topic" in html

    def test_link_to_all_case_studies_filters_the_knowledge_base(self, client, home):
        topic = TopicPageFactory(slug="open-data")
        CaseStudyPageFactory(title="On topic", topics=[topic])
        CaseStudyPageFactory(title="Off topic")
        html = client.get(f"{CaseStudyIndexPageFactory().url}?topic=open-data").content.decode()
        assert "On topic" in html
        assert "Off topic" not in html

    def test_drafts_and_private_pages_are_not_listed(self, client, home):
        topic = TopicPageFactory()
        hidden_city = CityPageFactory(title="Hidden city")
        CaseStudyPageFactory(title="Draft project", topics=[topic]).unpublish()
        make_private(CaseStudyPageFactory(title="Private project", topics=[topic]))
        EventPageFactory(title="Draft event", topics=[topic]).unpublish()
        make_private(EventPageFactory(title="Private event", topics=[topic]))
        CaseStudyPageFactory(title="Visible project", city=hidden_city, topics=[topic])
        make_private(hidden_city)
        response = client.get(topic.url)
        html = response.content.decode()
        assert "Visible project" in html
        for hidden in ("Draft project", "Private project", "Draft event", "Private event"):
            assert hidden not in html
        assert hidden_city not in response.context["cities"]
        assert "1 case study on this topic in the knowledge base" in html

    def test_empty_states(self, client, home):
        html = client.get(TopicPageFactory().url).content.decode()
        assert "No case studies on this topic have been published yet." in html
        assert "No events on this topic yet." in html
        assert "No cities are linked to this topic yet." in html
        assert "case studies on this topic</a>" not in html

    def test_private_topic_asks_for_the_password(self, client, home):
        topic = TopicPageFactory(title="Members topic")
        CaseStudyPageFactory(title="Members project", topics=[topic])
        make_private(topic)
        response = client.get(topic.url)
        assert response.status_code == 200
        assert "wagtailcore/password_required.html" in [t.name for t in response.templates]
        assert "Members project" not in response.content.decode()
