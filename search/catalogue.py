"""What the search page knows about every public page, without asking the database each time.

The full-text backend answers "which pages match these words, best first"; filtering,
facet counts, de-duplication across languages and date sorting happen here, over one
in-memory row per live public page. The catalogue is rebuilt in a handful of bulk
queries whenever a page is saved, published, unpublished, moved or deleted anywhere
(a generation number in the shared cache tells every web process), and at the latest
after CATALOGUE_MAX_AGE seconds.
"""

import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.db.models.functions import Substr
from django.utils.functional import cached_property
from wagtail.models import Locale, Page

GENERATION_KEY = "search:catalogue:generation"
CATALOGUE_MAX_AGE = 600
EXCERPT_SOURCE_LENGTH = 400
WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True, slots=True)
class Document:
    """One live public page, flattened for filtering and facets."""

    page_id: int
    language: str
    translation_key: str
    kind: str
    title: str
    url_path: str
    excerpt: str
    date: datetime | None
    country: str = ""
    city_key: str = ""
    topic_keys: tuple[str, ...] = ()
    sdg_codes: tuple[str, ...] = ()
    maturity: str = ""
    year_from: int | None = None
    year_to: int | None = None
    event_start: datetime | None = None
    event_end: datetime | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Catalogue:
    documents: dict[int, Document]
    locales: dict[str, Locale]
    content_type_ids: tuple[int, ...]
    # translation key → {language: page id}: labels and links in the visitor's language.
    translations: dict[str, dict[str, int]] = field(default_factory=dict)
    built_at: float = field(default_factory=time.monotonic)

    def in_language(self, translation_key, language):
        """The page with this translation key in `language`, or in any language as a fallback."""
        versions = self.translations.get(translation_key, {})
        page_id = versions.get(language) or next(iter(versions.values()), None)
        return self.documents.get(page_id)

    def label(self, translation_key, language):
        document = self.in_language(translation_key, language)
        return document.title if document else ""

    @cached_property
    def documents_by_language(self):
        by_language = defaultdict(list)
        for document in self.documents.values():
            by_language[document.language].append(document)
        return by_language

    def popular_topics(self, language, limit=8):
        """Topics by the number of case studies that treat them, in the visitor's language."""
        counts = Counter(
            key
            for document in self.documents_by_language.get(language, ())
            for key in document.topic_keys
            if document.kind == "case-study"
        )
        topics = [self.in_language(key, language) for key, _count in counts.most_common(limit)]
        return [topic for topic in topics if topic]

    def vocabulary(self, language):
        """Words of the titles and excerpts in one language, most frequent first."""
        return self._vocabularies[language]

    @cached_property
    def _vocabularies(self):
        vocabularies = defaultdict(list)
        for language, documents in self.documents_by_language.items():
            counts = Counter(
                word
                for document in documents
                for word in WORD.findall(f"{document.title} {document.excerpt}".lower())
            )
            vocabularies[language] = [word for word, _count in counts.most_common()]
        return vocabularies


def searchable_models():
    """Public page types, with the short name the search page uses for each."""
    from casestudies.models import CaseStudyPage
    from cities.models import CityPage
    from events.models import EventPage
    from home.models import ContentPage
    from topics.models import TopicPage

    return {
        "case-study": CaseStudyPage,
        "city": CityPage,
        "topic": TopicPage,
        "event": EventPage,
        "page": ContentPage,
    }


def invalidate(**kwargs):
    """Every web process rebuilds its catalogue before the next search."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


_lock = threading.Lock()
_current = {"generation": None, "catalogue": None}


def get_catalogue():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        invalidate()
        generation = cache.get(GENERATION_KEY)
    catalogue = _current["catalogue"]
    fresh = (
        catalogue is not None
        and _current["generation"] == generation
        and time.monotonic() - catalogue.built_at < CATALOGUE_MAX_AGE
    )
    if not fresh:
        with _lock:
            catalogue = build_catalogue()
            _current.update(generation=generation, catalogue=catalogue)
    return catalogue


def build_catalogue():
    from django.contrib.contenttypes.models import ContentType

    models = searchable_models()
    kind_by_content_type = {
        ContentType.objects.get_for_model(model).pk: kind for kind, model in models.items()
    }
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    language_by_locale_id = {locale.pk: code for code, locale in locales.items()}

    pages = (
        Page.objects.live()
        .public()
        .filter(content_type_id__in=kind_by_content_type)
        .values_list(
            "pk",
            "locale_id",
            "translation_key",
            "content_type_id",
            "title",
            "url_path",
            "first_published_at",
        )
    )
    base = {
        pk: {
            "page_id": pk,
            "language": language_by_locale_id[locale_id],
            "translation_key": str(translation_key),
            "kind": kind_by_content_type[content_type_id],
            "title": title,
            "url_path": url_path,
            "date": published,
            "excerpt": "",
        }
        for pk, locale_id, translation_key, content_type_id, title, url_path, published in pages
    }
    key_of = {pk: row["translation_key"] for pk, row in base.items()}

    for kind, model in models.items():
        text_field = "summary" if kind == "case-study" else "introduction"
        extra = _specific_values(kind)
        rows = model.objects.filter(pk__in=_ids_of(base, kind)).values(
            "pk", *extra, excerpt=Substr(text_field, 1, EXCERPT_SOURCE_LENGTH)
        )
        for row in rows:
            _merge_specific(base[row.pop("pk")], kind, row, key_of)

    _merge_topics(base, models, key_of)
    _merge_sdg_targets(base, models)
    _place_case_studies_at_their_city(base, key_of)

    documents = {pk: Document(**row) for pk, row in base.items()}
    translations = defaultdict(dict)
    for document in documents.values():
        translations[document.translation_key][document.language] = document.page_id
    return Catalogue(
        documents=documents,
        locales=locales,
        content_type_ids=tuple(kind_by_content_type),
        translations=dict(translations),
    )


def _ids_of(base, kind):
    return [pk for pk, row in base.items() if row["kind"] == kind]


def _specific_values(kind):
    return {
        "case-study": ("country", "city_id", "maturity", "start_year", "end_year"),
        "city": ("country", "latitude", "longitude"),
        "event": ("start", "end", "host_city_id"),
    }.get(kind, ())


def _merge_specific(row, kind, values, key_of):
    row["excerpt"] = values.pop("excerpt") or ""
    if kind == "case-study":
        row["country"] = values["country"] or ""
        row["city_key"] = key_of.get(values["city_id"], "")
        row["maturity"] = values["maturity"]
        row["year_from"] = values["start_year"]
        row["year_to"] = values["end_year"] or values["start_year"]
    elif kind == "city":
        row["country"] = values["country"] or ""
        row["city_key"] = row["translation_key"]
        if values["latitude"] is not None and values["longitude"] is not None:
            row["latitude"] = float(values["latitude"])
            row["longitude"] = float(values["longitude"])
    elif kind == "event":
        row["event_start"] = values["start"]
        row["event_end"] = values["end"]
        row["date"] = values["start"]
        row["year_from"] = row["year_to"] = values["start"].year
        row["city_key"] = key_of.get(values["host_city_id"], "")


def _merge_topics(base, models, key_of):
    for kind in ("case-study", "event"):
        through = models[kind].topics.through
        owner = f"{models[kind]._meta.model_name}_id"
        topics = defaultdict(list)
        for page_id, topic_id in through.objects.values_list(owner, "topicpage_id"):
            if page_id in base and topic_id in key_of:
                topics[page_id].append(key_of[topic_id])
        for page_id, keys in topics.items():
            base[page_id]["topic_keys"] = tuple(sorted(keys))


def _merge_sdg_targets(base, models):
    through = models["case-study"].sdg_targets.through
    codes = defaultdict(list)
    for page_id, code in through.objects.values_list("casestudypage_id", "sdgtarget__code"):
        if page_id in base:
            codes[page_id].append(code)
    for page_id, page_codes in codes.items():
        base[page_id]["sdg_codes"] = tuple(sorted(page_codes))


def _place_case_studies_at_their_city(base, key_of):
    """Case studies and events appear on the map where their city is."""
    city_by_key = {row["translation_key"]: row for row in base.values() if row["kind"] == "city"}
    for row in base.values():
        city = city_by_key.get(row.get("city_key"))
        if row["kind"] != "city" and city and "latitude" in city:
            row["latitude"] = city["latitude"]
            row["longitude"] = city["longitude"]
