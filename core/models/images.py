"""The site's image model: Wagtail's own, except where the files of private images are kept.

An image in a restricted collection (a working group's, core/private_media.py) and its
renditions are stored under `private/`, which no web server serves: their URLs lead to the
site's checked view instead. Anywhere else they are plain media files, served as they are.
"""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from core.private_media import PRIVATE_PREFIX, is_restricted


class CustomImage(AbstractImage):
    # Permissions stay on Wagtail's own image model: its permission policy looks for them there.
    admin_form_fields = WagtailImage.admin_form_fields

    def get_upload_to(self, filename):
        path = super().get_upload_to(filename)
        return PRIVATE_PREFIX + path if is_restricted(self.collection) else path

    @property
    def is_stored_privately(self):
        return self.file.name.startswith(PRIVATE_PREFIX)

    class Meta(AbstractImage.Meta):
        verbose_name = WagtailImage._meta.verbose_name
        verbose_name_plural = WagtailImage._meta.verbose_name_plural
        # The checked view finds a private file's image by its name.
        indexes = [models.Index(fields=["file"], name="core_customimage_file_idx")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        # A rendition is kept where its original is.
        path = super().get_upload_to(filename)
        return PRIVATE_PREFIX + path if self.image.is_stored_privately else path

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        indexes = [models.Index(fields=["file"], name="core_customrendition_file_idx")]
