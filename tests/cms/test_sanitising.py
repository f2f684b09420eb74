"""What people type never reaches a page as markup: rich text from the admin's editor (even a
hand-made POST), topic proposals, search queries and sign-in parameters."""

import json

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cities.models import CityPage
from tests.cities.factories import CityIndexPageFactory
from tests.workspace.factories import (
    TopicProposalFactory,
    WorkspacePageFactory,
    member,
    moderator,
)

SCRIPT = '<script>alert("x")</script>'
IMAGE_WITH_HANDLER = "<img src=x onerror=alert(1)>"
HOSTILE_TEXT = f"Click {SCRIPT} {IMAGE_WITH_HANDLER}"


def assert_harmless(html):
    """The hostile text may be shown, escaped, but never as an element or a live link."""
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "javascript:" not in html.lower()
    assert "data:text/html" not in html


def hostile_contentstate(url):
    """Draftail's format as a browser would post it, with a link to `url` over "Click" and
    markup typed as text: what a hand-made request to the page editor could hold."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": HOSTILE_TEXT,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


class TestRichTextFromTheEditor(WagtailPageTestCase):
    def test_script_handlers_and_script_links_never_reach_the_page(self):
        self.client.force_login(self.create_test_user())
        data = nested_form_data(
            {
                "title": "Hostile",
                "country": "DE",
                "region": "Berlin",
                "population": "1000",
                # A RichTextField and a rich text block of a StreamField.
                "profile": hostile_contentstate("javascript:alert(document.cookie)"),
                "body": streamfield([("paragraph", hostile_contentstate("data:text/html,x"))]),
            }
        )
        self.assertCanCreate(CityIndexPageFactory(), CityPage, data)
        city = CityPage.objects.get(slug="hostile")
        assert "<script" not in city.profile
        assert "javascript:" not in city.profile
        html = self.client.get(city.url).content.decode()
        assert_harmless(html)
        assert "&lt;script&gt;" in html, "the typed text is shown as text"


@pytest.mark.django_db
class TestTopicProposals:
    def test_a_members_proposal_is_shown_as_text(self, client, home):
        WorkspacePageFactory()
        client.force_login(member())
        response = client.post(
            "/en/workspace/proposals/new/",
            {"title": f"Data {SCRIPT}", "description": f"{IMAGE_WITH_HANDLER}\njavascript:x"},
        )
        assert response.status_code == 302
        html = client.get("/en/workspace/proposals/").content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "Data &lt;script&gt;" in html

    def test_moderators_see_it_as_text_too(self, client, home):
        WorkspacePageFactory()
        proposal = TopicProposalFactory(title=f"Data {SCRIPT}", description=IMAGE_WITH_HANDLER)
        client.force_login(moderator())
        for url in ("/en/workspace/proposals/", f"/en/workspace/proposals/{proposal.pk}/decide/"):
            html = client.get(url).content.decode()
            assert "<script>alert" not in html
            assert "<img src=x" not in html
            assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        f"/en/search/?q={SCRIPT}",
        '/en/search/?q="><img src=x onerror=alert(1)>',
        '/en/accounts/login/?next="><script>alert("x")</script>',
    ],
)
def test_query_parameters_are_escaped(client, home, url):
    html = client.get(url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
