"""Media on S3 (production with AWS_STORAGE_BUCKET_NAME), private files addressed as in
core/private_media.py. A module of its own: importing botocore costs every process about 28 MiB,
which sites storing on disk need not pay."""

from django.utils.deconstruct import deconstructible
from storages.backends.s3 import S3Storage

from core.private_media import PrivateMediaURLs


@deconstructible
class S3MediaStorage(PrivateMediaURLs, S3Storage):
    pass
