"""Search indexing deferred to the end of bulk work, in batches, instead of once per save.

modelsearch indexes an object after every save (a task each). Building a page saves it several
times (created, revision, published, translated), so loading the demo content cost about 4,000
indexing runs, two thirds of its time, and with the database task queue it left as many tasks
behind. Inside `search_indexing_deferred()` saves are only noted; when the block ends, each saved
object is indexed once, by every auto-updated backend, in chunks.
"""

import contextlib
from collections import defaultdict

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

CHUNK_SIZE = 200


@contextlib.contextmanager
def search_indexing_deferred(progress=lambda message: None):
    saved = defaultdict(set)

    def note_saved(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(note_saved, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(note_saved, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    index_objects(saved, progress)


def index_objects(pks_by_model, progress):
    """Index these objects (model → primary keys) in every auto-updated search backend."""
    total = sum(len(pks) for pks in pks_by_model.values())
    if not total:
        return
    progress(f"Indexing {total} objects for search…")
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in pks_by_model.items():
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK_SIZE):
            chunk = list(model.get_indexed_objects().filter(pk__in=pks[start : start + CHUNK_SIZE]))
            for backend in backends:
                backend.add_bulk(model, chunk)
