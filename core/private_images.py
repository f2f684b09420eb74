"""Private images: their files follow their collection, and only those allowed get them.

An image's files are stored under `private/` while its collection is restricted
(core/models/images.py). When an image changes collection, or a collection gains or loses a
restriction, the original moves to the other side and its renditions are deleted, to be made
again on first use where the original now is. The view below serves the private files.
"""

import mimetypes

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.admin.views import collections
from wagtail.models import CollectionViewRestriction

from core.models.images import CustomImage, CustomRendition
from core.private_media import PRIVATE_PREFIX, is_restricted

# Browsers may keep a private image this long, never shared caches.
PRIVATE_IMAGE_MAX_AGE = 3600


def store_where_collection_says(image, private=None):
    """Move an image's files to the private or the public side, as its collection says."""
    if private is None:
        private = is_restricted(image.collection)
    if private == image.is_stored_privately:
        return
    storage = image.file.storage
    old_name = image.file.name
    wanted_name = PRIVATE_PREFIX + old_name if private else old_name.removeprefix(PRIVATE_PREFIX)
    with storage.open(old_name) as original:
        new_name = storage.save(wanted_name, original)
    CustomImage.objects.filter(pk=image.pk).update(file=new_name)
    image.file.name = new_name
    # Deleting them one by one lets Wagtail remove their files and cache entries.
    for rendition in image.renditions.all():
        rendition.delete()
    # Only once the new name is saved: a rolled-back move leaves the image its old file.
    transaction.on_commit(lambda: storage.delete(old_name))


def store_collection_images(collection):
    """Move the images of a collection and of those below it that are on the wrong side."""
    for member in collection.get_descendants(inclusive=True):
        private = is_restricted(member)
        images = CustomImage.objects.filter(collection=member)
        on_wrong_side = (
            images.exclude(file__startswith=PRIVATE_PREFIX)
            if private
            else images.filter(file__startswith=PRIVATE_PREFIX)
        )
        for image in on_wrong_side:
            store_where_collection_says(image, private)


def image_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        store_where_collection_says(instance)


def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        store_collection_images(instance.collection)


def connect_signals():
    post_save.connect(image_saved, sender=CustomImage)
    post_save.connect(restriction_changed, sender=CollectionViewRestriction)
    post_delete.connect(restriction_changed, sender=CollectionViewRestriction)


class CollectionEditView(collections.Edit):
    """Wagtail's collection form, which also moves the images of a collection moved into or out
    of a restricted one (treebeard's move sends no signal)."""

    def save_instance(self):
        collection = super().save_instance()
        store_collection_images(collection)
        return collection


def image_of_private_file(stored_name):
    rendition = (
        CustomRendition.objects.filter(file=stored_name).select_related("image__collection").first()
    )
    if rendition is not None:
        return rendition.image
    return CustomImage.objects.filter(file=stored_name).select_related("collection").first()


@require_safe
def serve_private_image(request, name):
    """A private image's file, for those its collection's restrictions let in; else 404.

    404 rather than a sign-in page: this answers `<img>` requests, and tells no one that a
    private file of that name exists.
    """
    stored_name = PRIVATE_PREFIX + name
    image = image_of_private_file(stored_name)
    if image is None or not all(
        restriction.accept_request(request)
        for restriction in image.collection.get_view_restrictions()
    ):
        raise Http404
    try:
        file = image.file.storage.open(stored_name)
    except FileNotFoundError as missing:
        raise Http404 from missing
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(file, content_type=content_type)
    patch_cache_control(response, private=True, max_age=PRIVATE_IMAGE_MAX_AGE)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
