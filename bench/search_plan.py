"""The search benchmark's requests: varied searches and autocomplete prefixes drawn from the
generated vocabulary and data."""

import math
from urllib.parse import urlencode

from bench.vocabulary import CONCEPTS


class QueryPlan:
    """Varied search and autocomplete requests drawn from the generated vocabulary and data."""

    def __init__(self, rng, data):
        self.rng = rng
        self.data = data

    def words(self, language, ranks):
        column = {"en": 0, "de": 1, "es": 2}[language]
        return [
            word
            for concept in CONCEPTS[ranks]
            for word in concept[column].split()
            if len(word) > 3 and word not in {"with", "from", "digitale", "digital"}
        ]

    def pick(self, items, count=1):
        return self.rng.sample(items, min(count, len(items)))

    def search_categories(self):
        """(category, language, parameters) factories: each call gives a new request."""
        common, middle, rare_concepts = (
            self.words("en", slice(0, 8)),
            self.words("en", slice(15, 45)),
            self.words("en", slice(60, None)),
        )
        data = self.data
        choice = self.rng.choice

        def word():
            return choice(common + middle)

        return {
            "one common word": lambda: ("en", {"q": choice(common)}),
            "one mid-frequency word": lambda: ("en", {"q": choice(middle)}),
            "one rare word (project name)": lambda: ("en", {"q": choice(data["codenames"])}),
            "rare concept": lambda: ("en", {"q": choice(rare_concepts)}),
            "city name": lambda: ("en", {"q": choice(data["city_names"])}),
            "two words": lambda: ("en", {"q": f"{word()} {word()}"}),
            "three words with a place": lambda: (
                "en",
                {"q": f"{word()} {word()} {choice(data['city_names'])}"},
            ),
            "no results": lambda: ("en", {"q": f"zq{self.rng.randrange(10**6)}x"}),
            "German words (/de/)": lambda: ("de", {"q": choice(self.words("de", slice(0, 40)))}),
            "Spanish words (/es/)": lambda: ("es", {"q": choice(self.words("es", slice(0, 40)))}),
            "facet: type": lambda: (
                "en",
                {"q": word(), "type": choice(["case-study", "event", "city", "topic"])},
            ),
            "facets: topic + country": lambda: (
                "en",
                {
                    "q": word(),
                    "topic": self.pick(data["topics"], self.rng.randint(1, 2)),
                    "country": choice(data["countries"]),
                },
            ),
            "facets: SDG + maturity + years": lambda: (
                "en",
                {
                    "q": word(),
                    "sdg": self.pick(data["sdgs"], self.rng.randint(1, 2)),
                    "maturity": choice(data["maturities"]),
                    "year_from": self.rng.randint(2010, 2018),
                    "year_to": self.rng.randint(2019, 2026),
                },
            ),
            "facet: city": lambda: ("en", {"q": word(), "city": choice(data["cities"])}),
            "events upcoming/past": lambda: (
                "en",
                {"q": word(), "type": "event", "when": choice(["upcoming", "past"])},
            ),
            "sort by date": lambda: ("en", {"q": word(), "sort": "date"}),
            "page 2": lambda: ("en", {"q": word(), "page": 2}),
            "all languages": lambda: (choice(["en", "de"]), {"q": word(), "lang": "all"}),
            "map view": lambda: ("en", {"q": word(), "view": "map"}),
            "filters only, no words": lambda: (
                "en",
                {"type": "case-study", "topic": choice(data["topics"])},
            ),
        }

    def search_requests(self, total):
        """At least `total` distinct requests, the same number from every category."""
        categories = self.search_categories()
        per_category = math.ceil(total / len(categories))
        seen, requests = set(), []
        for category, make in categories.items():
            made = 0
            for _attempt in range(per_category * 20):
                language, params = make()
                url = f"/{language}/search/?{urlencode(params, doseq=True)}"
                if url not in seen:
                    seen.add(url)
                    requests.append((category, url))
                    made += 1
                    if made == per_category:
                        break
        self.rng.shuffle(requests)
        return requests

    def suggest_requests(self, total):
        """Prefixes of title words, as typed: 2 to 8 characters, mostly English."""
        seen, requests = set(), []
        # A small dataset may have no page yet in a language.
        weights = {"en": 7, "de": 2, "es": 1}
        languages = [language for language in weights if language in self.data["titles"]]
        while len(requests) < total:
            language = self.rng.choices(languages, [weights[code] for code in languages])[0]
            title = self.rng.choice(self.data["titles"][language])
            words = title.split()
            start = self.rng.randrange(len(words))
            text = " ".join(words[start : start + 2])
            prefix = text[: self.rng.randint(2, 8)].strip()
            url = f"/{language}/search/suggest/?{urlencode({'q': prefix})}"
            if len(prefix) >= 2 and url not in seen:
                seen.add(url)
                requests.append((language, url))
        return requests
