import io

import pytest
from django.test import override_settings
from wagtail.models import Locale, Page

from casestudies.models import CaseStudyPage
from core.progress import Stages
from tests.casestudies.factories import CaseStudyPageFactory
from tests.cities.factories import CityPageFactory
from tests.helpers import translate
from tests.home.factories import ContentPageFactory
from tests.topics.factories import TopicPageFactory
from tests.workspace.factories import (
    MeetingPageFactory,
    WorkingGroupPageFactory,
    WorkspacePageFactory,
)
from translations.sync import language_sync_deferred


@pytest.fixture
def german_home(home):
    return translate(home, "de", title="Internationales Smart-Cities-Netzwerk")


@pytest.mark.django_db
class TestLanguageUrls:
    def test_root_redirects_to_the_preferred_language(self, client, german_home):
        response = client.get("/", headers={"accept-language": "de-DE,de;q=0.9,en;q=0.5"})
        assert response.status_code == 302
        assert response["Location"] == "/de/"

    def test_root_falls_back_to_english(self, client, home):
        response = client.get("/", headers={"accept-language": "fi,sv;q=0.8"})
        assert response["Location"] == "/en/"

    def test_brazilian_portuguese_has_its_own_prefix(self, client, home):
        response = client.get("/", headers={"accept-language": "pt-BR"})
        assert response["Location"] == "/pt-br/"

    def test_translated_page_is_served_under_its_language(self, client, german_home):
        page = ContentPageFactory(title="About", slug="about")
        translate(page, "de", title="Über das Netzwerk", slug="ueber-uns")
        response = client.get("/de/ueber-uns/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="de" dir="ltr">' in html
        assert "Über das Netzwerk" in html


@pytest.mark.django_db
class TestLanguageSwitcher:
    def test_links_translations_and_marks_missing_ones(self, client, german_home):
        page = ContentPageFactory(title="About", slug="about")
        german = translate(page, "de", title="Über uns", slug="ueber-uns")
        html = client.get(page.url).content.decode()
        switcher = html[html.index('class="language-switcher"') :]
        switcher = switcher[: switcher.index("</nav>")]
        assert f'href="{german.url}" lang="de"' in switcher
        assert 'href="/en/about/" lang="en" hreflang="en" aria-current="true"' in switcher
        # Neither the page nor the home page is in Spanish yet: the Spanish root, marked.
        assert (
            '<a href="/es/" lang="es" hreflang="es" class="language-switcher__fallback"' in switcher
        )

    def test_untranslated_page_links_to_the_home_of_that_language(self, client, german_home):
        page = ContentPageFactory(title="Imprint", slug="imprint")
        html = client.get(page.url).content.decode()
        switcher = html[html.index('class="language-switcher"') :]
        switcher = switcher[: switcher.index("</nav>")]
        assert 'href="/de/"' in switcher
        assert "language-switcher__fallback" in switcher
        assert "(Startseite)" in switcher or "(home page)" in switcher

    def test_hreflang_alternates_with_x_default(self, client, german_home):
        page = ContentPageFactory(title="About", slug="about")
        translate(page, "de", slug="ueber-uns")
        html = client.get("/de/ueber-uns/").content.decode()
        assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/">' in html
        assert '<link rel="alternate" hreflang="de" href="http://testserver/de/ueber-uns/">' in html
        assert (
            '<link rel="alternate" hreflang="x-default" href="http://testserver/en/about/">' in html
        )
        assert 'hreflang="es"' not in html.split("</head>")[0]


@pytest.mark.django_db
class TestRightToLeft:
    @override_settings(
        LANGUAGES=[("en", "English"), ("ar", "Arabic")],
        WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("ar", "Arabic")],
    )
    def test_arabic_pages_are_laid_out_right_to_left(self, client, home):
        response = client.get("/ar/search/")
        assert response.status_code == 200
        assert '<html lang="ar" dir="rtl">' in response.content.decode()


@pytest.mark.django_db
class TestLocaleSync:
    @pytest.fixture(autouse=True)
    def sync_language_trees(self, settings):
        settings.ISCN_SYNC_LANGUAGE_TREES = True

    def test_publishing_a_source_page_creates_untranslated_drafts(self, client, german_home):
        page = ContentPageFactory(title="Network meeting report", slug="report", live=False)
        page.save_revision().publish()
        for code in ("de", "es", "pt-br"):
            copy = page.get_translation(Locale.objects.get(language_code=code))
            assert not copy.live, code
        assert client.get("/de/report/").status_code == 404

    def test_publishing_succeeds_when_a_draft_copy_fails(self, home, monkeypatch, caplog):
        from wagtail_localize.operations import TranslationCreator

        def fail(*args, **kwargs):
            raise ValueError("segment mismatch")

        monkeypatch.setattr(TranslationCreator, "create_translations", fail)
        page = ContentPageFactory(title="Minutes", slug="minutes", live=False)
        page.save_revision().publish()
        page.refresh_from_db()
        assert page.live
        assert "Could not create draft translations" in caplog.text

    def test_deferred_sync_makes_drafts_at_the_end_only_where_none_exists(self, german_home):
        german = Locale.objects.get(language_code="de")
        output = io.StringIO()
        with language_sync_deferred(Stages(output)):
            page = ContentPageFactory(title="Network meeting report", slug="report", live=False)
            page.save_revision().publish()
            assert Page.objects.filter(translation_key=page.translation_key).count() == 1
            german_page = translate(page, "de", title="Bericht vom Netzwerktreffen")
        german_page.refresh_from_db()
        assert german_page.live
        assert german_page.title == "Bericht vom Netzwerktreffen"
        for code in ("es", "pt-br"):
            assert not page.get_translation(Locale.objects.get(language_code=code)).live
        assert page.get_translation(german) == german_page
        assert output.getvalue().startswith("Drafts for the other languages: 1 pages in ")

    def test_home_pages_of_every_language_exist_as_ancestors(self, home):
        page = ContentPageFactory(title="Privacy", slug="privacy", live=False)
        page.save_revision().publish()
        assert Page.objects.filter(translation_key=home.translation_key).count() == 4

    def test_workspace_pages_are_left_to_their_members(self, home):
        # Members translate them on purpose: a copy would put private text where translators
        # work.
        workspace = WorkspacePageFactory(live=False)
        group = WorkingGroupPageFactory(parent=workspace, live=False)
        meeting = MeetingPageFactory(parent=group, live=False)
        public = ContentPageFactory(title="About", slug="about", live=False)
        for page in (workspace, group, meeting, public):
            page.save_revision().publish()
        for page in (workspace, group, meeting):
            assert Page.objects.filter(translation_key=page.translation_key).count() == 1
        assert Page.objects.filter(translation_key=public.translation_key).count() == 4


@pytest.mark.django_db
class TestTranslatedRelations:
    def test_case_study_points_to_the_translated_city_and_topic(self, german_home):
        city = CityPageFactory(title="Leipzig")
        topic = TopicPageFactory(title="Digital twins")
        case_study = CaseStudyPageFactory(city=city, topics=[topic])
        translate(city.get_parent(), "de")
        translate(topic.get_parent(), "de")
        german_city = translate(city, "de", title="Leipzig (de)")
        german_topic = translate(topic, "de", title="Digitale Zwillinge")
        translate(case_study.get_parent(), "de")
        german = CaseStudyPage.objects.get(pk=translate(case_study, "de").pk)
        assert german.city == german_city
        assert list(german.topics.all()) == [german_topic]
        assert german.country == case_study.country
        assert german.start_year == case_study.start_year

    def test_a_later_city_translation_is_followed(self, german_home):
        city = CityPageFactory(title="Pune", country="IN")
        case_study = CaseStudyPageFactory(city=city)
        translate(city.get_parent(), "de")
        translate(case_study.get_parent(), "de")
        german_case_study = translate(case_study, "de")
        assert german_case_study.city_id == city.pk  # no German city yet: the source
        german_city = translate(city, "de")
        german_case_study.refresh_from_db()
        assert german_case_study.city_id == german_city.pk
