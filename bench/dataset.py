"""A knowledge base of benchmark size: N case studies, with cities, topics and events in proportion.

For N = 10,000: 500 cities, 40 topics, 1,000 events, the SDG targets of the data migration, and
translations of about 10 % of the pages into German and 5 % into Spanish (every topic in both),
each in its language's own page tree. Text is generated from smart-city vocabulary in three
languages (bench/text.py), with common and rare words, so queries find anything from one page to
thousands. About 2 % of the case studies are unpublished drafts, which search must skip.

The pages are made by the content builders that also make the demo content and the test pages
(demo/builders.py, through bench/pages.py) and written in bulk (bench/page_writer.py).

Used by bench/search.py and bench/load.py, and on its own to fill a database for other
measurements, after `manage.py migrate`:

    DJANGO_SETTINGS_MODULE=cms.settings.dev python -m bench.dataset --case-studies 10000
"""

import argparse
import dataclasses
import datetime
import io
import os
import random
import sys
import time
import uuid

import django
from django.apps import apps

# Run as a script: Django is set up before the models are imported.
if not apps.ready:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

from django.core.management import call_command
from django.db import connection, connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from bench import pages
from bench import vocabulary as words
from bench.items import TRANSLATED_SHARE, ItemDraw
from bench.page_writer import PageWriter, verify_saves
from bench.text import Writer
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cities.models import CityIndexPage
from core.progress import Stages
from demo import builders
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from topics.models import TopicIndexPage

SOURCE_LANGUAGE = "en"
INDEX_PAGES = {
    # model: slug and title per language
    TopicIndexPage: {"en": "Topics", "de": "Themen", "es": "Temas"},
    CityIndexPage: {"en": "Cities", "de": "Städte", "es": "Ciudades"},
    CaseStudyIndexPage: {"en": "Case studies", "de": "Fallstudien", "es": "Casos"},
    EventIndexPage: {"en": "Events", "de": "Veranstaltungen", "es": "Eventos"},
}


@dataclasses.dataclass(frozen=True)
class Size:
    """How many of each page type go with `case_studies` case studies."""

    case_studies: int

    @property
    def cities(self):
        return max(10, self.case_studies // 20)

    @property
    def topics(self):
        return min(words.TOPIC_COUNT_MAX, max(6, self.case_studies // 250))

    @property
    def events(self):
        return max(10, self.case_studies // 10)


class DatasetGenerator:
    """Writes the dataset: the tree skeleton, then the items of bench/items.py as pages in every
    language they are available in."""

    def __init__(self, size, seed=1, stages=None):
        self.size = size
        self.stages = stages or Stages.silent()
        self.rng = random.Random(seed)
        self.now = timezone.now()
        self.writer = PageWriter()
        self.locales = {
            code: Locale.objects.get(language_code=code)
            for code in (SOURCE_LANGUAGE, *TRANSLATED_SHARE)
        }
        self.pages = {}  # kind -> language -> item seed -> page
        self.counts = {}

    def base_fields(self, item, language, title, seq):
        """Page fields every generated page shares."""
        published = item.values["published_at"]
        if language != SOURCE_LANGUAGE:
            published += datetime.timedelta(days=self.rng.randint(1, 60))
        live = item.values.get("live", True)
        return {
            "title": title[:255],
            "slug": f"{slugify(title)[:60].strip('-')}-{seq}",
            "locale": self.locales[language],
            "translation_key": item.values["translation_key"],
            "live": live,
            "first_published_at": published if live else None,
            "last_published_at": published if live else None,
            "latest_revision_created_at": published,
        }

    def build(self, items, make_page, language, bar):
        """Pages of `items` available in `language`, with the items they render."""
        built = []
        for seq, item in enumerate(bar.counting(items), 1):
            if language == SOURCE_LANGUAGE or language in item.translations:
                writer = Writer(language, random.Random(item.seed))
                built.append((item, make_page(self, item, writer, language, seq)))
        return built

    def add_all(self, kind, index_model, items, make_page, relations=()):
        """Create the pages of `items` in every language, kept by language and item seed in
        `self.pages[kind]`; `relations`: (many-to-many field, function of item and language giving
        the related ids)."""
        self.pages[kind] = by_language = {}
        label = index_model.__name__.removesuffix("IndexPage")
        for language in self.locales:
            parent = self.indexes[language][index_model]
            with self.stages.stage(f"{label} ({language})", len(items), unit="items") as bar:
                built = self.build(items, make_page, language, bar)
                self.writer.add_children(parent, [page for _item, page in built])
                by_language[language] = {item.seed: page for item, page in built}
                self.counts[f"{label} ({language})"] = len(built)
                for field, related_pks in relations:
                    self.writer.relate(
                        field, [(page, related_pks(item, language)) for item, page in built]
                    )
                bar.summary = f"{len(built)} pages"

    def localized_pks(self, kind, key):
        """A relation's targets: the pages of `kind` for the items an item lists under `key`."""
        return lambda item, language: [
            self.localized_pk(kind, related, language) for related in item.values[key]
        ]

    def localized_pk(self, kind, item, language):
        """The id of the page of `kind` for `item` in `language` where it is translated, else of
        the source page (None without an item)."""
        if item is None:
            return None
        by_language = self.pages[kind]
        translated = by_language.get(language, {}).get(item.seed)
        return (translated or by_language[SOURCE_LANGUAGE][item.seed]).pk

    # Tree skeleton: a home page and four index pages per language

    def ensure_skeleton(self):
        site = Site.objects.get(is_default_site=True)
        source_home = site.root_page.specific
        self.indexes = {}
        for language, locale in self.locales.items():
            home = HomePage.objects.filter(
                translation_key=source_home.translation_key, locale=locale
            ).first()
            if home is None:
                home = self.writer.translated_copy(
                    source_home,
                    locale,
                    slug=f"home-{language}",
                    live_revision_id=None,
                    latest_revision_id=None,
                )
                self.writer.add_children(source_home.get_parent(), [home])
            # The migrations make each language's home page as a draft, for translators.
            self.publish_in_place(home)
            self.indexes[language] = {}
            for model, titles in INDEX_PAGES.items():
                index = model.objects.child_of(home).filter(locale=locale).first()
                if index is None:
                    source = self.indexes.get(SOURCE_LANGUAGE, {}).get(model)
                    index = builders.index_page(
                        model,
                        title=titles[language],
                        slug=slugify(titles[language]),
                        locale=locale,
                        translation_key=source.translation_key if source else uuid.uuid4(),
                        live=True,
                        show_in_menus=True,
                        first_published_at=self.now,
                        last_published_at=self.now,
                    )
                    self.writer.add_children(home, [index])
                self.publish_in_place(index)
                self.indexes[language][model] = index
        # New home pages are new site roots: Wagtail forgets the ones it cached, as on a save.
        Site.clear_site_root_paths_cache()

    def publish_in_place(self, page):
        """Make a draft page of the skeleton live, so that the pages below it are served."""
        if not page.live:
            Page.objects.filter(pk=page.pk).update(
                live=True,
                has_unpublished_changes=False,
                first_published_at=self.now,
                last_published_at=self.now,
            )

    # Content: items drawn by bench/items.py, pages made by bench/pages.py

    def generate(self):
        self.ensure_skeleton()
        draw = ItemDraw(self.size, self.rng, self.now)
        self.add_all("topics", TopicIndexPage, draw.topics(), pages.topic_page)
        self.add_all("cities", CityIndexPage, draw.cities(), pages.city_page)
        self.add_all(
            "case studies",
            CaseStudyIndexPage,
            draw.case_studies(),
            pages.case_study_page,
            relations=[
                (CaseStudyPage.topics.field, self.localized_pks("topics", "topics")),
                (CaseStudyPage.sdg_targets.field, lambda item, _: item.values["sdg_targets"]),
            ],
        )
        self.add_all(
            "events",
            EventIndexPage,
            draw.events(),
            pages.event_page,
            relations=[
                (
                    EventPage.participating_cities.field,
                    self.localized_pks("cities", "participants"),
                ),
                (EventPage.topics.field, self.localized_pks("topics", "topics")),
            ],
        )
        verify_saves(self.writer.pages_by_model)
        return self.counts


def generate(case_studies, seed=1, stages=None):
    """Write the dataset into the configured database; returns page counts and seconds taken."""
    started = time.perf_counter()
    with transaction.atomic():
        counts = DatasetGenerator(Size(case_studies), seed, stages).generate()
    return counts, time.perf_counter() - started


def prepare_database(case_studies, seed=1, progress=print):
    """Migrate the configured database, fill it and index it; page counts and seconds per step.

    Migrating and generating run with relaxed durability (they prepare the measurement);
    indexing runs on a fresh connection with the database's default settings.
    """
    relax_durability()
    progress("Migrating")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    timings = {"migrate": time.perf_counter() - started}
    progress(f"Generating {case_studies:,} case studies and the rest")
    counts, timings["dataset_generation"] = generate(case_studies, seed, Stages(sys.stderr))
    connections.close_all()
    progress("Rebuilding the search index (update_index)")
    timings["update_index"] = update_index(sys.stderr)
    refresh_statistics()
    return counts, timings


def relax_durability():
    """Skip the waits for the disk while the database is being prepared (this connection only)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA journal_mode=MEMORY")
        elif connection.vendor == "postgresql":
            cursor.execute("SET synchronous_commit TO off")


def update_index(stdout=None):
    """Rebuild the search index as `manage.py update_index` does, showing its progress on
    `stdout` if given; returns seconds taken."""
    started = time.perf_counter()
    call_command("update_index", stdout=stdout or io.StringIO())
    return time.perf_counter() - started


def refresh_statistics():
    """Let PostgreSQL's planner know the new row counts, as autovacuum would soon after a load.

    Without it, the planner takes the freshly filled tables for empty and chooses nested loops
    (seconds instead of milliseconds); autovacuum may also be off, as on the benchmark machine.
    SQLite is left as the embedded default runs it, without statistics.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case-studies", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-index", action="store_true", help="leave the search index alone")
    arguments = parser.parse_args()
    counts, seconds = generate(arguments.case_studies, arguments.seed, Stages())
    print(f"Generated {sum(counts.values())} pages in {seconds:.1f} s")
    if not arguments.no_index:
        print(f"update_index: {update_index(sys.stdout):.1f} s")
    refresh_statistics()


if __name__ == "__main__":
    main()
