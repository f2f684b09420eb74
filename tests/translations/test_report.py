"""The translation status report in the admin: states, filters, access and query budget."""

import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.helpers import (
    assert_query_count_is_fixed,
    publish_translation,
    submit_for_translation,
    translate,
    translate_segments,
)
from tests.home.factories import ContentPageFactory
from tests.workspace.factories import MeetingPageFactory, WorkingGroupPageFactory
from translations.views.report import TranslationStatusReportView

REPORT_URL = "/admin/reports/translation-status/"
# Measured: session, user and profile (3), locales, page count, page slice, translated pages,
# translation records with segment counts, translated segment counts (6), admin menu (3).
QUERY_BUDGET = 12


def german(text):
    return f"[de] {text}"


def report(client, **params):
    response = client.get(REPORT_URL, params)
    assert response.status_code == 200
    return response


def states(response):
    """{page title: {language code: state label}} as the report shows them."""
    return {
        row.page.title: {status.locale.language_code: str(status.label) for status in row.statuses}
        for row in response.context["object_list"]
    }


def fully_translated(client, page):
    translation = submit_for_translation(client, page, "de")
    translate_segments(client, translation, german)
    publish_translation(client, translation)
    return translation


@pytest.fixture
def german_home(home):
    return translate(home, "de")


@pytest.mark.django_db
class TestStates:
    def test_translated(self, admin_client, german_home):
        fully_translated(admin_client, ContentPageFactory(title="About"))
        response = report(admin_client)
        assert states(response)["About"] == {
            "de": "Translated",
            "es": "Missing",
            "pt-br": "Missing",
        }
        assert "Translated" in response.content.decode()

    def test_in_progress_counts_translated_segments(self, admin_client, german_home):
        page = ContentPageFactory(title="About")
        translation = submit_for_translation(admin_client, page, "de")
        segments = StringSegment.objects.filter(source=translation.source)
        total = segments.count()
        assert total >= 3
        title = segments.filter(context__path="title")
        translate_segments(admin_client, translation, german, segments=title)

        response = report(admin_client)
        percent = 100 // total
        assert states(response)["About"]["de"] == f"In progress ({percent} %)"
        assert f"In progress ({percent} %)" in response.content.decode()

    def test_all_translated_but_not_published_is_in_progress(self, admin_client, german_home):
        page = ContentPageFactory(title="About")
        translation = submit_for_translation(admin_client, page, "de")
        translate_segments(admin_client, translation, german)
        assert states(report(admin_client))["About"]["de"] == "In progress (100 %)"
        publish_translation(admin_client, translation)
        translate_segments(admin_client, translation, lambda text: f"[de, revised] {text}")
        assert states(report(admin_client))["About"]["de"] == "In progress (100 %)"

    def test_missing_without_a_page_or_with_an_untranslated_draft(self, admin_client, german_home):
        submit_for_translation(admin_client, ContentPageFactory(title="Draft only"), "de")
        ContentPageFactory(title="Not translated")
        response = report(admin_client)
        assert states(response)["Draft only"]["de"] == "Missing"
        assert states(response)["Not translated"]["de"] == "Missing"
        html = response.content.decode()
        page = ContentPageFactory._meta.model.objects.get(title="Not translated")
        submit_url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        assert f'href="{submit_url}?select_locale=de"' in html

    def test_outdated_once_the_source_is_published_again(self, admin_client, german_home):
        page = ContentPageFactory(title="About", introduction="Who we are.")
        translation = fully_translated(admin_client, page)
        page.introduction = "Who we are and what we do."
        page.save_revision().publish()

        response = report(admin_client)
        assert states(response)["About"]["de"] == "Outdated"
        sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
        assert sync_url in response.content.decode()

        with TestCase.captureOnCommitCallbacks(execute=True):
            admin_client.post(sync_url, {"publish_translations": "on"})
        # The new introduction awaits its translation.
        total = StringSegment.objects.filter(source=translation.source).count()
        percent = (total - 1) * 100 // total
        assert states(report(admin_client))["About"]["de"] == f"In progress ({percent} %)"

        translate_segments(admin_client, translation, german)
        publish_translation(admin_client, translation)
        assert states(report(admin_client))["About"]["de"] == "Translated"

    def test_a_draft_of_the_source_does_not_outdate(self, admin_client, german_home):
        page = ContentPageFactory(title="About")
        fully_translated(admin_client, page)
        page.introduction = "Not published yet."
        page.save_revision()
        assert states(report(admin_client))["About"]["de"] == "Translated"

    def test_a_translation_kept_by_hand_is_outdated_by_a_newer_source(
        self, admin_client, german_home
    ):
        page = ContentPageFactory(title="Imprint")
        copy = page.copy_for_translation(Locale.objects.get(language_code="de"))
        copy.title = "Impressum"
        copy.save_revision().publish()
        assert states(report(admin_client))["Imprint"]["de"] == "Translated"
        page.save_revision().publish()
        assert states(report(admin_client))["Imprint"]["de"] == "Outdated"


@pytest.mark.django_db
class TestFilters:
    @pytest.fixture
    def pages(self, admin_client, german_home):
        fully_translated(admin_client, ContentPageFactory(title="About"))
        translate(CaseStudyIndexPageFactory(), "de")
        CaseStudyPageFactory(title="Open data portal")

    def test_one_language(self, admin_client, pages):
        response = report(admin_client, locale="de")
        assert states(response)["About"] == {"de": "Translated"}
        html = response.content.decode()
        assert '<th scope="col" lang="de">German</th>' in html
        assert '<th scope="col" lang="es">' not in html

    def test_page_type(self, admin_client, pages):
        response = report(admin_client, page_type="casestudies.casestudypage")
        assert list(states(response)) == ["Open data portal"]

    @pytest.mark.parametrize(
        "params",
        [{"locale": "xx"}, {"page_type": "nope.nothing"}, {"locale": "en"}, {"p": "abc"}],
    )
    def test_invalid_values_show_everything(self, admin_client, pages, params):
        response = report(admin_client, **params)
        assert {"About", "Open data portal"} <= set(states(response))
        assert len(response.context["view"].target_locales) == 3

    def test_pagination(self, admin_client, pages, monkeypatch):
        monkeypatch.setattr(TranslationStatusReportView, "paginate_by", 2)
        first = list(states(report(admin_client)))
        second = list(states(report(admin_client, p=2)))
        assert len(first) == 2
        assert second
        assert not set(first) & set(second)


@pytest.mark.django_db
class TestAccess:
    def test_anonymous_visitors_are_sent_to_log_in(self, client, home):
        response = client.get(REPORT_URL)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    @pytest.mark.parametrize("role", ["editor", "moderator", "german_translator"])
    def test_editorial_roles_may_use_it(self, client, home, request, role):
        client.force_login(request.getfixturevalue(role))
        response = report(client)
        assert "Translation status" in response.content.decode()

    def test_members_without_admin_access_may_not(self, client, home, member):
        client.force_login(member)
        response = client.get(REPORT_URL)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))

    def test_listed_in_the_reports_menu(self, admin_client, home):
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
        assert REPORT_URL in html

    def test_leaves_out_the_members_workspace(self, admin_client, home):
        # Its members translate it on purpose (translations/sync.py), and it is private to them.
        group = WorkingGroupPageFactory(title="Working group on mobility")
        MeetingPageFactory(parent=group, title="Kick-off meeting")
        ContentPageFactory(title="About")
        response = report(admin_client)
        assert "About" in states(response)
        assert not {"Members' workspace", group.title, "Kick-off meeting"} & set(states(response))
        assert "workspace.meetingpage" not in response.content.decode()


@pytest.mark.django_db
def test_query_count_is_fixed(admin_client, german_home, django_assert_max_num_queries):
    de = Locale.objects.get(language_code="de")

    def add_pages(count):
        """Pages translated into German with the title entered: every query has rows to read."""
        for _ in range(count):
            page = ContentPageFactory()
            translate(page, "de")
            source = TranslationSource.objects.get_for_instance(page)
            translation = source.translations.get(target_locale=de)
            title = StringSegment.objects.filter(source=source, context__path="title")
            translate_segments(admin_client, translation, german, segments=title)

    assert_query_count_is_fixed(
        admin_client,
        REPORT_URL,
        django_assert_max_num_queries,
        add_content=add_pages,
        budget=QUERY_BUDGET,
    )
