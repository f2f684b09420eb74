"""Admin additions of the home app: the translation status report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.views.translation_report import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_translation_status_report_urls():
    # Wagtail serves admin URLs only to users who may access the admin.
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="site",
        order=8900,
    )
