"""A knowledge base of benchmark size: N case studies, with cities, topics and events in proportion.

For N = 10,000: 500 cities, 40 topics, 1,000 events, the SDG targets of the data migration, and
translations of about 10 % of the pages into German and 5 % into Spanish (every topic in both),
each in its language's own page tree. Text is generated from smart-city vocabulary in three
languages (bench/vocabulary.py), with common and rare words, so queries find anything from one
page to thousands. About 2 % of the case studies are unpublished drafts, which search must skip.

Pages are written in bulk, not one `add_child` at a time: the tree fields (path, depth, numchild,
url_path) are computed as treebeard and Wagtail would, the `wagtailcore_page` rows go in with
`bulk_create` and the rows of each page type after them. Pages are live without revisions. A
sample of every type is then saved through the ORM (and rolled back) to prove that `save()`
would neither change nor reject what was written.

Used by bench/search.py, and on its own to fill a database for other measurements (the load
test), after `manage.py migrate`:

    DJANGO_SETTINGS_MODULE=cms.settings.dev python -m bench.dataset --case-studies 10000
"""

import argparse
import dataclasses
import datetime
import io
import os
import random
import time
import uuid
from decimal import Decimal

import django
from django.apps import apps

# Run as a script: Django is set up before the models are imported.
if not apps.ready:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    django.setup()

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django_countries import countries
from wagtail.models import Locale, Page, Site

from bench import vocabulary as words
from casestudies.models import (
    BudgetRange,
    CaseStudyIndexPage,
    CaseStudyPage,
    GovernmentLevel,
    KnowledgeFormat,
    Maturity,
    SDGTarget,
)
from cities.models import CityIndexPage, CityPage, SizeClass
from demo import streamfield
from events.models import EventFormat, EventIndexPage, EventKind, EventPage
from home.models import HomePage
from topics.models import Cluster, TopicIndexPage, TopicPage

SOURCE_LANGUAGE = "en"
# Share of the pages of each type that are translated, per language (topics: all of them).
TRANSLATED_SHARE = {"de": 0.10, "es": 0.05}
DRAFT_SHARE = 0.02
INDEX_PAGES = {
    # model: slug and title per language
    TopicIndexPage: {"en": "Topics", "de": "Themen", "es": "Temas"},
    CityIndexPage: {"en": "Cities", "de": "Städte", "es": "Ciudades"},
    CaseStudyIndexPage: {"en": "Case studies", "de": "Fallstudien", "es": "Casos"},
    EventIndexPage: {"en": "Events", "de": "Veranstaltungen", "es": "Eventos"},
}
# Tree fields the writer computes; everything else is copied from the page as built.
TREE_FIELDS = {"id", "path", "depth", "numchild", "url_path"}
VERIFIED_PER_TYPE = 5


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


def zipf_weights(count, exponent=1.0):
    """Cumulative weights for `random.choices`: item 0 is the most common, the last the rarest."""
    total, cumulative = 0.0, []
    for rank in range(1, count + 1):
        total += 1 / rank**exponent
        cumulative.append(total)
    return cumulative


class PageWriter:
    """Adds live pages below a parent in bulk, with the tree fields Wagtail would give them."""

    def __init__(self):
        self.pages_by_model = {}

    def add_children(self, parent, pages):
        if not pages:
            return pages
        parent = Page.objects.get(pk=parent.pk)  # fresh tree fields
        model = type(pages[0])
        # Only page types that inherit straight from Page: one parent row, one own row.
        assert model._meta.get_parent_list() == [Page], model
        last_child = parent.get_last_child()
        step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
        content_type = ContentType.objects.get_for_model(model)
        page_fields = [field for field in Page._meta.concrete_fields if field.name != "id"]
        rows = []
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.draft_title = page.title
            page.has_unpublished_changes = not page.live
            rows.append(
                Page(**{field.attname: getattr(page, field.attname) for field in page_fields})
            )
        Page.objects.bulk_create(rows, batch_size=500)
        for page, row in zip(pages, rows, strict=True):
            page.page_ptr_id = page.id = row.pk
        own_fields = model._meta.local_concrete_fields
        batch_size = connection.ops.bulk_batch_size(own_fields, pages) or len(pages)
        for start in range(0, len(pages), batch_size):
            model._base_manager._insert(pages[start : start + batch_size], fields=own_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.pages_by_model.setdefault(model, []).extend(pages)
        return pages

    @staticmethod
    def relate(field, links):
        """Rows of a many-to-many field (ParentalManyToManyField too): (page, [related pks])."""
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = [
            through(**{source: page.pk, target: related_pk})
            for page, related_pks in links
            for related_pk in dict.fromkeys(related_pks)
        ]
        through.objects.bulk_create(rows, batch_size=2000)
        return len(rows)


class Writer:
    """Text in one language from concepts; the same random state gives the same text structure in
    every language, so a translation says what its source says."""

    def __init__(self, language, rng):
        self.language = language
        self.rng = rng
        self.column = {"en": 0, "de": 1, "es": 2}[language]

    def concept(self, index):
        return words.CONCEPTS[index][self.column]

    def fill(self, template, concepts, **values):
        for number, index in enumerate(concepts, 1):
            text = self.concept(index)
            values[f"c{number}"], values[f"C{number}"] = text, text[:1].upper() + text[1:]
        return template.format(**values)

    def sentence(self, concepts, city):
        template = self.rng.choice(words.SENTENCES[self.language])
        picked = self.rng.sample(concepts, 3) if len(concepts) >= 3 else concepts * 3
        return self.fill(
            template,
            picked,
            city=city,
            n=self.rng.randint(3, 40),
            m=self.rng.randrange(200, 90_000, 100),
            year=self.rng.randint(2012, 2025),
        )

    def sentences(self, count, concepts, city):
        return " ".join(self.sentence(concepts, city) for _ in range(count))

    def html(self, count, concepts, city):
        return f"<p>{self.sentences(count, concepts, city)}</p>"


@dataclasses.dataclass
class Item:
    """What a page says independent of its language; each language renders it with `seed`."""

    seed: int
    concepts: list
    values: dict
    translations: tuple = ()


class DatasetGenerator:
    def __init__(self, size, seed=1):
        self.size = size
        self.rng = random.Random(seed)
        self.now = timezone.now()
        self.writer = PageWriter()
        self.locales = {
            code: Locale.objects.get(language_code=code)
            for code in (SOURCE_LANGUAGE, *TRANSLATED_SHARE)
        }
        self.concept_weights = zipf_weights(len(words.CONCEPTS), exponent=0.9)
        self.counts = {}

    # Helpers

    def pick_concepts(self, count):
        return self.rng.choices(
            range(len(words.CONCEPTS)), cum_weights=self.concept_weights, k=count
        )

    def pick_translations(self, everything=False):
        return tuple(
            code
            for code, share in TRANSLATED_SHARE.items()
            if everything or self.rng.random() < share
        )

    def published_at(self, years_back=6):
        return self.now - datetime.timedelta(seconds=self.rng.randrange(years_back * 365 * 86400))

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

    def build(self, items, build_page, language):
        """Pages of `items` available in `language`, with the items they render."""
        built = []
        for seq, item in enumerate(items, 1):
            if language == SOURCE_LANGUAGE or language in item.translations:
                writer = Writer(language, random.Random(item.seed))
                built.append((item, build_page(item, writer, language, seq)))
        return built

    def add_all(self, index_model, items, build_page, relations=()):
        """Create the pages of `items` in every language; pages by language and item seed."""
        pages = {}
        for language, locale in self.locales.items():
            parent = self.indexes[language][index_model]
            built = self.build(items, build_page, language)
            self.writer.add_children(parent, [page for _item, page in built])
            pages[language] = {item.seed: page for item, page in built}
            kind = index_model.__name__.removesuffix("IndexPage")
            self.counts[f"{kind} ({language})"] = len(built)
            for field, related in relations:
                self.writer.relate(
                    field,
                    [(page, related(item, locale)) for item, page in built],
                )
        return pages

    def localized(self, pages_by_language, seed, locale):
        """The page for `seed` in `locale` where it is translated, else the source page."""
        translated = pages_by_language.get(locale.language_code, {}).get(seed)
        page = translated or pages_by_language[SOURCE_LANGUAGE][seed]
        return page.pk

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
                home = self.translated_copy(
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
                    index = model(
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

    def publish_in_place(self, page):
        """Make a draft page of the skeleton live, so that the pages below it are served."""
        if not page.live:
            Page.objects.filter(pk=page.pk).update(
                live=True,
                has_unpublished_changes=False,
                first_published_at=self.now,
                last_published_at=self.now,
            )

    @staticmethod
    def translated_copy(page, locale, **changes):
        """A new, unsaved instance of the page's type with its fields, in `locale`."""
        model = type(page)
        fields = {
            field.attname: getattr(page, field.attname)
            for field in model._meta.concrete_fields
            if field.name not in TREE_FIELDS and not field.primary_key
        }
        return model(**{**fields, "locale_id": locale.pk, **changes})

    # Content

    def generate(self):
        self.ensure_skeleton()
        self.add_topics()
        self.add_cities()
        self.add_case_studies()
        self.add_events()
        verify_saves(self.writer.pages_by_model)
        return self.counts

    def new_item(self, concepts, translations, **values):
        values.setdefault("translation_key", uuid.uuid4())
        values.setdefault("published_at", self.published_at())
        return Item(self.rng.randrange(2**32), concepts, values, translations)

    def add_topics(self):
        clusters = list(Cluster.values)
        self.topic_items = [
            self.new_item(
                [index], self.pick_translations(everything=True), cluster=clusters[index % 5]
            )
            for index in range(self.size.topics)
        ]

        def topic_page(item, writer, language, seq):
            title = writer.concept(item.concepts[0])
            related = item.concepts + writer.rng.sample(range(len(words.CONCEPTS)), 4)
            return TopicPage(
                **self.base_fields(item, language, title[:1].upper() + title[1:], seq),
                cluster=item.values["cluster"],
                introduction=writer.fill(words.TOPIC_INTRODUCTIONS[language], item.concepts),
                body=[
                    streamfield.paragraph(writer.html(4, related, "")),
                    streamfield.paragraph(writer.html(3, related, "")),
                ],
            )

        self.topics = self.add_all(TopicIndexPage, self.topic_items, topic_page)
        self.topic_weights = zipf_weights(len(self.topic_items), exponent=0.8)

    def city_names(self):
        names = [start + end for start in words.CITY_STARTS for end in words.CITY_ENDS]
        self.rng.shuffle(names)
        round_number = 1
        while len(names) < self.size.cities:
            round_number += 1
            names += [f"{name} {round_number}" for name in names[: self.size.cities]]
        return names[: self.size.cities]

    def add_cities(self):
        countries = [code for code, _weight, _zone in words.COUNTRIES]
        country_weights = [weight for _code, weight, _zone in words.COUNTRIES]
        self.time_zones = {code: zone for code, _weight, zone in words.COUNTRIES}
        self.city_items = []
        for name in self.city_names():
            # Inhabitants: log-normal, from a few thousand to megacities.
            population = int(min(2.5e7, max(5_000, self.rng.lognormvariate(12.2, 1.2))))
            self.city_items.append(
                self.new_item(
                    self.pick_concepts(3),
                    self.pick_translations(),
                    name=name,
                    country=self.rng.choices(countries, weights=country_weights)[0],
                    region=f"{self.rng.choice(words.REGIONS)} {name[:3]}",
                    population=population,
                    latitude=Decimal(self.rng.uniform(-45, 60)).quantize(Decimal("0.000001")),
                    longitude=Decimal(self.rng.uniform(-120, 140)).quantize(Decimal("0.000001")),
                    member_since=self.rng.randint(2015, 2025),
                )
            )

        def city_page(item, writer, language, seq):
            values = item.values
            region = values["region"]
            return CityPage(
                **self.base_fields(item, language, values["name"], seq),
                country=values["country"],
                region=region,
                population=values["population"],
                size_class=SizeClass.for_population(values["population"]),
                latitude=values["latitude"],
                longitude=values["longitude"],
                member_since=values["member_since"],
                introduction=writer.fill(
                    words.CITY_INTRODUCTIONS[language],
                    item.concepts,
                    city=values["name"],
                    region=region,
                ),
                profile=writer.html(3, item.concepts, values["name"]),
                contact_email=f"smart-city@{slugify(values['name'])}.example.org",
                website=f"https://www.{slugify(values['name'])}.example.org/",
            )

        self.cities = self.add_all(CityIndexPage, self.city_items, city_page)
        self.city_weights = zipf_weights(len(self.city_items), exponent=0.7)

    def codenames(self):
        names = [
            start + middle + end
            for start in words.CODENAME_STARTS
            for middle in words.CODENAME_MIDDLES
            for end in words.CODENAME_ENDS
        ]
        self.rng.shuffle(names)
        return names[: max(10, self.size.case_studies // 4)]

    def add_case_studies(self):
        codenames = self.codenames()
        sdg_pks = list(SDGTarget.objects.values_list("pk", flat=True))
        self.case_study_items = []
        for _ in range(self.size.case_studies):
            topic_indexes = list(
                dict.fromkeys(
                    self.rng.choices(
                        range(len(self.topic_items)),
                        cum_weights=self.topic_weights,
                        k=self.rng.randint(1, 3),
                    )
                )
            )
            # National programmes (no city) are one in twenty.
            city = None
            if self.rng.random() >= 0.05:
                city = self.rng.choices(self.city_items, cum_weights=self.city_weights)[0]
            start_year = self.rng.randint(2010, 2026)
            ended = self.rng.random() < 0.5 and start_year < 2025
            self.case_study_items.append(
                self.new_item(
                    topic_indexes + self.pick_concepts(3),
                    self.pick_translations(),
                    topics=[self.topic_items[index] for index in topic_indexes],
                    city=city,
                    country=city.values["country"] if city else self.rng.choice(words.COUNTRIES)[0],
                    codename=self.rng.choice(codenames) if self.rng.random() < 0.35 else "",
                    sdg_targets=self.rng.sample(sdg_pks, self.rng.randint(0, 3)),
                    government_level=(
                        self.rng.choice(GovernmentLevel.values[:2]) if city else "national"
                    ),
                    maturity=self.rng.choice(Maturity.values),
                    knowledge_format=self.rng.choices(KnowledgeFormat.values, [8, 1, 1, 1])[0],
                    budget_range=self.rng.choice(["", *BudgetRange.values]),
                    start_year=start_year,
                    end_year=self.rng.randint(start_year, 2025) if ended else None,
                    partners="\n".join(self.rng.sample(words.PARTNERS, self.rng.randint(0, 3))),
                    live=self.rng.random() >= DRAFT_SHARE,
                )
            )

        def case_study_page(item, writer, language, seq):
            values = item.values
            city = values["city"]
            city_name = city.values["name"] if city else countries.name(values["country"])
            template = writer.rng.choice(words.TITLES[language])
            if "{codename}" in template and not values["codename"]:
                template = words.TITLES[language][0]
            title = writer.fill(
                template, item.concepts[:2] * 2, city=city_name, codename=values["codename"]
            )
            concepts = item.concepts
            body = [streamfield.paragraph(writer.html(2, concepts, city_name))]
            if values["codename"]:
                body.append(
                    streamfield.paragraph(
                        f"<p>{values['codename']}: {writer.sentence(concepts, city_name)}</p>"
                    )
                )
            return CaseStudyPage(
                **self.base_fields(item, language, title, seq),
                introduction="",
                summary=writer.sentences(2, concepts, city_name),
                country=values["country"],
                city_id=(
                    self.localized(self.cities, values["city"].seed, self.locales[language])
                    if values["city"]
                    else None
                ),
                government_level=values["government_level"],
                maturity=values["maturity"],
                knowledge_format=values["knowledge_format"],
                start_year=values["start_year"],
                end_year=values["end_year"],
                challenge=writer.html(3, concepts, city_name),
                approach=writer.html(4, concepts, city_name),
                results=writer.html(3, concepts, city_name),
                lessons_learned=writer.html(2, concepts, city_name),
                partners=values["partners"],
                budget_range=values["budget_range"],
                body=body,
            )

        def topic_pks(item, locale):
            return [
                self.localized(self.topics, topic.seed, locale) for topic in item.values["topics"]
            ]

        self.case_studies = self.add_all(
            CaseStudyIndexPage,
            self.case_study_items,
            case_study_page,
            relations=[
                (CaseStudyPage._meta.get_field("topics"), topic_pks),
                (
                    CaseStudyPage._meta.get_field("sdg_targets"),
                    lambda item, _locale: item.values["sdg_targets"],
                ),
            ],
        )

    def add_events(self):
        self.event_items = []
        for _ in range(self.size.events):
            # From three years ago to one year ahead: about a quarter are upcoming.
            start = self.now + datetime.timedelta(hours=self.rng.randint(-3 * 365 * 24, 365 * 24))
            host = self.rng.choices(self.city_items, cum_weights=self.city_weights)[0]
            self.event_items.append(
                self.new_item(
                    self.pick_concepts(3),
                    self.pick_translations(),
                    kind=self.rng.choice(EventKind.values),
                    event_format=self.rng.choice(EventFormat.values),
                    start=start.replace(minute=0, second=0, microsecond=0),
                    hours=self.rng.choice([2, 3, 8, 30, 54]),
                    host=host if self.rng.random() < 0.9 else None,
                    participants=self.rng.sample(self.city_items, self.rng.randint(0, 4)),
                    topics=self.rng.sample(self.topic_items, self.rng.randint(1, 3)),
                    published_at=min(self.now, start - datetime.timedelta(days=30)),
                )
            )

        def event_page(item, writer, language, seq):
            values = item.values
            host = values["host"]
            city_name = host.values["name"] if host else ""
            template = writer.rng.choice(words.EVENT_TITLES[language])
            title = writer.fill(
                template,
                item.concepts,
                kind=words.EVENT_KIND_NAMES[values["kind"]][language],
                city=city_name or "online",
            )
            on_site = values["event_format"] != EventFormat.ONLINE
            online = values["event_format"] != EventFormat.ON_SITE
            upcoming = values["start"] > self.now
            return EventPage(
                **self.base_fields(item, language, title, seq),
                introduction=writer.sentence(item.concepts, city_name),
                kind=values["kind"],
                event_format=values["event_format"],
                start=values["start"],
                end=values["start"] + datetime.timedelta(hours=values["hours"]),
                time_zone=self.time_zones[host.values["country"]] if host else "UTC",
                venue=", ".join(filter(None, [self.rng.choice(words.VENUES), city_name]))
                if on_site
                else "",
                online_url=f"https://meet.example.org/{item.seed}" if online else "",
                host_city_id=(
                    self.localized(self.cities, host.seed, self.locales[language]) if host else None
                ),
                body=[streamfield.paragraph(writer.html(3, item.concepts, city_name))],
                registration_url=f"https://iscn.example.org/register/{item.seed}"
                if upcoming
                else "",
            )

        def city_pks(item, locale):
            return [
                self.localized(self.cities, city.seed, locale)
                for city in item.values["participants"]
            ]

        def topic_pks(item, locale):
            return [
                self.localized(self.topics, topic.seed, locale) for topic in item.values["topics"]
            ]

        self.events = self.add_all(
            EventIndexPage,
            self.event_items,
            event_page,
            relations=[
                (EventPage._meta.get_field("participating_cities"), city_pks),
                (EventPage._meta.get_field("topics"), topic_pks),
            ],
        )


class SaveWouldChange(Exception):
    pass


def verify_saves(pages_by_model):
    """Saving a sample of each type through the ORM changes nothing and passes validation.

    Catches fields that a model's save() derives and the bulk writer does not know about.
    """
    problems = []
    for model, pages in pages_by_model.items():
        fields = [field for field in model._meta.concrete_fields if not field.primary_key]
        for page in pages[:: max(1, len(pages) // VERIFIED_PER_TYPE)][:VERIFIED_PER_TYPE]:
            with transaction.atomic():
                savepoint = transaction.savepoint()
                before = model.objects.get(pk=page.pk)
                try:
                    before.full_clean()
                except Exception as error:
                    problems.append(f"{model.__name__} {page.pk}: {error}")
                    transaction.savepoint_rollback(savepoint)
                    continue
                model.objects.get(pk=page.pk).save()
                after = model.objects.get(pk=page.pk)
                transaction.savepoint_rollback(savepoint)
            problems += [
                f"{model.__name__}.{field.name}: written {field.value_to_string(before)!r}, "
                f"save() makes it {field.value_to_string(after)!r}"
                for field in fields
                if field.value_to_string(before) != field.value_to_string(after)
            ]
    if problems:
        raise SaveWouldChange(
            "The bulk writer is out of step with the models:\n" + "\n".join(problems)
        )


def generate(case_studies, seed=1):
    """Write the dataset into the configured database; returns page counts and seconds taken."""
    started = time.perf_counter()
    with transaction.atomic():
        counts = DatasetGenerator(Size(case_studies), seed).generate()
    return counts, time.perf_counter() - started


def update_index():
    """Rebuild the search index as `manage.py update_index` does; returns seconds taken."""
    started = time.perf_counter()
    call_command("update_index", stdout=io.StringIO(), verbosity=0)
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
    counts, seconds = generate(arguments.case_studies, arguments.seed)
    for kind, count in counts.items():
        print(f"{count:>7} {kind}")
    print(f"Generated {sum(counts.values())} pages in {seconds:.1f} s")
    if not arguments.no_index:
        print(f"update_index: {update_index():.1f} s")
    refresh_statistics()


if __name__ == "__main__":
    import django

    django.setup()
    main()
