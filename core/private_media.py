"""Where private media files are kept, and the addresses they are given.

Files of images in restricted collections (the working groups', workspace/access.py) are
stored under `private/` (core/models/images.py). No web server serves that folder: nginx
answers 404 (deploy/nginx.conf), development serves only the public folders (cms/urls.py),
and on S3 the bucket policy leaves it unreadable. The storages below give those files the
address of the site's own view instead (core/private_images.py), which checks the
collection's restrictions on every request. The one for S3 is in core/s3_media.py, so that
only sites that store on S3 load botocore (about 28 MiB per process).
"""

from django.core.files.storage import FileSystemStorage, InMemoryStorage
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_PREFIX = "private/"


def is_restricted(collection):
    """Whether a collection, or one of the collections it sits in, has a view restriction."""
    return collection is not None and collection.get_view_restrictions().exists()


class PrivateMediaURLs:
    """Gives files under `private/` the address of the checked view, others their own."""

    def url(self, name):
        if name and name.startswith(PRIVATE_PREFIX):
            return reverse("private_media", args=[name.removeprefix(PRIVATE_PREFIX)])
        return super().url(name)


# Deconstructible under their own names: Wagtail's file clean-up task rebuilds the storage.
@deconstructible
class FileSystemMediaStorage(PrivateMediaURLs, FileSystemStorage):
    pass


@deconstructible
class InMemoryMediaStorage(PrivateMediaURLs, InMemoryStorage):
    pass
