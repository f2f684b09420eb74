"""The query set every public page type lists itself with."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet


class ListingQuerySet(PageQuerySet):
    def in_listing(self, locale):
        """Live, public pages of one language with what listings show, in fixed queries."""
        return (
            self.live()
            .public()
            .filter(locale=locale)
            .select_related("image", *self.model.listing_select_related)
            .prefetch_related("image__renditions", *self.model.listing_prefetch_related)
        )


ListingPageManager = PageManager.from_queryset(ListingQuerySet)
