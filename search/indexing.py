"""Pages into the site search's own index (search.models.SearchDocument) and its vocabulary.

Each live page of a searchable type (one that declares a `search_kind`) is analysed in its own
language (search/analysis.py): the text of its title and of every other search field (its body,
its city and topics, its structured values as words) becomes terms, and its distinct words are
counted into the language's vocabulary. Other pages are left out, and a page that is no longer
live is taken out. Search filters by what the public may see at query time (the catalogue), so
a page made private needs no re-indexing to disappear from the results.

search/backends/terms.py plugs this into modelsearch, so saving, publishing, deleting and
`manage.py update_index` keep the index current like any other search backend.
"""

import contextlib
import contextvars
from collections import Counter

from django.db import connection, transaction
from django.db.models import Manager
from django.utils.encoding import force_str
from modelsearch.index import RelatedFields, SearchField
from wagtail.models import Locale

from search.analysis import Analyzer, words
from search.models import SearchDocument, SearchWord

# Words shorter than this are not worth correcting a typo to.
MIN_VOCABULARY_WORD = 3
MAX_VOCABULARY_WORD = SearchWord._meta.get_field("word").max_length
UPSERT_BATCH = 500
# What a document holds besides its page: language first, words last (index_pages reads them).
STORED_FIELDS = ["language", "title_terms", "body_terms", "text", "words"]
# The search field of structured values (core/search_values.py): searched, but not quoted.
KEYWORDS_FIELD = "search_keywords"
# {(object id, field id): (object, field, text)} inside texts_read_once(), else None.
_texts_read = contextvars.ContextVar("texts_read", default=None)


def is_searchable(model):
    return getattr(model, "search_kind", None) is not None


def plain_text(value):
    # Rich text and StreamField values come as text already (their searchable content).
    return " ".join(value.split())


def analysed(page, language):
    """The SearchDocument of a page, unsaved."""
    analyzer = Analyzer.of(language)
    title, body, prose = [], [], []
    for search_field, value, top_level in _field_texts(page, page.get_search_fields()):
        if top_level and search_field.field_name == "title":
            title.append(value)
            continue
        body.append(value)
        # Excerpts quote the page's own prose, not its related pages or structured values.
        if top_level and search_field.field_name != KEYWORDS_FIELD:
            prose.append(value)
    title, body, prose = (plain_text(" ".join(texts)) for texts in (title, body, prose))
    vocabulary = {
        word
        for word in words(f"{title} {body}")
        if MIN_VOCABULARY_WORD <= len(word) <= MAX_VOCABULARY_WORD
        and word.isalpha()
        and word not in analyzer.stopwords
    }
    return SearchDocument(
        page_id=page.pk,
        language=language,
        title_terms=" ".join(analyzer.terms(title)),
        body_terms=" ".join(analyzer.terms(body)),
        text=prose,
        words=" ".join(sorted(vocabulary)),
    )


def _field_texts(obj, search_fields, *, top_level=True):
    """(search field, text, whether the field is the object's own) of every searchable value."""
    for search_field in search_fields:
        if isinstance(search_field, SearchField):
            yield search_field, field_text(obj, search_field), top_level
        elif isinstance(search_field, RelatedFields):
            for item in related_objects(search_field, obj):
                yield from _field_texts(item, search_field.fields, top_level=False)


@contextlib.contextmanager
def texts_read_once():
    """Within the block, each indexed value of an object is read once, however many indexes ask
    for it (`update_index` hands each chunk to every backend). Reading one can cost more than
    indexing it: the structured values in four languages, rich text stripped of its markup."""
    token = _texts_read.set({})
    try:
        yield
    finally:
        _texts_read.reset(token)


def field_text(obj, field):
    """The text of a search field's value of an object."""
    texts = _texts_read.get()
    if texts is None:
        return as_text(field.get_value(obj))
    key = (id(obj), id(field))
    if key not in texts:
        # The object and field are kept with the text, so that no other takes over their ids.
        texts[key] = (obj, field, as_text(field.get_value(obj)))
    return texts[key][2]


def related_objects(related_fields, obj):
    """The objects a RelatedFields of `obj` names (none, one, or those of a relation)."""
    related = related_fields.get_value(obj)
    if related is None:
        return []
    if isinstance(related, Manager):
        return related.all()
    return [related() if callable(related) else related]


def as_text(value):
    """An indexed value as text, as modelsearch writes it (but nothing for None)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(as_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(as_text(item) for item in value.values())
    return "" if value is None else force_str(value)


def index_pages(pages):
    """Index these pages (specific instances), or take them out if they are not live.

    A page is saved several times as it is created and published: what is indexed already
    as it is costs one read, no write.
    """
    pages = [page for page in pages if is_searchable(type(page))]
    if not pages:
        return
    languages = _languages_of(pages)
    stored = {
        row[0]: row[1:]
        for row in SearchDocument.objects.filter(pk__in=[page.pk for page in pages]).values_list(
            "pk", *STORED_FIELDS
        )
    }
    documents = [
        document
        for document in (analysed(page, languages[page.locale_id]) for page in pages if page.live)
        if stored.get(document.pk) != tuple(getattr(document, name) for name in STORED_FIELDS)
    ]
    gone = [page.pk for page in pages if not page.live and page.pk in stored]
    if not documents and not gone:
        return
    with transaction.atomic():
        SearchDocument.objects.filter(pk__in=gone).delete()
        SearchDocument.objects.bulk_create(
            documents,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=STORED_FIELDS,
        )
        replaced = [*gone, *(document.pk for document in documents)]
        previous = [(stored[pk][0], stored[pk][-1]) for pk in replaced if pk in stored]
        changes = _word_counts(previous, -1)
        # update(), not +: a Counter sum drops the negative counts.
        changes.update(_word_counts([(doc.language, doc.words) for doc in documents], 1))
        _count_words(changes)


def remove_pages(page_ids):
    page_ids = list(page_ids)
    with transaction.atomic():
        documents = SearchDocument.objects.filter(pk__in=page_ids)
        changes = _word_counts(documents.values_list("language", "words"), -1)
        documents.delete()
        _count_words(changes)


def reset():
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()


def known_words(language):
    """The folded words of the language's indexed pages, with the number of pages holding each."""
    return dict(
        SearchWord.objects.filter(language=language, documents__gt=0).values_list(
            "word", "documents"
        )
    )


def _languages_of(pages):
    locale_ids = {page.locale_id for page in pages}
    return {
        pk: code.lower()
        for pk, code in Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code")
    }


def _word_counts(documents, delta):
    """{(language, word): delta} for every word of the (language, words) of these documents."""
    changes = Counter()
    for language, page_words in documents:
        changes.update({(language, word): delta for word in page_words.split()})
    return changes


def _count_words(changes):
    """Add the changes to the vocabulary's counts, in one statement per batch (an upsert)."""
    changes = [(language, word, delta) for (language, word), delta in changes.items() if delta]
    table = connection.ops.quote_name(SearchWord._meta.db_table)
    for start in range(0, len(changes), UPSERT_BATCH):
        batch = changes[start : start + UPSERT_BATCH]
        rows = ", ".join(["(%s, %s, %s)"] * len(batch))
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (language, word, documents) VALUES {rows} "  # noqa: S608
                "ON CONFLICT (language, word) DO UPDATE "
                f"SET documents = {table}.documents + excluded.documents",
                [value for change in batch for value in change],
            )
