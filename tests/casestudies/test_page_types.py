from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import streamfield

from casestudies.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    KnowledgeFormat,
    Licence,
    Maturity,
)
from cities.models import CityIndexPage
from home.models import ContentPage, HomePage
from tests.casestudies.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    case_study_form_data,
)
from tests.cities.factories import CityPageFactory
from tests.helpers import assert_one_per_home, assert_routes_to
from tests.topics.factories import TopicPageFactory
from topics.models import TopicIndexPage


class TestCaseStudyCreationRules(WagtailPageTestCase):
    def test_index_sits_under_the_home_page_and_holds_case_studies(self):
        self.assertAllowedParentPageTypes(CaseStudyIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CaseStudyIndexPage, {CaseStudyPage})

    def test_case_studies_sit_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(CaseStudyPage, {CaseStudyIndexPage})
        self.assertAllowedSubpageTypes(CaseStudyPage, set())

    def test_case_studies_cannot_be_created_elsewhere(self):
        self.assertCanCreateAt(HomePage, CaseStudyIndexPage)
        self.assertCanCreateAt(CaseStudyIndexPage, CaseStudyPage)
        for parent in (HomePage, ContentPage, CityIndexPage, TopicIndexPage, CaseStudyPage):
            self.assertCanNotCreateAt(parent, CaseStudyPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, CaseStudyIndexPage)
        self.assertCanNotCreateAt(ContentPage, CaseStudyIndexPage)

    def test_one_index_per_home(self):
        assert_one_per_home(CaseStudyIndexPageFactory)

    def test_editor_can_create_a_case_study_in_the_admin(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        index = CaseStudyIndexPageFactory()
        city = CityPageFactory(title="Recife", country="BR")
        topic = TopicPageFactory(title="Open data")
        data = case_study_form_data(
            topics=[topic],
            sdg_targets=["11.3", "16.10"],
            country="BR",
            city=city.pk,
            knowledge_format=KnowledgeFormat.TRANSFER_PACKAGE,
            maturity=Maturity.IMPLEMENTED,
            partners="Porto Digital\nFederal University",
            repository_url="https://code.example.org/portal",
            licence=Licence.EUPL,
            links=streamfield(
                [("link", {"title": "The portal", "url": "https://data.example.org/"})]
            ),
        )
        del data["slug"]  # assertCanCreate derives it from the title
        self.assertCanCreate(index, CaseStudyPage, data)

        page = CaseStudyPage.objects.get(slug="open-data-portal")
        self.assertTrue(page.live)
        self.assertEqual(page.city, city)
        self.assertEqual(list(page.topics.all()), [topic])
        self.assertEqual(sorted(page.sdg_targets.values_list("code", flat=True)), ["11.3", "16.10"])
        self.assertEqual(page.partner_list, ["Porto Digital", "Federal University"])
        self.assertEqual(page.links[0].value["url"], "https://data.example.org/")

    def test_pages_are_routable(self):
        page = CaseStudyPageFactory()
        for routed in (page.get_parent().specific, page):
            assert_routes_to(routed)

    def test_pages_are_renderable_and_previewable(self):
        page = CaseStudyPageFactory(
            city=CityPageFactory(), topics=[TopicPageFactory()], sdg_targets=["11.3"]
        )
        CaseStudyPageFactory(topics=list(page.topics.all()))  # gives the page a related item
        self.assertPageIsRenderable(page.get_parent().specific)
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page.get_parent().specific, query_data={"topic": "nope"})
        # A preview renders the edited page from memory: its topics are not in the database yet.
        preview = case_study_form_data(
            topics=[TopicPageFactory()], title=page.title, slug=page.slug
        )
        self.assertPageIsPreviewable(page, post_data=preview)
