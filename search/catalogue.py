"""What the search page knows about every public page, without asking the database each time.

The full-text backend answers "which pages match these words, best first"; filtering,
facet counts, de-duplication across languages and date sorting happen here, over one
in-memory row per live public page. The catalogue is rebuilt in a handful of bulk
queries whenever public content changes (core/content_generation.py: the generation token
in the shared cache tells every web process), and at the latest after CATALOGUE_MAX_AGE
seconds.

Search imports no page app: the searchable page types are the models that declare a
`search_kind` (core/search_values.py); each reads its own values and names their labels.
"""

import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from wagtail.models import Locale, Page

from core.content_generation import current_generation
from core.models import BasePage
from core.search_values import SearchKind

CATALOGUE_MAX_AGE = 600


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
    # Kind name → how the search page names the page type, in the type facet's order.
    kinds: dict[str, SearchKind] = field(default_factory=dict)
    # Facet name → {value: label}, from every page type that carries the facet's values.
    value_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    # translation key → {language: page id}: labels and links in the visitor's language.
    translations: dict[str, dict[str, int]] = field(default_factory=dict)
    built_at: float = field(default_factory=time.monotonic)
    # What other modules derive from it, kept as long as it lives (search/suggestions.py).
    memo: dict = field(default_factory=dict)

    def in_language(self, translation_key, language):
        """The page with this translation key in `language`, or in any language as a fallback."""
        versions = self.translations.get(translation_key, {})
        page_id = versions.get(language) or next(iter(versions.values()), None)
        return self.documents.get(page_id)

    def facet_labels(self, name):
        return self.value_labels.get(name, {})

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


def searchable_models():
    """Public page types, by the name the search page uses for each, in the type facet's order."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and model.search_kind is not None
    ]
    models.sort(key=lambda model: model.search_kind.position)
    return {model.search_kind.name: model for model in models}


_lock = threading.Lock()
_current = {"generation": None, "catalogue": None}


def get_catalogue():
    generation = current_generation()
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
        ids = {pk for pk, row in base.items() if row["kind"] == kind}
        for pk, values in model.search_values(ids).items():
            _merge_values(base[pk], values, key_of)
    _place_at_their_city(base)

    documents = {pk: Document(**row) for pk, row in base.items()}
    translations = defaultdict(dict)
    for document in documents.values():
        translations[document.translation_key][document.language] = document.page_id
    return Catalogue(
        documents=documents,
        locales=locales,
        content_type_ids=tuple(kind_by_content_type),
        kinds={kind: model.search_kind for kind, model in models.items()},
        value_labels=_value_labels(models.values()),
        translations=dict(translations),
    )


def _merge_values(row, values, key_of):
    """A page's own values; the pages it names (city, topics) by their translation keys."""
    row.update(
        excerpt=values.excerpt,
        country=values.country or "",
        city_key=key_of.get(values.city_id, ""),
        topic_keys=tuple(sorted(key_of[pk] for pk in values.topics if pk in key_of)),
        sdg_codes=tuple(sorted(values.sdg_codes)),
        maturity=values.maturity or "",
        year_from=values.year_from,
        year_to=values.year_to,
        event_start=values.event_start,
        event_end=values.event_end,
        latitude=values.latitude,
        longitude=values.longitude,
    )
    if values.date is not None:
        row["date"] = values.date


def _place_at_their_city(base):
    """Pages without a place of their own (case studies, events) are where their city is."""
    places = {
        row["translation_key"]: row for row in base.values() if row.get("latitude") is not None
    }
    for row in base.values():
        city = places.get(row.get("city_key"))
        if city and row["city_key"] != row["translation_key"] and row.get("latitude") is None:
            row["latitude"] = city["latitude"]
            row["longitude"] = city["longitude"]


def _value_labels(models):
    labels = defaultdict(dict)
    for model in models:
        for name, values in model.search_facet_labels.items():
            labels[name].update(values)
    return dict(labels)
