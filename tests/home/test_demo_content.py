"""`load_demo_content` builds the whole knowledge base once, however often it runs."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from casestudies.models import CaseStudyPage, GovernmentLevel, KnowledgeFormat, Maturity
from cities.models import CityPage
from events.models import EventFormat, EventKind, EventPage
from home.models import SiteSettings
from topics.models import Cluster, TopicPage


def load_demo_content():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def content_counts():
    now = timezone.now()
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "topics": TopicPage.objects.count(),
        "cities": CityPage.objects.count(),
        "countries": CityPage.objects.values("country").distinct().count(),
        "case studies": CaseStudyPage.objects.count(),
        "events": EventPage.objects.count(),
        "past events": EventPage.objects.past(now).count(),
        "upcoming events": EventPage.objects.upcoming(now).count(),
        "event formats": set(EventPage.objects.values_list("event_format", flat=True)),
    }


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """Loaded once for this module, as loading takes seconds, and rolled back after it.

    Each test's own transaction nests inside this one, so tests still cannot affect each other.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo_content()
        transaction.set_rollback(True)


@pytest.mark.django_db
class TestLoadDemoContent:
    def test_running_twice_creates_everything_once(self, demo_content):
        first_run = content_counts()
        second_output = load_demo_content()

        assert content_counts() == first_run
        assert first_run["topics"] == 12
        assert first_run["cities"] == 25
        assert first_run["countries"] >= 12
        assert first_run["case studies"] == 40
        assert first_run["events"] == 16
        assert first_run["past events"] > 0
        assert first_run["upcoming events"] > 0
        assert first_run["event formats"] == set(EventFormat.values)
        assert "case studies: 40 created" in demo_content
        assert "case studies: 0 created, 40 existing" in second_output
        assert not Page.objects.filter(depth__gt=1, live=False).exists()

    def test_content_covers_every_classification(self, demo_content):
        assert set(TopicPage.objects.values_list("cluster", flat=True)) == set(Cluster.values)
        case_studies = CaseStudyPage.objects.all()
        assert set(case_studies.values_list("maturity", flat=True)) == set(Maturity.values)
        assert set(case_studies.values_list("knowledge_format", flat=True)) == set(
            KnowledgeFormat.values
        )
        assert set(case_studies.values_list("government_level", flat=True)) == set(
            GovernmentLevel.values
        )
        assert set(EventPage.objects.values_list("kind", flat=True)) == set(EventKind.values)
        assert case_studies.filter(city__isnull=True, government_level="national").exists()
        for case_study in case_studies.prefetch_related("topics", "sdg_targets"):
            assert 1 <= len(case_study.topics.all()) <= 3
            assert 1 <= len(case_study.sdg_targets.all()) <= 3

    def test_every_page_is_published_and_valid(self, demo_content):
        for page in Page.objects.filter(depth__gt=1).specific():
            assert page.live
            assert page.live_revision_id is not None
            page.full_clean()
            # Model validation skips StreamField blocks; the editor's form would check these.
            for field in page._meta.get_fields():
                if isinstance(field, StreamField):
                    field.stream_block.clean(getattr(page, field.name))

    def test_site_settings_link_the_legal_pages(self, demo_content, site):
        settings = SiteSettings.for_site(site)
        assert settings.contact_email
        assert settings.imprint_page.slug == "imprint"
        assert settings.privacy_page.slug == "privacy"
        assert "no tracking cookies" in settings.privacy_page.specific.introduction
