"""`manage.py update_index`: every backend's indexes rebuilt in one pass over the objects, with a
progress bar for each model (core/progress.py).

modelsearch's command (which wagtail.search registers as `update_index`) rebuilds one backend
after the other, loading every object once per backend, and prints a dot per chunk. Here each
chunk is loaded once and handed to every backend (the database backend and the site search's
own index both read every page; loading a chunk of case studies with their relations costs as
much as indexing it), and each model shows a bar while it is indexed and a line with its count
and time when it is done. This command is found first because the search app comes before
wagtail.search in INSTALLED_APPS; its options are modelsearch's, and the rebuilders are the
backends' own.
"""

from modelsearch.backends import get_search_backend
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    DEFAULT_CHUNK_SIZE,
    group_models_by_index,
)
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildCommand,
)

from core.progress import Stages, format_seconds
from search.indexing import texts_read_once


class Command(RebuildCommand):
    help = "Rebuild the search indexes of every backend, or of one (--backend)."

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        names = (
            [options["backend_name"]]
            if options["backend_name"]
            else list(get_app_config().get_search_backend_config())
        )
        stages = Stages(self.stdout) if self.verbosity > 0 else Stages.silent()
        rebuilders, indexes = [], {}
        for name in names:
            self.write(f"Updating backend: {name}")
            backend = get_search_backend(name)
            if not backend.rebuilder_class:
                self.write(f"Backend '{name}' doesn't require rebuilding")
                continue
            for index, models in group_models_by_index(backend, get_indexed_models()).items():
                rebuilder = backend.rebuilder_class(index)
                index = rebuilder.start()
                for model in models:
                    index.add_model(model)
                    indexes.setdefault(model, []).append(index)
                rebuilders.append((name, rebuilder))
        if not options["schema_only"]:
            for model, model_indexes in indexes.items():
                self.index_model(stages, model, model_indexes, options["chunk_size"])
        for name, rebuilder in rebuilders:
            with stages.stage(f"{name}: finishing the index", summary="done"):
                rebuilder.finish()
        self.write(f"Search indexes rebuilt in {format_seconds(stages.elapsed())}")

    def index_model(self, stages, model, indexes, chunk_size):
        """Adds the model's indexed objects to each of its indexes, a chunk at a time."""
        objects = model.get_indexed_objects().order_by("pk")
        with stages.stage(model._meta.label, total=objects.count(), unit="objects") as stage:
            for chunk in self.queryset_chunks(objects, chunk_size):
                # Every index reads the same values of an object: each is worked out once.
                with texts_read_once():
                    for index in indexes:
                        index.add_items(model, chunk)
                stage.advance(len(chunk))

    def queryset_chunks(self, qs, chunk_size=DEFAULT_CHUNK_SIZE):
        """The objects, `chunk_size` at a time, each chunk after the last one's key (modelsearch
        pages by OFFSET, which reads all the rows before the chunk again)."""
        chunk = list(qs[:chunk_size])
        while chunk:
            yield chunk
            chunk = list(qs.filter(pk__gt=chunk[-1].pk)[:chunk_size])
