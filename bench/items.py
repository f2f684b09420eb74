"""What each benchmark page says, whatever its language: items drawn at random (bench/text.py
renders them, bench/pages.py makes the pages).

Popularity follows Zipf's law: a few topics, cities and concepts are common, most are rare.
"""

import datetime
import uuid
from decimal import Decimal

from bench import vocabulary as words
from bench.text import Item, zipf_weights
from casestudies.models import BudgetRange, GovernmentLevel, KnowledgeFormat, Maturity, SDGTarget
from events.models import EventFormat, EventKind
from topics.models import Cluster

# Share of the pages of each type that are translated, per language (topics: all of them).
TRANSLATED_SHARE = {"de": 0.10, "es": 0.05}
DRAFT_SHARE = 0.02


class ItemDraw:
    """Draws the items of a dataset of `size` from `rng`, which the page makers share: the same
    seed gives the same dataset only if both are called in the same order."""

    def __init__(self, size, rng, now):
        self.size = size
        self.rng = rng
        self.now = now
        self.concept_weights = zipf_weights(len(words.CONCEPTS), exponent=0.9)

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

    def new_item(self, concepts, translations, **values):
        values.setdefault("translation_key", uuid.uuid4())
        values.setdefault("published_at", self.published_at())
        return Item(self.rng.randrange(2**32), concepts, values, translations)

    def topics(self):
        clusters = list(Cluster.values)
        self.topic_items = [
            self.new_item(
                [index], self.pick_translations(everything=True), cluster=clusters[index % 5]
            )
            for index in range(self.size.topics)
        ]
        self.topic_weights = zipf_weights(len(self.topic_items), exponent=0.8)
        return self.topic_items

    def city_names(self):
        names = [start + end for start in words.CITY_STARTS for end in words.CITY_ENDS]
        self.rng.shuffle(names)
        round_number = 1
        while len(names) < self.size.cities:
            round_number += 1
            names += [f"{name} {round_number}" for name in names[: self.size.cities]]
        return names[: self.size.cities]

    def cities(self):
        countries = [code for code, _weight, _zone in words.COUNTRIES]
        country_weights = [weight for _code, weight, _zone in words.COUNTRIES]
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

        self.city_weights = zipf_weights(len(self.city_items), exponent=0.7)
        return self.city_items

    def codenames(self):
        names = [
            start + middle + end
            for start in words.CODENAME_STARTS
            for middle in words.CODENAME_MIDDLES
            for end in words.CODENAME_ENDS
        ]
        self.rng.shuffle(names)
        return names[: max(10, self.size.case_studies // 4)]

    def case_studies(self):
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

        return self.case_study_items

    def events(self):
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

        return self.event_items
