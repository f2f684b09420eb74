"""Bulk work (the demo content, data sets) indexes each saved object once, when it is done."""

import io

import pytest
from wagtail.models import Page, ReferenceIndex

from core.deferred_indexing import indexing_deferred
from core.progress import Stages
from search.models import SearchDocument
from tests.casestudies.factories import CaseStudyPageFactory
from tests.helpers import make_image

pytestmark = pytest.mark.django_db


def test_pages_saved_inside_are_searchable_only_after_the_block():
    with indexing_deferred():
        page = CaseStudyPageFactory(title="Flood sensors along the Ganges")
        page.save_revision().publish()
        assert not SearchDocument.objects.filter(pk=page.pk).exists()
    assert SearchDocument.objects.filter(pk=page.pk).exists()
    # And modelsearch's own index, which the admin searches.
    assert list(Page.objects.search("Ganges")) == [page.page_ptr]


def test_progress_shows_each_index_with_its_count():
    index = CaseStudyPageFactory().get_parent()
    output = io.StringIO()
    with indexing_deferred(Stages(output)):
        CaseStudyPageFactory(parent=index, topics=[])
        CaseStudyPageFactory(parent=index, topics=[])
    stage_lines = [line for line in output.getvalue().splitlines() if ": " in line]
    assert [line.split(" in ")[0] for line in stage_lines] == [
        "Search index: 2 objects",
        "References: 2 objects",
    ]


def test_references_are_recorded_once_after_the_block():
    image = make_image()
    with indexing_deferred():
        page = CaseStudyPageFactory(image=image)
        page.save_revision().publish()
        assert not ReferenceIndex.get_references_to(image).exists()
    assert ReferenceIndex.get_references_to(image).filter(object_id=str(page.pk)).exists()


def test_references_of_an_object_deleted_inside_the_block_are_skipped():
    image = make_image()
    with indexing_deferred():
        page = CaseStudyPageFactory(image=image)
        page.delete()
    assert not ReferenceIndex.get_references_to(image).exists()


def test_saves_index_at_once_again_after_the_block():
    with indexing_deferred():
        pass
    page = CaseStudyPageFactory()
    assert SearchDocument.objects.filter(pk=page.pk).exists()


def test_nothing_is_indexed_when_the_block_fails():
    def load_and_fail():
        with indexing_deferred():
            CaseStudyPageFactory()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        load_and_fail()
    assert not SearchDocument.objects.exists()
