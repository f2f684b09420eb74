"""Generated text: smart-city vocabulary in three languages (bench/vocabulary.py), common and
rare words in a Zipf distribution, so that queries find anything from one page to thousands."""

import dataclasses

from bench import vocabulary as words


def zipf_weights(count, exponent=1.0):
    """Cumulative weights for `random.choices`: item 0 is the most common, the last the rarest."""
    total, cumulative = 0.0, []
    for rank in range(1, count + 1):
        total += 1 / rank**exponent
        cumulative.append(total)
    return cumulative


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
