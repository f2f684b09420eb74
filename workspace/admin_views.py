"""Wagtail admin views that name pages, narrowed to the pages the user may read (readers.py)."""

from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from workspace.readers import can_read


class ReadersPageTypesUsageReportView(PageTypesUsageReportView):
    """Wagtail's "Page types usage" report, which names the last edited page of each type: a
    working group's page only to its readers (cms/urls.py puts it in front of Wagtail's)."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        for item in page_types:
            if item.last_edited_page and not can_read(self.request.user, item.last_edited_page):
                item.last_edited_page = None
        return page_types


class ReadersOnlyBulkAction:
    """A page bulk action that leaves out the pages the user may not read, on its confirmation
    page (which lists the titles of pages the user may not act on) and when it runs."""

    def get_actionable_objects(self):
        pages, context = super().get_actionable_objects()
        user = self.request.user
        no_access = [page for page in context["items_with_no_access"] if can_read(user, page)]
        return [page for page in pages if can_read(user, page)], {"items_with_no_access": no_access}


# Wagtail's page bulk actions (wagtail_hooks.py registers these after Wagtail's, so that they
# replace them).
class ReadersOnlyDeleteBulkAction(ReadersOnlyBulkAction, DeleteBulkAction):
    pass


class ReadersOnlyMoveBulkAction(ReadersOnlyBulkAction, MoveBulkAction):
    pass


class ReadersOnlyPublishBulkAction(ReadersOnlyBulkAction, PublishBulkAction):
    pass


class ReadersOnlyUnpublishBulkAction(ReadersOnlyBulkAction, UnpublishBulkAction):
    pass


READERS_ONLY_BULK_ACTIONS = [
    ReadersOnlyDeleteBulkAction,
    ReadersOnlyMoveBulkAction,
    ReadersOnlyPublishBulkAction,
    ReadersOnlyUnpublishBulkAction,
]
