"""Small pieces a page type is composed of: each owns its fields and panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class IntroductionMixin(models.Model):
    """A short plain-text summary: shown in listings, search results and as meta description."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    introduction_panels = [FieldPanel("introduction")]

    class Meta:
        abstract = True


class ListingImageMixin(models.Model):
    """The picture that represents a page on its own header and in listings."""

    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    image_panels = [FieldPanel("image")]

    class Meta:
        abstract = True
