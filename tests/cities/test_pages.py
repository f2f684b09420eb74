from decimal import Decimal

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyIndexPage
from cities.models import CityIndexPage, CityPage
from home.models import ContentPage, HomePage
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.cities.factories import CityIndexPageFactory, CityPageFactory
from tests.events.factories import EventPageFactory
from tests.helpers import assert_one_per_home, assert_routes_to, make_private
from tests.home.factories import rich_text as rich_text_block
from topics.models import TopicIndexPage


class TestCityCreationRules(WagtailPageTestCase):
    def test_city_index_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(CityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})

    def test_cities_sit_under_the_city_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(CityPage, {CityIndexPage})
        self.assertAllowedSubpageTypes(CityPage, set())

    def test_cities_cannot_be_created_elsewhere(self):
        self.assertCanCreateAt(CityIndexPage, CityPage)
        self.assertCanNotCreateAt(HomePage, CityPage)
        self.assertCanNotCreateAt(TopicIndexPage, CityPage)
        self.assertCanNotCreateAt(ContentPage, CityPage)
        self.assertCanNotCreateAt(CityIndexPage, CityIndexPage)
        self.assertCanNotCreateAt(CaseStudyIndexPage, CityIndexPage)

    def test_one_city_index_per_home(self):
        assert_one_per_home(CityIndexPageFactory)

    def test_editor_can_create_a_city_in_the_admin(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        data = nested_form_data(
            {
                "title": "Pune",
                "country": "IN",
                "region": "Maharashtra",
                "population": "3124458",
                "member_since": "2019",
                "latitude": "18.5204",
                "longitude": "73.8567",
                "profile": rich_text("<p>A city of learning.</p>"),
                "body": streamfield([]),
            }
        )
        self.assertCanCreate(CityIndexPageFactory(), CityPage, data)
        city = CityPage.objects.get(slug="pune")
        self.assertEqual(city.size_class, "metropolis")
        self.assertEqual(city.latitude, Decimal("18.5204"))

    def test_pages_are_routable_and_renderable(self):
        city = CityPageFactory()
        for page in (city.get_parent().specific, city):
            assert_routes_to(page)
            self.assertPageIsRenderable(page)


@pytest.mark.django_db
class TestCityPage:
    def test_shows_its_facts(self, client, home):
        city = CityPageFactory(
            title="Recife",
            country="BR",
            region="Pernambuco",
            population=1_488_920,
            member_since=2018,
            latitude=Decimal("-8.047562"),
            longitude=Decimal("-34.876964"),
        )
        response = client.get(city.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1>") == 1
        facts = html[html.index('<aside class="facts"') : html.index("</aside>")]
        assert "<dd>Brazil</dd>" in facts
        assert "<dd>Pernambuco</dd>" in facts
        assert "<dd>1,488,920</dd>" in facts
        assert "<dd>Over 1 million inhabitants</dd>" in facts
        assert '<time datetime="2018">2018</time>' in facts
        assert "Latitude -8.0476, longitude -34.8770" in facts

    def test_leaves_out_unknown_facts(self, client, home):
        city = CityPageFactory(region="", population=None, member_since=None)
        city.latitude = city.longitude = None
        city.save_revision().publish()
        facts = client.get(city.url).content.decode()
        facts = facts[facts.index('<aside class="facts"') : facts.index("</aside>")]
        assert "<dt>Country</dt>" in facts
        for label in ("Region", "Population", "Size", "Member since", "Coordinates"):
            assert f"<dt>{label}</dt>" not in facts

    def test_shows_profile_body_and_contact(self, client, home):
        city = CityPageFactory(
            title="Lisbon",
            profile="<p>Capital on the <b>Tagus</b>.</p>",
            body=[("paragraph", rich_text_block("<p>Lisbon joined early.</p>"))],
            contact_name="Ana Costa",
            contact_email="ana@example.org",
            website="https://www.lisboa.pt/",
        )
        html = client.get(city.url).content.decode()
        assert "Capital on the <b>Tagus</b>." in html
        assert "Lisbon joined early." in html
        assert "Ana Costa" in html
        assert 'href="mailto:ana@example.org"' in html
        assert '<a href="https://www.lisboa.pt/">Website of Lisbon</a>' in html

    def test_lists_its_case_studies(self, client, home):
        city = CityPageFactory(slug="pune")
        CaseStudyPageFactory(title="Smart traffic lights", city=city)
        CaseStudyPageFactory(title="Somewhere else", city=CityPageFactory())
        html = client.get(city.url).content.decode()
        assert "Smart traffic lights" in html
        assert "Somewhere else" not in html
        index = CaseStudyIndexPage.objects.get()
        assert f'href="{index.url}?city=pune"' in html
        assert "1 case study from this city in the knowledge base" in html

    def test_shows_twelve_case_studies_and_links_to_all(self, client, home):
        city = CityPageFactory()
        for number in range(14):
            CaseStudyPageFactory(title=f"Project {number:02d}", city=city)
        response = client.get(city.url)
        assert len(response.context["case_studies"]) == 12
        assert "All 14 case studies from this city" in response.content.decode()

    def test_link_to_all_case_studies_filters_the_knowledge_base(self, client, home):
        city = CityPageFactory(slug="pune")
        CaseStudyPageFactory(title="In Pune", city=city)
        CaseStudyPageFactory(title="Not in Pune", city=CityPageFactory())
        html = client.get(f"{CaseStudyIndexPageFactory().url}?city=pune").content.decode()
        assert "In Pune" in html
        assert "Not in Pune" not in html

    def test_lists_events_it_hosted_or_joined(self, client, home):
        city = CityPageFactory()
        EventPageFactory(title="Hosted meeting", host_city=city)
        EventPageFactory(title="Joined workshop", participating_cities=[city, CityPageFactory()])
        EventPageFactory(title="Hosted and joined", host_city=city, participating_cities=[city])
        EventPageFactory(title="Unrelated webinar")
        response = client.get(city.url)
        html = response.content.decode()
        assert "Hosted meeting" in html
        assert "Joined workshop" in html
        assert html.count("Hosted and joined") == 1
        assert "Unrelated webinar" not in html
        assert len(response.context["events"]) == 3

    def test_drafts_and_private_pages_are_not_listed(self, client, home):
        city = CityPageFactory()
        CaseStudyPageFactory(title="Published project", city=city)
        CaseStudyPageFactory(title="Draft project", city=city).unpublish()
        make_private(CaseStudyPageFactory(title="Private project", city=city))
        EventPageFactory(title="Draft event", host_city=city).unpublish()
        make_private(EventPageFactory(title="Private event", participating_cities=[city]))
        html = client.get(city.url).content.decode()
        assert "Published project" in html
        for hidden in ("Draft project", "Private project", "Draft event", "Private event"):
            assert hidden not in html
        assert "1 case study from this city in the knowledge base" in html

    def test_empty_states(self, client, home):
        html = client.get(CityPageFactory().url).content.decode()
        assert "No case studies from this city have been published yet." in html
        assert "This city has not hosted or joined any events yet." in html


@pytest.mark.django_db
class TestCityIndexPage:
    def test_lists_cities_with_country_and_population(self, client, home):
        index = CityIndexPageFactory(introduction="Members and partners.")
        city = CityPageFactory(
            title="Pune", country="IN", region="Maharashtra", population=3_124_458
        )
        response = client.get(index.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("<h1>") == 1
        assert "Members and partners." in html
        assert f'<a href="{city.url}">Pune</a>' in html
        assert "Maharashtra, India · 3,124,458 inhabitants" in html
        assert "1 city" in html

    def test_drafts_and_private_cities_are_not_listed(self, client, home):
        index = CityIndexPageFactory()
        CityPageFactory(title="Published city")
        CityPageFactory(title="Draft city").unpublish()
        make_private(CityPageFactory(title="Private city"))
        response = client.get(index.url)
        html = response.content.decode()
        assert "Published city" in html
        assert "Draft city" not in html
        assert "Private city" not in html
        assert response.context["items"].paginator.count == 1

    def test_empty_state(self, client, home):
        html = client.get(CityIndexPageFactory().url).content.decode()
        assert "0 cities" in html
        assert "No cities have been published yet." in html
