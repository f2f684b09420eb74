"""PostgreSQL: the index entries search/backends/postgres.py writes are modelsearch's, written
faster (each value read once, an unchanged entry left alone, title norms once per rebuild)."""

from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.postgres import PostgresIndex
from wagtail.search.models import IndexEntry

from casestudies.models import CaseStudyPage
from tests.casestudies.test_case_study_page import full_case_study
from tests.search.backends.helpers import on_postgresql

pytestmark = [pytest.mark.django_db, on_postgresql]

COLUMNS = ("title", "autocomplete", "body", "title_text", "body_text")


def entry(page):
    """The columns of a page's index entry, and where its row is stored (its ctid)."""
    content_type = ContentType.objects.get_for_model(CaseStudyPage)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(COLUMNS)}, ctid FROM wagtailsearch_indexentry "  # noqa: S608
            "WHERE content_type_id = %s AND object_id = %s",
            [content_type.pk, str(page.pk)],
        )
        *columns, ctid = cursor.fetchone()
    return tuple(columns), ctid


def indexed(page):
    return CaseStudyPage.get_indexed_objects().get(pk=page.pk)


def test_an_entry_is_the_one_modelsearch_writes(home):
    page = full_case_study()
    backend = get_search_backend("default")
    # Indexed again: the page was indexed as it was saved, before its topics were set.
    backend.get_index_for_model(CaseStudyPage).add_items(CaseStudyPage, [indexed(page)])
    ours, _ = entry(page)
    # modelsearch's own index, with the configuration of the page's language (English).
    PostgresIndex(backend.for_language("en")).add_items(CaseStudyPage, [indexed(page)])
    theirs, _ = entry(page)
    assert ours == theirs
    assert "'recif'" in ours[2]  # the city's name, stemmed in English, in the body


def test_an_unchanged_entry_is_left_alone_and_a_changed_one_rewritten(home):
    page = full_case_study()
    index = get_search_backend("default").get_index_for_model(CaseStudyPage)
    # Indexed again: the page was indexed as it was saved, before its topics were set.
    index.add_items(CaseStudyPage, [indexed(page)])
    before, stored_at = entry(page)

    index.add_items(CaseStudyPage, [indexed(page)])
    assert entry(page) == (before, stored_at)

    page.summary = "Forty services now publish their data."
    page.save()
    index.add_items(CaseStudyPage, [indexed(page)])
    after, moved_to = entry(page)
    assert moved_to != stored_at
    assert "'forti'" in after[2]


def test_a_rebuild_refreshes_the_title_norms_once_at_its_end(home):
    page = full_case_study()
    IndexEntry.objects.update(title_norm=1.0)
    with CaptureQueriesContext(connection) as queries:
        call_command("update_index", backend_name="default", stdout=StringIO())
    norm_updates = [
        q["sql"] for q in queries if q["sql"].startswith("UPDATE") and "title_norm" in q["sql"]
    ]
    assert len(norm_updates) == 1
    (norm,) = IndexEntry.objects.filter(object_id=str(page.pk)).values_list("title_norm", flat=True)
    assert norm != 1.0
