"""What a case study is found by besides its text (core/search_keywords.py): where it is, what
it is about, the SDG targets it serves, its licence and its classifications, in every language."""

from django.utils.translation import gettext

from casestudies.choices import LICENCE_NAMES, GovernmentLevel, KnowledgeFormat, Licence, Maturity
from casestudies.sdg import SDG_GOALS, SDG_TARGET_LABELS, sdg_goal
from core.search_keywords import (
    choice_labels,
    country_keywords,
    in_every_language,
    keywords_text,
    page_titles,
)


def sdg_keywords(codes):
    """Each target by its code and label, and its goal: "11.6", "SDG 11" ("ODS 11" in Spanish
    and Portuguese), the goal's name ("Sustainable cities and communities")."""
    keywords = []
    for code in codes:
        goal = sdg_goal(code)
        keywords += [
            code,
            *in_every_language(
                ("SDG goal", goal), lambda goal=goal: gettext("SDG %(goal)s") % {"goal": goal}
            ),
            *in_every_language(("SDG goal name", goal), SDG_GOALS.get(goal, "")),
            *in_every_language(("SDG target", code), SDG_TARGET_LABELS.get(code, "")),
        ]
    return keywords


def licence_keywords(licence):
    """An open-source licence by its SPDX identifier, the identifier without "-or-later", its
    family ("AGPL") and its names: "AGPL-3.0-or-later", "AGPL-3.0", "AGPL", "GNU Affero …"."""
    if not licence or licence == Licence.OTHER:
        return []
    version = licence.removesuffix("-or-later")
    return [
        licence,
        version,
        version.split("-")[0],
        LICENCE_NAMES.get(licence, ""),
        *choice_labels(Licence, licence),
    ]


def case_study_keywords(page):
    """CaseStudyPage.search_keywords: its structured values as text for the search index."""
    city = page.city if page.city_id else None
    return keywords_text(
        country_keywords(page.country),
        page_titles([city]),
        city.region if city else "",
        page_titles(page.topics.all()),
        sdg_keywords(target.code for target in page.sdg_targets.all()),
        licence_keywords(page.licence),
        choice_labels(Maturity, page.maturity),
        choice_labels(KnowledgeFormat, page.knowledge_format),
        choice_labels(GovernmentLevel, page.government_level),
    )
