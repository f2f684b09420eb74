"""Wagtail admin views that name pages, narrowed to the pages the user may read (readers.py)."""

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
