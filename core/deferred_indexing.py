"""Search and reference indexing deferred to the end of bulk work, instead of once per save.

modelsearch indexes an object after every save (a task each), and so does Wagtail's reference
index (what uses an image or links to a page). Building a page saves it several times (created,
revision, published, translated), so loading the demo content cost about 4,000 search indexing
runs and 2,000 reference index runs, most of its time. Inside `indexing_deferred()` saves are
only noted; when the block ends, each saved object is indexed once, by every auto-updated search
backend in chunks, and in the reference index. Deletions still update both at once.
"""

import contextlib
from collections import defaultdict

from django.core.exceptions import ObjectDoesNotExist
from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task

from core.progress import Stages

CHUNK_SIZE = 200


@contextlib.contextmanager
def indexing_deferred(stages=None):
    saved_for_search = defaultdict(set)
    saved_for_references = set()

    def note_for_search(sender, instance, raw=False, **kwargs):
        if not raw:
            saved_for_search[sender].add(instance.pk)

    def note_for_references(sender, instance, raw=False, **kwargs):
        if not raw:
            saved_for_references.add((sender._meta.app_label, sender._meta.model_name, instance.pk))

    searched = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    referenced = list(ReferenceIndex.tracked_models)
    swaps = [
        *((model, post_save_signal_handler, note_for_search) for model in searched),
        *((model, update_reference_index_on_save, note_for_references) for model in referenced),
    ]
    for model, handler, note in swaps:
        post_save.disconnect(handler, sender=model)
        post_save.connect(note, sender=model, weak=False)
    try:
        yield
    finally:
        for model, handler, note in swaps:
            post_save.disconnect(note, sender=model)
            post_save.connect(handler, sender=model)
    stages = stages or Stages.silent()
    index_objects(saved_for_search, stages)
    index_references(saved_for_references, stages)


def index_objects(pks_by_model, stages):
    """Index these objects (model → primary keys) in every auto-updated search backend."""
    total = sum(len(pks) for pks in pks_by_model.values())
    if not total:
        return
    backends = list(get_search_backends(with_auto_update=True))
    with stages.stage("Search index", total, unit="objects") as bar:
        for model, pks in pks_by_model.items():
            pks = sorted(pks)
            for start in range(0, len(pks), CHUNK_SIZE):
                chunk_pks = pks[start : start + CHUNK_SIZE]
                chunk = list(model.get_indexed_objects().filter(pk__in=chunk_pks))
                for backend in backends:
                    backend.add_bulk(model, chunk)
                bar.advance(len(chunk_pks))


def index_references(saved, stages):
    """Record the references of these objects ((app label, model name, pk)), as Wagtail's task
    does after a save; objects deleted since they were saved have nothing to record."""
    if not saved:
        return
    with stages.stage("References", len(saved), unit="objects") as bar:
        for app_label, model_name, pk in sorted(saved, key=str):
            with contextlib.suppress(ObjectDoesNotExist):
                update_reference_index_task.call(app_label, model_name, str(pk))
            bar.advance()
