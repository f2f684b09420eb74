"""Pagination of listings of thousands of pages, at the cost of the dozen rows shown.

Two costs grow with a listing: counting it, and sorting its wide rows (a page's row carries
its texts and what it joins) to keep a dozen. The count depends only on content and filters,
and any change of content renews the memo (core/generation_memo.py), so a count kept there is
exact. The sort needs only the sort keys: a narrow query finds the page's rows by an index,
and a second fetches those rows whole, by primary key.
"""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

from core.generation_memo import memoized

# Counts kept per content generation: a crawler trying every combination of filters must not
# fill the memory; past this many, further counts are made by query each time.
KEPT_COUNTS = 1000


def remembered_count(key, items):
    """The number of `items`, a query set that `key` identifies, from the memo if counted."""
    counts = memoized("listing counts", dict)
    if key in counts:
        return counts[key]
    count = items.count()
    if len(counts) < KEPT_COUNTS:
        counts[key] = count
    return count


class LongListingPaginator(Paginator):
    """Counts from the memo under `count_key`; `rows(keys)` gives the rows of those primary
    keys as the page shows them (joined and prefetched)."""

    def __init__(self, object_list, per_page, *, count_key, rows):
        super().__init__(object_list, per_page)
        self.count_key = count_key
        self.rows = rows

    @cached_property
    def count(self):
        return remembered_count(self.count_key, self.object_list)

    def _get_page(self, object_list, number, paginator):
        keys = list(object_list.prefetch_related(None).values_list("pk", flat=True))
        by_key = {row.pk: row for row in self.rows(keys)}
        # A page unpublished between the two queries is left out.
        rows = [by_key[key] for key in keys if key in by_key]
        return super()._get_page(rows, number, paginator)
