"""Admin additions of the search app: the query log's reports in the Reports menu."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.reports import (
    KnowledgeGapsReportView,
    SearchTermsReportView,
    search_log_permission_policy,
)

# Wagtail's own "Search terms" report (wagtail.contrib.search_promotions) counts hits this
# project never records; ours replaces it in the menu.
WAGTAIL_SEARCH_TERMS_MENU_ITEM = "search-terms"


class SearchLogReportMenuItem(MenuItem):
    def is_shown(self, request):
        return search_log_permission_policy.user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_search_log_report_urls():
    # Wagtail serves admin URLs only to users who may access the admin; the views check the
    # permission to view the log.
    return [
        path("reports/search-terms/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
        path(
            "reports/knowledge-gaps/",
            KnowledgeGapsReportView.as_view(),
            name="knowledge_gaps_report",
        ),
        path(
            "reports/knowledge-gaps/results/",
            KnowledgeGapsReportView.as_view(results_only=True),
            name="knowledge_gaps_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchLogReportMenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="search-log-terms",
        icon_name="search",
        order=9000,
    )


@hooks.register("register_reports_menu_item")
def register_knowledge_gaps_menu_item():
    return SearchLogReportMenuItem(
        _("Knowledge gaps"),
        reverse("knowledge_gaps_report"),
        name="knowledge-gaps",
        icon_name="warning",
        order=9100,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request, menu_items):
    menu_items[:] = [item for item in menu_items if item.name != WAGTAIL_SEARCH_TERMS_MENU_ITEM]


@hooks.register("register_permissions")
def register_search_log_permission():
    """Lets administrators grant "view the search reports" in the group editor."""
    return Permission.objects.filter(
        content_type__app_label="search", codename="view_searchquerystat"
    )
