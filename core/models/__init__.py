"""Shared page machinery: every public page type is built from these pieces (and the table of
the cache that every process shares, shared_cache.py)."""

from core.models.base_page import BasePage
from core.models.images import CustomImage, CustomRendition
from core.models.index_page import IndexPage
from core.models.mixins import IntroductionMixin, ListingImageMixin
from core.models.querysets import ListingPageManager, ListingQuerySet
from core.models.shared_cache import DatabaseCacheEntry

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "DatabaseCacheEntry",
    "IndexPage",
    "IntroductionMixin",
    "ListingImageMixin",
    "ListingPageManager",
    "ListingQuerySet",
]
