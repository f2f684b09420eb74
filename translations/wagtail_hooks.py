"""Admin additions of the home app: the translation status report and the action that submits
a translation made in wagtail-localize's editor for review."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from translations.views.report import TranslationStatusReportView
from translations.views.review import (
    ConfirmTranslationReviewView,
    SubmitTranslationForReviewView,
    synced_translation,
)


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


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [
        path(
            "translation-review/<int:page_id>/",
            SubmitTranslationForReviewView.as_view(),
            name="translation_review_submit",
        ),
        path(
            "translation-review/<int:page_id>/confirm/",
            ConfirmTranslationReviewView.as_view(),
            name="translation_review_confirm",
        ),
    ]


class SubmitTranslationForReviewMenuItem(PageMenuItem):
    """Leads to the confirmation of "Submit translation for review"."""

    label = _("Submit translation for review")
    icon_name = "tasks"
    url_name = "translation_review_confirm"

    def is_shown(self, user):
        page = self.page
        # Cheapest checks first: page listings prefetch locales and workflow states, so only
        # translated pages the user may edit cost a query (the wagtail-localize record).
        return (
            page.locale.language_code != settings.LANGUAGE_CODE
            and not page.workflow_in_progress
            and page.permissions_for_user(user).can_edit()
            and synced_translation(page) is not None
        )


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def translation_review_buttons(page, user, next_url=None, view_name=None):
    yield SubmitTranslationForReviewMenuItem(page=page, next_url=next_url, priority=45)
