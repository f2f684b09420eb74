"""Shared page machinery: every public page type is built from these pieces."""

from core.models.base_page import BasePage
from core.models.index_page import IndexPage
from core.models.mixins import IntroductionMixin, ListingImageMixin
from core.models.querysets import ListingPageManager, ListingQuerySet

__all__ = [
    "BasePage",
    "IndexPage",
    "IntroductionMixin",
    "ListingImageMixin",
    "ListingPageManager",
    "ListingQuerySet",
]
