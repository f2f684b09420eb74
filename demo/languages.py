"""Which demo translations each language has: German complete, Spanish and Brazilian
Portuguese partial (demo/translate.py enters them through wagtail-localize)."""

from dataclasses import dataclass

from demo.translations import (
    de_case_studies,
    de_cities,
    de_events,
    de_quotes,
    de_site_pages,
    de_topics,
    es,
    pt_br,
)

# An English page edited after its translations were published: they are all outdated now.
SOURCE_UPDATE = {
    "topic": "digital-participation",
    "field": "introduction",
    "text": (
        "Participatory budgeting, online consultations and co-creation: digital tools that give "
        "residents a real say in how their city develops, now with a shared toolkit for "
        "combining online and neighbourhood formats."
    ),
}


@dataclass(frozen=True)
class Language:
    """A language's demo translations: dicts keyed by English slug (site pages: "home" …)."""

    code: str
    name: str
    # Complete languages translate every page fully; anything less is an error.
    complete: bool
    phrases: dict
    site_pages: dict
    topics: dict
    cities: dict
    case_studies: dict
    events: dict


LANGUAGES = (
    Language(
        code="de",
        name="German",
        complete=True,
        phrases=de_site_pages.PHRASES,
        site_pages=de_site_pages.SITE_PAGES,
        topics=de_topics.TOPICS,
        cities=de_cities.CITIES,
        # Quotes are kept apart from the case studies' other texts.
        case_studies={
            slug: {
                **item,
                **({"quote": de_quotes.QUOTES[slug]} if slug in de_quotes.QUOTES else {}),
            }
            for slug, item in de_case_studies.CASE_STUDIES.items()
        },
        events=de_events.EVENTS,
    ),
    Language(
        code="es",
        name="Spanish",
        complete=False,
        phrases=es.PHRASES,
        site_pages=es.SITE_PAGES,
        topics=es.TOPICS,
        cities=es.CITIES,
        case_studies=es.CASE_STUDIES,
        events={},
    ),
    Language(
        code="pt-br",
        name="Brazilian Portuguese",
        complete=False,
        phrases=pt_br.PHRASES,
        site_pages=pt_br.SITE_PAGES,
        topics=pt_br.TOPICS,
        cities=pt_br.CITIES,
        case_studies=pt_br.CASE_STUDIES,
        events={},
    ),
)
