"""The translatable fields of each demo page, built the same way in every language.

The loader builds the English pages from these functions; the translation step builds the same
fields from translated data and pairs both segment by segment (demo/translate.py), so a
translation can differ from its source in words only, never in structure.
"""

from django.utils.html import format_html, format_html_join

from demo import site_pages
from demo import streamfield as sf

# Texts the loader adds to pages around the data: headings, contact lines, picture captions.
PHRASES = {
    "topic_questions": "Questions members work on",
    "case_study_figures": "In figures",
    "case_study_contact": "Get in touch",
    "case_study_contact_city": (
        '<p>To learn more, contact {city} through its <a linktype="page" id="{city_id}">city '
        "page</a> or ask the network secretariat to put you in touch.</p>"
    ),
    "case_study_contact_secretariat": (
        '<p>To learn more, write to the network secretariat at <a href="mailto:{email}">'
        "{email}</a>.</p>"
    ),
    "case_study_artwork": "Abstract artwork of connected points with the words “{title}”.",
    "artwork_credit": "ISCN demo artwork",
}

# The data keys that carry text, per kind of page: a translation with all of those the English
# item has is complete.
TEXT_KEYS = {
    "home": ("slug", *site_pages.HOME),
    "index": ("slug", "title", "introduction"),
    "content": ("slug", "title", "introduction", "body"),
    "topic": ("slug", "title", "introduction", "text", "questions"),
    "city": ("slug", "title", "introduction", "region", "profile", "contact_name"),
    "case study": (
        "slug",
        "title",
        "introduction",
        "summary",
        "challenge",
        "approach",
        "results",
        "lessons_learned",
        "partners",
        "figures",
        "quote",
        "links",
    ),
    "event": (
        "slug",
        "title",
        "introduction",
        "venue",
        "description",
        "agenda",
        "speakers",
    ),
}


def home(texts, *, case_study_index, event_index, about_page, image, counts):
    return {
        "title": texts["title"],
        "introduction": texts["introduction"],
        "body": site_pages.home_body(
            texts,
            case_study_index=case_study_index,
            event_index=event_index,
            about_page=about_page,
            image=image,
            counts=counts,
        ),
    }


def index(item):
    return {"title": item["title"], "introduction": item["introduction"]}


def content(item):
    return {"title": item["title"], "introduction": item["introduction"], "body": item["body"]}


def topic(item, phrases):
    questions = format_html_join("", "<li>{}</li>", ((question,) for question in item["questions"]))
    return {
        "title": item["title"],
        "introduction": item["introduction"],
        "body": [
            sf.paragraph(item["text"]),
            sf.heading(phrases["topic_questions"]),
            sf.paragraph(format_html("<ul>{}</ul>", questions)),
        ],
    }


def city(item):
    return {
        name: item[name] for name in ("title", "introduction", "region", "profile", "contact_name")
    }


def case_study(item, phrases, *, city_page, city_title, image):
    """city_page: the case study's city (or None), named `city_title` in this language."""
    gallery = []
    if image is not None:
        gallery = [
            sf.image(
                image,
                phrases["case_study_artwork"].format(title=item["title"]),
                caption=item["title"],
                credit=phrases["artwork_credit"],
            )
        ]
    return {
        "title": item["title"],
        "introduction": item["introduction"],
        "summary": item["summary"],
        "challenge": item["challenge"],
        "approach": item["approach"],
        "results": item["results"],
        "lessons_learned": item["lessons_learned"],
        "partners": "\n".join(item["partners"]),
        "body": _case_study_body(item, phrases, city_page, city_title),
        "links": [sf.link(title, url) for title, url in item.get("links", [])],
        "gallery": gallery,
    }


def _case_study_body(item, phrases, city_page, city_title):
    body = []
    if item.get("figures"):
        body.append(sf.key_figures(item["figures"], title=phrases["case_study_figures"]))
    if item.get("quote"):
        body.append(sf.quote(*item["quote"]))
    body.append(sf.heading(phrases["case_study_contact"]))
    if city_page is not None:
        contact = format_html(
            phrases["case_study_contact_city"], city=city_title, city_id=city_page.pk
        )
    else:
        contact = format_html(
            phrases["case_study_contact_secretariat"], email=site_pages.CONTACT_EMAIL
        )
    body.append(sf.paragraph(contact))
    return body


def event(item):
    return {
        "title": item["title"],
        "introduction": item["introduction"],
        "venue": item.get("venue", ""),
        "body": [sf.paragraph(item["description"])],
        "agenda": [sf.agenda_item(*entry) for entry in item["agenda"]],
        "speakers": [sf.speaker(name, role) for name, role in item["speakers"]],
    }
