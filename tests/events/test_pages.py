"""Where editors may create event pages, and that both page types route, render and edit."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import streamfield

from events.models import EventFormat, EventIndexPage, EventPage
from home.models import ContentPage, HomePage
from tests.cities.factories import CityPageFactory
from tests.events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    agenda,
    event_form_data,
    speakers,
)
from tests.helpers import assert_one_per_home
from tests.topics.factories import TopicPageFactory


class EventPageCreationRulesTests(WagtailPageTestCase):
    def test_index_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanNotCreateAt(ContentPage, EventIndexPage)

    def test_only_one_index_per_home_page(self):
        assert_one_per_home(EventIndexPageFactory)

    def test_events_live_under_the_index_only(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(ContentPage, EventPage)

    def test_events_have_no_children(self):
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_editor_can_create_a_full_event(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        city = CityPageFactory()
        topic = TopicPageFactory()
        data = event_form_data(
            event_format=EventFormat.HYBRID,
            online_url="https://meet.example.org/iscn",
            host_city=str(city.pk),
            participating_cities=[city],
            topics=[topic],
            agenda=streamfield([("item", {"time": "09:00", "title": "Welcome"})]),
            speakers=streamfield([("speaker", {"name": "Ana Pérez", "role": "Mayor"})]),
        )
        self.assertCanCreate(EventIndexPageFactory(), EventPage, data)

        event = EventPage.objects.get(slug="network-meeting-lima")
        self.assertEqual(event.host_city, city)
        self.assertEqual(list(event.topics.all()), [topic])
        self.assertEqual(list(event.participating_cities.all()), [city])
        self.assertEqual(event.agenda[0].value["title"], "Welcome")


class EventPageRoutingTests(WagtailPageTestCase):
    def setUp(self):
        self.city = CityPageFactory()
        self.topic = TopicPageFactory()
        self.event = EventPageFactory(
            host_city=self.city,
            participating_cities=[self.city],
            topics=[self.topic],
            agenda=agenda(("09:00", "Welcome")),
            speakers=speakers("Ana Pérez"),
        )
        self.index = self.event.get_parent().specific

    def test_language_prefixed_urls_route_to_the_pages(self):
        # assertPageIsRoutable() does not strip the /en/ prefix of i18n_patterns: request the URLs.
        self.assertEqual(self.index.url, "/en/events/")
        self.assertEqual(self.event.url, f"/en/events/{self.event.slug}/")
        for page in (self.index, self.event):
            self.assertEqual(self.client.get(page.url).context["page"], page)

    def test_pages_are_renderable(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.index, query_data={"when": "past", "page": "2"})
        self.assertPageIsRenderable(self.event)

    def test_pages_are_editable_and_previewable(self):
        # StreamFields are drawn by JavaScript, so the edit form's data cannot be scraped from HTML.
        data = event_form_data(
            title=self.event.title,
            slug=self.event.slug,
            host_city=str(self.city.pk),
            participating_cities=[self.city],
            topics=[self.topic],
            agenda=streamfield([("item", {"time": "09:00", "title": "Welcome"})]),
        )
        self.assertPageIsEditable(self.event, post_data=data)
        self.assertPageIsPreviewable(self.event, post_data=data)
        self.assertPageIsEditable(self.index)
        self.assertPageIsPreviewable(self.index)
