"""Private collections out of the roles' reach: they work in a "Public" collection beside them.

Wagtail's collection permissions cover every collection below the one they are granted on.
0005_roles_and_workflows granted Editors, Moderators and the translators their image and
document permissions on the root collection, and the working groups' private collections are
below the root too: an editor could change, replace or delete a group's document, or move it to
the root and with that make it public. Now:

- a collection "Public" below the root holds what the root held itself (its images and
  documents) and every child collection of the root with no view restriction in it;
- every group's permissions on the root move to "Public", except the Administrators' (they
  manage every collection, the private ones too);
- collections with a view restriction stay beside "Public", out of the roles' reach.

Plain tree paths (treebeard's: four base-36 digits per level), as migrations have no treebeard
methods; the names are copied here rather than imported so the migration stays reproducible.
"""

from django.db import migrations

PUBLIC = "Public"
ADMINISTRATORS = "Administrators"
STEP = 4
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def children(Collection, parent):
    return Collection.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)


def next_child_path(Collection, parent):
    last = children(Collection, parent).order_by("-path").first()
    number = int(last.path[-STEP:], 36) + 1 if last else 1
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = DIGITS[digit] + digits
    return parent.path + digits.rjust(STEP, "0")


def count_children(Collection, *parents):
    for parent in parents:
        parent.numchild = children(Collection, parent).count()
        parent.save(update_fields=["numchild"])


def public_collection(Collection, root):
    existing = children(Collection, root).filter(name=PUBLIC).first()
    if existing:
        return existing
    return Collection.objects.create(
        name=PUBLIC, path=next_child_path(Collection, root), depth=root.depth + 1, numchild=0
    )


def move_below(Collection, collection, parent):
    """Move `collection` and everything below it to the end of `parent`'s children."""
    old_prefix, new_prefix = collection.path, next_child_path(Collection, parent)
    depth_change = parent.depth + 1 - collection.depth
    for node in Collection.objects.filter(path__startswith=old_prefix).order_by("path"):
        node.path = new_prefix + node.path[len(old_prefix) :]
        node.depth += depth_change
        node.save(update_fields=["path", "depth"])


def separate_public_from_private(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return  # No collections at all: the site was set up differently.
    public = public_collection(Collection, root)

    for collection in list(children(Collection, root).exclude(pk=public.pk)):
        has_restriction = CollectionViewRestriction.objects.filter(
            collection__path__startswith=collection.path
        ).exists()
        if not has_restriction:
            move_below(Collection, collection, public)
    count_children(Collection, root, public)

    for model in (
        apps.get_model("wagtaildocs", "Document"),
        apps.get_model("wagtailimages", "Image"),
    ):
        model.objects.filter(collection=root).update(collection=public)

    on_root = GroupCollectionPermission.objects.filter(collection=root).exclude(
        group__name=ADMINISTRATORS
    )
    for grant in on_root:
        GroupCollectionPermission.objects.get_or_create(
            group_id=grant.group_id, collection=public, permission_id=grant.permission_id
        )
    on_root.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_roles_and_workflows"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    # Rolling back leaves the collections where they are: the previous code works with them,
    # and giving the roles the root again would open the private collections to them.
    operations = [migrations.RunPython(separate_public_from_private, migrations.RunPython.noop)]
