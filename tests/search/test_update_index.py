"""`manage.py update_index` (search/management/commands/update_index.py): one pass over the
objects for every backend, a line per model with its count and time, modelsearch's options."""

from io import StringIO

import pytest
from django.core.management import call_command
from modelsearch.index import SearchField

from casestudies.models import CaseStudyPage
from search.indexing import field_text, texts_read_once
from search.models import SearchDocument
from tests.casestudies.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db


def update_index(**options):
    output = StringIO()
    call_command("update_index", stdout=output, **options)
    return output.getvalue().splitlines()


@pytest.fixture
def case_studies(home):
    index = CaseStudyPageFactory().get_parent()
    return [CaseStudyPageFactory(parent=index, topics=[]) for _ in range(11)]


def test_each_model_gets_a_line_with_its_count_and_time(case_studies):
    lines = update_index()
    assert lines[:2] == ["Updating backend: default", "Updating backend: terms"]
    (line,) = [line for line in lines if line.startswith("casestudies.CaseStudyPage")]
    assert line.startswith("casestudies.CaseStudyPage: 12 objects in ")
    assert line.endswith(" s")
    assert "default: finishing the index: done in " in "\n".join(lines)
    assert lines[-1].startswith("Search indexes rebuilt in ")


def test_in_a_log_the_bar_writes_a_line_at_every_tenth(case_studies):
    lines = update_index(chunk_size=1)
    bars = [line for line in lines if line.startswith("casestudies.CaseStudyPage [")]
    # 12 objects, one a chunk: a line each time a tenth is passed, then the count line.
    percents = [int(bar.split("] ")[1].split()[0]) for bar in bars]
    assert percents == [16, 25, 33, 41, 50, 66, 75, 83, 91]
    assert bars[0].endswith(" s")
    assert "casestudies.CaseStudyPage: 12 objects in " in lines[lines.index(bars[-1]) + 1]


def test_small_chunks_index_every_object(case_studies):
    SearchDocument.objects.all().delete()
    update_index(chunk_size=5)
    indexed = set(SearchDocument.objects.values_list("pk", flat=True))
    assert indexed >= {page.pk for page in CaseStudyPage.objects.live()}


def test_one_backend_only(case_studies):
    lines = update_index(backend_name="terms")
    assert "Updating backend: terms" in lines
    assert "Updating backend: default" not in lines


def test_schema_only_indexes_nothing(case_studies):
    SearchDocument.objects.all().delete()
    lines = update_index(schema_only=True)
    assert not [line for line in lines if line.startswith("casestudies.CaseStudyPage")]
    assert not SearchDocument.objects.exists()


def test_verbosity_zero_prints_nothing(case_studies):
    assert update_index(verbosity=0) == []


def test_a_value_is_read_once_for_every_index_inside_the_block(case_studies):
    page = case_studies[0]
    field = SearchField("title")
    reads = []
    original = field.get_value
    field.get_value = lambda obj: reads.append(obj) or original(obj)
    with texts_read_once():
        assert field_text(page, field) == field_text(page, field) == page.title
    assert len(reads) == 1
    field_text(page, field)
    assert len(reads) == 2
