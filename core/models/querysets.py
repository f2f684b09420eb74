"""The query set every public page type lists itself with."""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.generation_memo import memoized


def restricted_sections():
    """The pages with a view restriction (their sections are private), from the memo."""
    return memoized(
        "restricted sections",
        lambda: [
            restriction.page for restriction in PageViewRestriction.objects.select_related("page")
        ],
    )


def alias_paths():
    """The tree paths of alias pages (few, if any), from the memo."""
    return memoized(
        "alias paths",
        lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
    )


class ListingQuerySet(PageQuerySet):
    def private_q(self):
        """Wagtail's, from the memo: one query per content generation, not one per listing."""
        q = Q()
        for page in restricted_sections():
            q |= self.descendant_of_q(page, inclusive=True)
        return q or Q(pk__in=[])

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
