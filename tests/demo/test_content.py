"""`load_demo` builds the whole knowledge base once, however often it runs."""

import io
from collections import defaultdict

import pytest
from django.core.management import CommandError
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

from casestudies.models import CaseStudyPage, GovernmentLevel, KnowledgeFormat, Maturity
from cities.models import CityPage
from core.progress import Stages
from demo import languages
from demo.loader import DemoContentLoader
from demo.management.commands.load_demo import Command
from events.models import EventFormat, EventKind, EventPage
from home.models import SiteSettings
from topics.models import Cluster, TopicPage

TRANSLATED, IN_PROGRESS, MISSING, OUTDATED = "translated", "in progress", "missing", "outdated"


def load_demo_content():
    """Run the loader again over the committed demo content; what `load_demo` prints of it."""
    output = io.StringIO()
    loader = DemoContentLoader(Stages(output))
    loader.load()
    Command(stdout=output).report_content(loader)
    return output.getvalue()


def content_counts():
    now = timezone.now()
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "topics": TopicPage.objects.filter(locale__language_code="en").count(),
        "cities": CityPage.objects.filter(locale__language_code="en").count(),
        "countries": CityPage.objects.values("country").distinct().count(),
        "case studies": CaseStudyPage.objects.filter(locale__language_code="en").count(),
        "events": EventPage.objects.filter(locale__language_code="en").count(),
        "past events": EventPage.objects.past(now).count(),
        "upcoming events": EventPage.objects.upcoming(now).count(),
        "event formats": set(EventPage.objects.values_list("event_format", flat=True)),
        "translation sources": set(
            TranslationSource.objects.values_list("pk", "last_updated_at", "content_json")
        ),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "segment overrides": SegmentOverride.objects.count(),
    }


def english_pages():
    return Page.objects.filter(locale__language_code="en", depth__gt=1)


def translation_states(language_code):
    """{English slug: state} of every English page's translation into the language.

    translated: live, every string segment translated, the source unchanged since the last sync;
    outdated: live, the source published after wagtail-localize last read it;
    in progress: a draft with some segments translated; missing: no translated segments.
    """
    locale = Locale.objects.get(language_code=language_code)
    states = {}
    for page in english_pages():
        target = page.get_translation_or_none(locale)
        source = TranslationSource.objects.get_for_instance_or_none(page)
        record = source and Translation.objects.filter(source=source, target_locale=locale).first()
        total, done = record.get_progress() if record else (0, 0)
        if target is None or (not target.live and done == 0):
            states[page.slug] = MISSING
        elif target.live and page.last_published_at > source.last_updated_at:
            states[page.slug] = OUTDATED
        elif target.live and done == total:
            states[page.slug] = TRANSLATED
        elif not target.live and 0 < done < total:
            states[page.slug] = IN_PROGRESS
        else:
            states[page.slug] = f"unexpected: live={target.live}, {done}/{total}"
    return states


def german_data_titles():
    """{English slug: German title} from the German demo data."""
    german = next(language for language in languages.LANGUAGES if language.code == "de")
    titles = {}
    for data in (german.site_pages, german.topics, german.cities, german.case_studies):
        titles.update({slug: item["title"] for slug, item in data.items()})
    titles.update({slug: item["title"] for slug, item in german.events.items()})
    return titles


@pytest.fixture
def demo_content(demo_database):
    """What the first load printed; the content is committed once for all tests that need it
    (tests/demo_database.py). Each test runs in a transaction of its own, rolled back after."""
    return demo_database.report


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
        assert "Case studies: 40 created, 0 existing in" in demo_content
        assert "Case studies: 0 created, 40 existing in" in second_output
        assert "German: 100 translated, 1 outdated, 0 in progress, 0 missing" in demo_content
        assert "(this run: 0 published, 0 drafts, 101 left as they were)" in second_output
        assert not english_pages().filter(live=False).exists()

    def test_content_covers_every_classification(self, demo_content):
        assert set(TopicPage.objects.values_list("cluster", flat=True)) == set(Cluster.values)
        case_studies = CaseStudyPage.objects.filter(locale__language_code="en")
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

    def test_every_page_is_valid(self, demo_content):
        for page in Page.objects.filter(depth__gt=1).specific():
            if page.locale.language_code in ("en", "de"):
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


@pytest.mark.django_db
class TestGermanTranslation:
    def test_every_english_page_has_a_live_german_translation(self, demo_content):
        german = Locale.objects.get(language_code="de")
        titles = german_data_titles()
        for page in english_pages():
            translation = page.get_translation_or_none(german)
            assert translation is not None, page.slug
            assert translation.live, page.slug
            assert translation.title == titles[page.slug]

    def test_every_german_page_is_translated_in_full(self, demo_content):
        states = translation_states("de")
        # The English original of one page changed after it was translated (SOURCE_UPDATE).
        assert states.pop(languages.SOURCE_UPDATE["topic"]) == OUTDATED
        assert set(states.values()) == {TRANSLATED}

    def test_translations_are_manual_strings_entered_through_wagtail_localize(self, demo_content):
        for code in ("de", "es", "pt-br"):
            strings = StringTranslation.objects.filter(locale__language_code=code)
            assert strings.exists(), code
            assert set(strings.values_list("translation_type", "tool_name")) == {
                (StringTranslation.TRANSLATION_TYPE_MANUAL, "ISCN demo")
            }
        topic = TopicPage.objects.get(slug="data-governance", locale__language_code="en")
        german_slug = StringTranslation.objects.get(
            locale__language_code="de",
            context__object_id=topic.translation_key,
            context__path="slug",
        )
        assert german_slug.data == "daten-governance"

    def test_case_study_relations_point_to_german_pages(self, demo_content):
        german = Locale.objects.get(language_code="de")
        source = CaseStudyPage.objects.get(
            slug="hamburg-urban-data-platform", locale__language_code="en"
        )
        case_study = CaseStudyPage.objects.get(pk=source.get_translation(german).pk)
        assert case_study.city.locale == german
        assert case_study.city.translation_key == source.city.translation_key
        topics = list(case_study.topics.all())
        assert [topic.locale for topic in topics] == [german] * len(topics)
        assert {topic.translation_key for topic in topics} == {
            topic.translation_key for topic in source.topics.all()
        }

    def test_event_relations_point_to_german_pages(self, demo_content):
        german = Locale.objects.get(language_code="de")
        for event in EventPage.objects.filter(locale=german).prefetch_related(
            "participating_cities", "topics"
        ):
            assert event.host_city.locale_id == german.pk
            related = [*event.participating_cities.all(), *event.topics.all()]
            assert {page.locale_id for page in related} == {german.pk}

    def test_german_case_study_shows_german_texts(self, client, demo_content):
        response = client.get("/de/fallstudien/urban-data-platform-hamburg/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'href="/de/staedte/hamburg/"' in html
        assert "In Zahlen" in html  # a heading the loader adds
        assert "Datensätze" in html  # a key figure's label
        assert "Die Plattform ist Infrastruktur wie Straßen und Leitungen" in html  # the quote


@pytest.mark.django_db
class TestPartialTranslations:
    @pytest.mark.parametrize("language_code", ["es", "pt-br"])
    def test_every_state_of_the_status_report_occurs(self, demo_content, language_code):
        by_state = defaultdict(list)
        for slug, state in translation_states(language_code).items():
            by_state[state].append(slug)
        assert set(by_state) == {TRANSLATED, IN_PROGRESS, MISSING, OUTDATED}
        assert by_state[OUTDATED] == [languages.SOURCE_UPDATE["topic"]]
        assert {"home", "topics", "cities", "case-studies", "events", "about"} <= set(
            by_state[TRANSLATED]
        )
        assert "imprint" in by_state[MISSING]

    def test_the_source_is_changed_only_once(self, demo_content):
        topic = TopicPage.objects.get(
            slug=languages.SOURCE_UPDATE["topic"], locale__language_code="en"
        )
        assert topic.introduction == languages.SOURCE_UPDATE["text"]
        revisions = topic.revisions.count()
        load_demo_content()
        assert topic.revisions.count() == revisions


@pytest.mark.django_db
class TestIncompleteGermanData:
    def test_a_missing_page_fails_loudly(self, demo_content, monkeypatch):
        german = next(language for language in languages.LANGUAGES if language.code == "de")
        monkeypatch.delitem(german.topics, "digital-twins")
        with pytest.raises(CommandError, match="digital-twins"):
            load_demo_content()

    def test_a_missing_text_fails_loudly(self, demo_content, monkeypatch):
        german = next(language for language in languages.LANGUAGES if language.code == "de")
        item = {key: value for key, value in german.cities["lima"].items() if key != "profile"}
        monkeypatch.setitem(german.cities, "lima", item)
        with pytest.raises(CommandError, match=r"lima.*profile"):
            load_demo_content()


@pytest.mark.django_db
class TestLanguageHomePages:
    @pytest.mark.parametrize(
        ("url", "language", "title", "case_studies_url"),
        [
            ("/de/", "de", "Internationales Smart-Cities-Netzwerk", "/de/fallstudien/"),
            ("/es/", "es", "Red Internacional de Ciudades Inteligentes", "/es/estudios-de-caso/"),
            (
                "/pt-br/",
                "pt-br",
                "Rede Internacional de Cidades Inteligentes",
                "/pt-br/estudos-de-caso/",
            ),
        ],
    )
    def test_home_page_is_served_in_its_language(
        self, client, demo_content, url, language, title, case_studies_url
    ):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{language}"' in html
        assert title in html
        # The call to action leads to the index page of the same language.
        assert f'href="{case_studies_url}"' in html
