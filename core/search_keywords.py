"""Structured values as text for the site search, in every site language.

A page type's `search_keywords()` (core/models/base_page.py) gives what its pages hold but their
text may not spell: the country in each language with its ISO codes, the titles of the pages
it names (city, topics), the labels of its classifications. The search index reads that text
with the page's body, so "Peru", "Perú", "PE" and "PER" find a case study in Peru in any
language. The helpers here work it out without a query: labels are translated once per value,
and the titles of related pages' originals come with the batch of pages being indexed.
"""

from django.conf import settings
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import translation
from django_countries import countries
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

# {(language code, key): text}: a label in one language, translated once (the catalogues do not
# change while the site runs).
_TEXTS = {}


def in_every_language(key, label):
    """The texts of a translatable `label` in the site's languages, each once.

    `label` is a lazy string or a function that returns the text in the active language. `key`
    names it in the cache (a lazy string compares as its text in the active language, so it
    cannot be its own key): `("country", "PE")`, `(Maturity, "pilot")`.
    """
    texts = []
    for code, _name in settings.LANGUAGES:
        text = _TEXTS.get((code, key))
        if text is None:
            with translation.override(code):
                text = _TEXTS[code, key] = str(label() if callable(label) else label)
        if text and text not in texts:
            texts.append(text)
    return texts


def choice_labels(choices, value):
    """The label of a stored `value` of a `TextChoices` class in every language; none if blank."""
    try:
        member = choices(value)
    except ValueError:
        return []
    return in_every_language((choices, member.value), member.label)


def country_keywords(country):
    """A country (a code or django-countries' Country) by its names and ISO alpha-2 and alpha-3
    codes: "Peru", "Perú", "PE", "PER"."""
    code = str(country or "")
    if not code:
        return []
    names = in_every_language(("country", code), lambda: countries.name(code))
    return [*names, code, countries.alpha3(code)]


def page_titles(pages):
    """The titles of related pages, with those of their originals in the site's default language
    where the search index fetched them (`original_titles_prefetches`)."""
    titles = []
    for page in pages:
        if page is not None:
            titles += [page.title, getattr(page, "original_title", None) or ""]
    return titles


def keywords_text(*groups):
    """One plain text of groups of values (strings or iterables of them): each value once, one
    per line, blanks left out."""
    values = []
    for group in groups:
        values += [group] if isinstance(group, str) else list(group)
    return "\n".join(dict.fromkeys(value.strip() for value in values if value and value.strip()))


def with_original_titles(pages):
    """A queryset of pages annotated with the title of their translation in the default
    language (`original_title`): the English original of a German topic."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    originals = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    )
    return pages.annotate(original_title=Subquery(originals.values("title")[:1]))


def original_titles_prefetches(model, relations):
    """Prefetches of `model`'s relations to other pages, each page with its original's title:
    one query per relation for a whole batch of pages."""
    return [
        Prefetch(name, queryset=with_original_titles(related._default_manager.all()))
        for name in relations
        for related in [model._meta.get_field(name).related_model]
    ]
