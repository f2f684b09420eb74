"""Pages written in bulk, with the tree fields treebeard and Wagtail would give them.

The `wagtailcore_page` rows go in with `bulk_create` and the rows of each page type after them;
pages are live without revisions. `verify_saves` then saves a sample of every type through the
ORM (and rolls it back) to prove that `save()` would neither change nor reject what was written.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from wagtail.models import Page

# Tree fields the writer computes; everything else is copied from the page as built.
TREE_FIELDS = {"id", "path", "depth", "numchild", "url_path"}
VERIFIED_PER_TYPE = 5


class PageWriter:
    """Adds live pages below a parent in bulk, with the tree fields Wagtail would give them."""

    def __init__(self):
        self.pages_by_model = {}

    def add_children(self, parent, pages):
        if not pages:
            return pages
        parent = Page.objects.get(pk=parent.pk)  # fresh tree fields
        model = type(pages[0])
        # Only page types that inherit straight from Page: one parent row, one own row.
        assert model._meta.get_parent_list() == [Page], model
        last_child = parent.get_last_child()
        step = Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0
        content_type = ContentType.objects.get_for_model(model)
        page_fields = [field for field in Page._meta.concrete_fields if field.name != "id"]
        rows = []
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.draft_title = page.title
            page.has_unpublished_changes = not page.live
            rows.append(
                Page(**{field.attname: getattr(page, field.attname) for field in page_fields})
            )
        Page.objects.bulk_create(rows, batch_size=500)
        for page, row in zip(pages, rows, strict=True):
            page.page_ptr_id = page.id = row.pk
        own_fields = model._meta.local_concrete_fields
        batch_size = connection.ops.bulk_batch_size(own_fields, pages) or len(pages)
        for start in range(0, len(pages), batch_size):
            model._base_manager._insert(pages[start : start + batch_size], fields=own_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.pages_by_model.setdefault(model, []).extend(pages)
        return pages

    @staticmethod
    def relate(field, links):
        """Rows of a many-to-many field (ParentalManyToManyField too): (page, [related pks])."""
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = [
            through(**{source: page.pk, target: related_pk})
            for page, related_pks in links
            for related_pk in dict.fromkeys(related_pks)
        ]
        through.objects.bulk_create(rows, batch_size=2000)
        return len(rows)

    @staticmethod
    def translated_copy(page, locale, **changes):
        """A new, unsaved instance of the page's type with its fields, in `locale`."""
        model = type(page)
        fields = {
            field.attname: getattr(page, field.attname)
            for field in model._meta.concrete_fields
            if field.name not in TREE_FIELDS and not field.primary_key
        }
        return model(**{**fields, "locale_id": locale.pk, **changes})


class SaveWouldChange(Exception):
    pass


def verify_saves(pages_by_model):
    """Saving a sample of each type through the ORM changes nothing and passes validation.

    Catches fields that a model's save() derives and the bulk writer does not know about.
    """
    problems = []
    for model, pages in pages_by_model.items():
        fields = [field for field in model._meta.concrete_fields if not field.primary_key]
        for page in pages[:: max(1, len(pages) // VERIFIED_PER_TYPE)][:VERIFIED_PER_TYPE]:
            with transaction.atomic():
                savepoint = transaction.savepoint()
                before = model.objects.get(pk=page.pk)
                try:
                    before.full_clean()
                except Exception as error:
                    problems.append(f"{model.__name__} {page.pk}: {error}")
                    transaction.savepoint_rollback(savepoint)
                    continue
                model.objects.get(pk=page.pk).save()
                after = model.objects.get(pk=page.pk)
                transaction.savepoint_rollback(savepoint)
            problems += [
                f"{model.__name__}.{field.name}: written {field.value_to_string(before)!r}, "
                f"save() makes it {field.value_to_string(after)!r}"
                for field in fields
                if field.value_to_string(before) != field.value_to_string(after)
            ]
    if problems:
        raise SaveWouldChange(
            "The bulk writer is out of step with the models:\n" + "\n".join(problems)
        )
