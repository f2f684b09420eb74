"""Bulk work (the demo content, data sets) indexes each saved object once, when it is done."""

import pytest
from wagtail.models import Page

from core.deferred_indexing import search_indexing_deferred
from search.models import SearchDocument
from tests.casestudies.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db


def test_pages_saved_inside_are_searchable_only_after_the_block():
    with search_indexing_deferred():
        page = CaseStudyPageFactory(title="Flood sensors along the Ganges")
        page.save_revision().publish()
        assert not SearchDocument.objects.filter(pk=page.pk).exists()
    assert SearchDocument.objects.filter(pk=page.pk).exists()
    # And modelsearch's own index, which the admin searches.
    assert list(Page.objects.search("Ganges")) == [page.page_ptr]


def test_progress_says_how_many_objects_are_indexed():
    index = CaseStudyPageFactory().get_parent()
    messages = []
    with search_indexing_deferred(messages.append):
        CaseStudyPageFactory(parent=index, topics=[])
        CaseStudyPageFactory(parent=index, topics=[])
    assert messages == ["Indexing 2 objects for search…"]


def test_saves_index_at_once_again_after_the_block():
    with search_indexing_deferred():
        pass
    page = CaseStudyPageFactory()
    assert SearchDocument.objects.filter(pk=page.pk).exists()


def test_nothing_is_indexed_when_the_block_fails():
    def load_and_fail():
        with search_indexing_deferred():
            CaseStudyPageFactory()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        load_and_fail()
    assert not SearchDocument.objects.exists()
