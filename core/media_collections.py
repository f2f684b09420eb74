"""The collection of public images and documents, where editors, moderators and translators work.

Wagtail's collection permissions reach every collection below the one they are granted on. So
the roles get theirs on this collection (home/migrations/0006_public_collection.py), never on
the root: private collections (the working groups', workspace/access.py) sit beside it, out of
their reach. Only administrators hold permissions on the root.
"""

from wagtail.models import Collection

PUBLIC_COLLECTION_NAME = "Public"


def public_collection():
    """The "Public" collection below the root (the migration creates it with the permissions)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PUBLIC_COLLECTION_NAME).first()
    return collection or root.add_child(name=PUBLIC_COLLECTION_NAME)
