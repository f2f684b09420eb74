"""Workspace pages: where editors create them, that they are private from the start, and who
sees what."""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage, HomePage
from tests.events.factories import EventPageFactory
from tests.helpers import assert_one_per_home, translate
from tests.home.factories import site_home
from tests.workspace.factories import (
    PASSWORD,
    MeetingPageFactory,
    UserFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
    member,
    private_document,
)
from workspace.access import WORKSPACE_GROUPS
from workspace.models import MeetingPage, WorkingGroupPage, WorkspacePage


def group_names(restriction):
    return set(restriction.groups.values_list("name", flat=True))


class WorkspaceCreationRulesTests(WagtailPageTestCase):
    def test_workspace_lives_under_the_home_page_once(self):
        self.assertAllowedParentPageTypes(WorkspacePage, {HomePage})
        self.assertCanNotCreateAt(ContentPage, WorkspacePage)
        assert_one_per_home(WorkspacePageFactory)

    def test_groups_live_in_the_workspace_and_meetings_in_groups(self):
        self.assertAllowedSubpageTypes(WorkspacePage, {WorkingGroupPage})
        self.assertAllowedParentPageTypes(WorkingGroupPage, {WorkspacePage})
        self.assertAllowedSubpageTypes(WorkingGroupPage, {MeetingPage})
        self.assertAllowedParentPageTypes(MeetingPage, {WorkingGroupPage})
        self.assertAllowedSubpageTypes(MeetingPage, set())
        self.assertCanNotCreateAt(HomePage, WorkingGroupPage)
        self.assertCanNotCreateAt(HomePage, MeetingPage)

    def test_a_workspace_created_in_the_admin_is_private(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        data = nested_form_data(
            {
                "title": "Workspace",
                "slug": "workspace",
                "introduction": "",
                "body": streamfield([]),
                "seo_title": "",
                "search_description": "",
            }
        )
        self.assertCanCreate(site_home(), WorkspacePage, data)

        workspace = WorkspacePage.objects.get(slug="workspace")
        restriction = workspace.view_restrictions.get()
        self.assertEqual(restriction.restriction_type, PageViewRestriction.GROUPS)
        self.assertEqual(group_names(restriction), set(WORKSPACE_GROUPS))

    def test_a_working_group_created_in_the_admin_gets_a_private_collection(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        person = member()
        data = nested_form_data(
            {
                "title": "Smart mobility",
                "slug": "smart-mobility",
                "introduction": "",
                "description": rich_text("<p>Buses and bikes.</p>"),
                "seo_title": "",
                "search_description": "",
            }
        )
        data["members"] = [str(person.pk)]
        self.assertCanCreate(WorkspacePageFactory(), WorkingGroupPage, data)

        group = WorkingGroupPage.objects.get(slug="smart-mobility")
        self.assertEqual(list(group.member_group.user_set.all()), [person])
        restriction = group.collection.view_restrictions.get()
        self.assertEqual(group_names(restriction), {group.member_group.name, "Administrators"})

    def test_meeting_end_before_start_is_refused(self):
        # force_login: client.login() cannot pass the request that django-axes needs.
        self.client.force_login(self.create_test_user())
        group = WorkingGroupPageFactory()
        data = nested_form_data(
            {
                "title": "Quarterly meeting",
                "slug": "quarterly-meeting",
                "introduction": "",
                "start": "2027-03-12 10:00",
                "end": "2027-03-12 09:00",
                "time_zone": "Europe/Berlin",
                "location": "Online",
                "agenda": streamfield([]),
                "minutes": rich_text(""),
                "documents": streamfield([]),
                "event": "",
                "seo_title": "",
                "search_description": "",
            }
        )
        add_url = reverse("wagtailadmin_pages:add", args=["workspace", "meetingpage", group.pk])
        response = self.client.post(add_url, data)
        self.assertFalse(MeetingPage.objects.filter(slug="quarterly-meeting").exists())
        self.assertContains(response, "The meeting must end after it starts.")


@pytest.mark.django_db
class TestPrivacy:
    @pytest.fixture
    def group_member(self, db):
        return member()

    @pytest.fixture
    def pages(self, workspace, group_member):
        group = WorkingGroupPageFactory(parent=workspace, members=[group_member])
        meeting = MeetingPageFactory(parent=group)
        return [workspace, group, meeting]

    def test_the_workspace_is_restricted_to_the_workspace_groups(self, workspace):
        restriction = workspace.view_restrictions.get()
        assert restriction.restriction_type == PageViewRestriction.GROUPS
        assert group_names(restriction) == set(WORKSPACE_GROUPS)

    def test_anonymous_visitors_are_sent_to_sign_in(self, client, pages):
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 302
            assert response["Location"] == f"/en/accounts/login/?next={page.url}"

    def test_visitors_come_back_after_signing_in(self, client, pages, group_member):
        meeting = pages[-1]
        response = client.post(
            "/en/accounts/login/",
            {"username": group_member.username, "password": PASSWORD, "next": meeting.url},
        )
        assert response.status_code == 302
        assert response["Location"] == meeting.url
        assert client.get(meeting.url).status_code == 200

    @pytest.mark.parametrize("groups", [["Moderators"], ["Administrators"]])
    def test_moderators_and_administrators_see_every_page(self, client, pages, groups):
        client.force_login(UserFactory(groups=groups))
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200
            assert response.context["page"] == page

    def test_members_of_the_group_see_every_page(self, client, pages, group_member):
        # Members of other groups see the workspace only (tests/workspace/test_readers.py).
        client.force_login(group_member)
        for page in pages:
            assert client.get(page.url).context["page"] == page

    def test_signed_in_outsiders_get_a_no_access_page(self, client, pages, an_outsider):
        # Wagtail alone would send them to the sign-in page again, in circles.
        client.force_login(an_outsider)
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 403
            assert "No access" in response.content.decode()
            assert "no-cache" in response["Cache-Control"]

    def test_editors_and_translators_are_outsiders_too(self, client, workspace):
        client.force_login(UserFactory(groups=["Editors"]))
        assert client.get(workspace.url).status_code == 403

    def test_private_pages_are_never_cached(self, member_client, pages):
        for page in pages:
            assert "private" in member_client.get(page.url)["Cache-Control"]

    def test_not_in_public_queries_menus_or_sitemaps(self, client, pages, home):
        workspace = pages[0]
        workspace.title = "Private area"
        workspace.show_in_menus = True
        workspace.save_revision().publish()
        assert not Page.objects.live().public().filter(pk__in=[p.pk for p in pages]).exists()
        assert "Private area" not in client.get(home.url).content.decode()
        for page in pages:
            assert page.specific.get_sitemap_urls() == []

    def test_private_text_stays_out_of_the_search_index(self):
        for model in (WorkspacePage, WorkingGroupPage, MeetingPage):
            indexed = {field.field_name for field in model.get_search_fields()}
            assert not indexed & {"introduction", "description", "minutes", "agenda", "body"}


@pytest.mark.django_db
class TestSearch:
    def test_workspace_pages_are_never_found(self, client, workspace):
        group = WorkingGroupPageFactory(parent=workspace, title="Zebra crossings working group")
        MeetingPageFactory(parent=group, title="Zebra crossings kick-off")
        EventPageFactory(title="Zebra crossings webinar")
        for person in (None, member()):
            if person:
                client.force_login(person)
            html = client.get("/en/search/", {"q": "zebra"}).content.decode()
            assert "Zebra crossings webinar" in html
            assert "Zebra crossings working group" not in html
            assert "Zebra crossings kick-off" not in html


@pytest.mark.django_db
class TestWorkingGroup:
    def test_members_are_its_auth_group(self, workspace):
        first, second = member(), member()
        group = WorkingGroupPageFactory(parent=workspace, members=[first, second])
        assert set(group.member_group.user_set.all()) == {first, second}

        group.members.set([second])
        group.save_revision().publish()
        assert list(group.member_group.user_set.all()) == [second]

    def test_a_draft_does_not_change_the_membership(self, workspace):
        first, second = member(), member()
        group = WorkingGroupPageFactory(parent=workspace, members=[first])
        group.members.set([second])
        group.save_revision()
        assert list(group.member_group.user_set.all()) == [first]

    def test_translations_share_the_group_collection_and_restriction(self, workspace):
        person = member()
        group = WorkingGroupPageFactory(parent=workspace, members=[person])
        # Made on purpose: locale sync leaves workspace pages alone (tests/core/test_i18n.py).
        german_workspace = translate(workspace, "de")
        german_group = translate(group, "de")

        restriction = german_workspace.view_restrictions.get()
        assert group_names(restriction) == set(WORKSPACE_GROUPS)
        assert german_group.collection == group.collection
        assert german_group.member_group == group.member_group

        # Saving the translation never rewrites the membership of the original.
        german_group.members.set([])
        german_group.save()
        assert list(group.member_group.user_set.all()) == [person]

    def test_page_lists_members_meetings_and_documents(self, client, workspace):
        person = member(first_name="Ana", last_name="Costa")
        group = WorkingGroupPageFactory(parent=workspace, members=[person])
        MeetingPageFactory(parent=group, title="Quarterly meeting")
        private_document(group, title="Terms of reference")
        client.force_login(person)
        html = client.get(group.url).content.decode()
        assert "Ana Costa" in html
        assert "Quarterly meeting" in html
        assert "Terms of reference" in html

    def test_other_members_see_that_documents_are_for_the_group(self, client, workspace):
        group = WorkingGroupPageFactory(parent=workspace, members=[member()], network_wide=True)
        private_document(group, title="Terms of reference")
        client.force_login(member())
        html = client.get(group.url).content.decode()
        assert "Terms of reference" not in html
        assert "for its members" in html


@pytest.mark.django_db
class TestMeeting:
    def test_links_its_public_event(self, member_client, a_member, workspace):
        event = EventPageFactory(title="Network meeting in Lima")
        group = WorkingGroupPageFactory(parent=workspace, members=[a_member])
        meeting = MeetingPageFactory(parent=group, event=event)
        html = member_client.get(meeting.url).content.decode()
        assert f'href="{event.url}"' in html
        assert "Welcome" in html
        assert "The group agreed on a work plan." in html
        assert 'datetime="' in html
