"""Translations of the demo content, entered through wagtail-localize as a translator would.

German is complete. Spanish and Brazilian Portuguese are partial, so the translation status
report (admin: Reports) shows every state:

- translated: pages whose data give every text are published;
- in progress: pages whose data give only some fields are saved as drafts;
- outdated: one English page changes after its translations were published (SOURCE_UPDATE);
- missing: every other page stays the untranslated draft that locale sync made
  (translations/sync.py).

For each page and language, the page's translatable fields are built from the translated data
with the same functions as the English page (demo/page_texts.py). Segments extracted from
both are paired by position and stored as wagtail-localize StringTranslations, from which
wagtail-localize then writes the translated page. Pages that already have translated strings
or a live page in a language are left alone, so running again changes nothing.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    MissingTranslationError,
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo import page_texts, site_pages
from demo.case_studies import CASE_STUDIES
from demo.cities import CITIES
from demo.events import EVENTS
from demo.languages import LANGUAGES, SOURCE_UPDATE
from demo.topics import TOPICS

TOOL_NAME = "ISCN demo"

UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class Job:
    """One English page to translate: its data, the translation's data and the field builder."""

    page: Page
    kind: str
    english: dict
    translated: dict | None
    build: Any  # item -> {field name: value}, as in demo/page_texts.py

    def lacking(self):
        """The text keys of the English data that the translation does not give."""
        if self.translated is None:
            return ["everything"]
        required = [key for key in page_texts.TEXT_KEYS[self.kind] if self.english.get(key)]
        return [key for key in required if key not in self.translated]


class DemoTranslations:
    """The translation step of the demo loader, run after the English content is in place."""

    def __init__(self, loader):
        self.loader = loader
        # Per language code: pages "published", "drafted" (in progress) or "kept" as they were.
        self.done = {language.code: Counter() for language in LANGUAGES}

    def load(self, stages):
        for language in LANGUAGES:
            missing_phrases = set(page_texts.PHRASES) - set(language.phrases)
            if missing_phrases:
                raise CommandError(f"{language.name} lacks phrases: {sorted(missing_phrases)}")
            locale = Locale.objects.filter(language_code=language.code).first()
            if locale is None:
                raise CommandError(f"No locale {language.code}: run `manage.py migrate`.")
            started = self._translations_started(locale)
            jobs = list(self._jobs(language))
            for job in jobs:
                self._check_complete(job, language)
            jobs = [job for job in jobs if job.translated is not None]
            with stages.stage(language.name, len(jobs), unit="pages") as bar:
                for job in jobs:
                    if job.page.translation_key in started:
                        self.done[language.code]["kept"] += 1
                    else:
                        self._translate(job, language, locale)
                    bar.advance()
                done = self.done[language.code]
                bar.summary = (
                    f"{done['published']} translations published, {done['drafted']} drafts, "
                    f"{done['kept']} left as they were"
                )
        self._update_source()

    def _check_complete(self, job, language):
        # Checked on every run, so incomplete data shows before anyone relies on it.
        if language.complete and job.lacking():
            raise CommandError(
                f"The {language.name} demo data of the {job.kind} '{job.page.slug}' "
                f"lacks {', '.join(job.lacking())}."
            )

    def _translations_started(self, locale):
        """Translation keys of pages someone has begun to translate into the locale."""
        with_strings = StringTranslation.objects.filter(locale=locale).values_list(
            "context__object_id", flat=True
        )
        live = Page.objects.filter(locale=locale, live=True).values_list(
            "translation_key", flat=True
        )
        return {*with_strings, *live}

    def _jobs(self, language):
        """Every English demo page in tree order, parents before children, the home page last.

        Relations follow published translations (core/i18n.py), so topics and cities come before
        the case studies and events that refer to them. The home page links to index pages of its
        own language, so it comes after them.
        """
        loader = self.loader
        phrases = language.phrases
        for slug, page in loader.indexes.items():
            english = {"slug": slug, **site_pages.INDEX_PAGES[slug]}
            yield Job(page, "index", english, language.site_pages.get(slug), page_texts.index)
        for slug, page in loader.content_pages.items():
            english = next(
                data
                for data in (site_pages.ABOUT, site_pages.IMPRINT, site_pages.PRIVACY)
                if data["slug"] == slug
            )
            yield Job(page, "content", english, language.site_pages.get(slug), page_texts.content)
        for item in TOPICS:
            yield Job(
                loader.topics[item["slug"]],
                "topic",
                item,
                language.topics.get(item["slug"]),
                lambda item: page_texts.topic(item, phrases),
            )
        for item in CITIES:
            yield Job(
                loader.cities[item["slug"]],
                "city",
                item,
                language.cities.get(item["slug"]),
                page_texts.city,
            )
        for item in CASE_STUDIES:
            page = loader.case_studies[item["slug"]]
            yield Job(
                page,
                "case study",
                item,
                language.case_studies.get(item["slug"]),
                lambda item, page=page: self._case_study_texts(item, page, language),
            )
        for item in EVENTS:
            yield Job(
                loader.events[item["slug"]],
                "event",
                item,
                language.events.get(item["slug"]),
                page_texts.event,
            )
        home = loader.home
        about = loader.content_pages[site_pages.ABOUT["slug"]]
        yield Job(
            home,
            "home",
            {"slug": home.slug, **site_pages.HOME},
            language.site_pages.get("home"),
            lambda texts: loader.home_texts(texts, loader.indexes, about, home.image),
        )

    def _case_study_texts(self, item, page, language):
        city = self.loader.cities[item["city"]] if item.get("city") else None
        city_title = language.cities.get(item.get("city"), {}).get("title", city and city.title)
        return page_texts.case_study(
            item,
            language.phrases,
            city_page=city,
            city_title=city_title,
            image=page.image if item.get("image") else None,
        )

    # One page into one language

    def _translate(self, job, language, locale):
        label = f"{language.name} {job.kind} '{job.page.slug}'"
        complete = not job.lacking()
        item = {**job.english, **job.translated}
        values = {**job.build(item), "slug": item["slug"]}
        if slugify(item["slug"]) != item["slug"]:
            raise CommandError(f"The {label} has the slug '{item['slug']}', not a valid slug.")
        if complete:
            fields = set(values)
        else:
            # A partial translation gives whole fields: the rest stays to be translated.
            fields = set(job.translated)
            if fields - set(values):
                raise CommandError(
                    f"The partial {label} can give only whole fields, not "
                    f"{', '.join(sorted(fields - set(values)))}."
                )

        page = Page.objects.get(pk=job.page.pk).specific  # fresh: the loader's copy may be stale
        # The source snapshot wagtail-localize translates from, renewed if the page changed.
        source, _created = TranslationSource.update_or_create_from_instance(page)
        # The record through which translators open the page in wagtail-localize's editor.
        Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        texts = paired_texts(source, values, fields, label)
        self._store_strings(source, locale, texts)
        self._point_page_choosers_to(source, locale)
        try:
            translation, _created = source.create_or_update_translation(
                locale, publish=False, fallback=not complete, copy_parent_pages=True
            )
        except MissingTranslationError as error:
            raise CommandError(f"The {label} misses a text: {error}") from error
        if complete:
            translation.get_latest_revision().publish()
            self.done[language.code]["published"] += 1
        else:
            self.done[language.code]["drafted"] += 1

    def _store_strings(self, source, locale, texts):
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = texts.get((segment.context.path, segment.order))
            if text is None:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": TOOL_NAME,
                },
            )

    def _point_page_choosers_to(self, source, locale):
        """Page choosers in StreamFields link to the chosen page's translation, if it has one."""
        segments = OverridableSegment.objects.filter(
            source=source, context__path__endswith=".page"
        ).select_related("context")
        for segment in segments:
            chosen = Page.objects.filter(pk=segment.data).first()
            translation = chosen and chosen.get_translation_or_none(locale)
            if translation is not None:
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(translation.pk)},
                )

    # The outdated page

    def _update_source(self):
        """Edit one English page once, after its translations: they become outdated."""
        slug, field = SOURCE_UPDATE["topic"], SOURCE_UPDATE["field"]
        page = Page.objects.get(pk=self.loader.topics[slug].pk).specific
        original = next(item for item in TOPICS if item["slug"] == slug)[field]
        # Already edited, by an earlier run or by someone else: leave it.
        if getattr(page, field) != original:
            return
        setattr(page, field, SOURCE_UPDATE["text"])
        page.save_revision().publish()

    # Summary

    def summary(self):
        """One line per language: what this run did and the state of its pages."""
        english = dict(
            Page.objects.filter(locale__language_code="en", depth__gt=1).values_list(
                "translation_key", "last_published_at"
            )
        )
        # Outdated: the source page was published after wagtail-localize last read it.
        stale = {
            key
            for key, synced_at in TranslationSource.objects.filter(
                object_id__in=english, locale__language_code="en"
            ).values_list("object_id", "last_updated_at")
            if english[key] and english[key] > synced_at
        }
        lines = []
        for language in LANGUAGES:
            pages = Page.objects.filter(locale__language_code=language.code, depth__gt=1)
            live = set(pages.filter(live=True).values_list("translation_key", flat=True))
            started = set(
                StringTranslation.objects.filter(locale__language_code=language.code).values_list(
                    "context__object_id", flat=True
                )
            )
            drafts = set(pages.filter(live=False).values_list("translation_key", flat=True))
            done = self.done[language.code]
            lines.append(
                f"  {language.name}: {len(live - stale)} translated, {len(live & stale)} outdated, "
                f"{len(drafts & started)} in progress, "
                f"{len(english) - len(live) - len(drafts & started)} missing "
                f"(this run: {done['published']} published, {done['drafted']} drafts, "
                f"{done['kept']} left as they were)"
            )
        return lines


def paired_texts(source, values, fields, label):
    """{(path, order) of a source string segment: its translation} for the given fields.

    `values` are the translated fields, built like the source's; segments pair up by position
    within each field, after checking that both have the same structure.
    """
    original = source.as_instance()
    translated = source.as_instance()
    for name, value in values.items():
        setattr(translated, name, value)
    english = _strings_by_field(extract_segments(original))
    other = _strings_by_field(extract_segments(translated))
    texts = {}
    for field in fields:
        english_segments = english.get(field, [])
        # Kinds of text the source does not offer for translation are left out (list blocks
        # stored before they had ids, for example): the translation keeps the source's.
        english_shapes = {_shape(segment.path) for segment in english_segments}
        other_segments = [
            segment for segment in other.get(field, []) if _shape(segment.path) in english_shapes
        ]
        if [_shape(s.path) for s in english_segments] != [_shape(s.path) for s in other_segments]:
            raise CommandError(
                f"The {label}: '{field}' has {len(other_segments)} texts where English has "
                f"{len(english_segments)}, or they are arranged differently."
            )
        for english_segment, other_segment in zip(english_segments, other_segments, strict=True):
            texts[(english_segment.path, english_segment.order)] = other_segment.string.data
    return texts


def _strings_by_field(segments):
    by_field = {}
    for segment in segments:
        if isinstance(segment, StringSegmentValue):
            by_field.setdefault(segment.path.split(".")[0], []).append(segment)
    return by_field


def _shape(path):
    """A segment's path without block ids, which differ between two builds of a StreamField."""
    return tuple("*" if UUID_PATTERN.match(part) else part for part in path.split("."))
