"""Submitting a translation made in wagtail-localize's editor for review.

The translation editor offers *Publish* to those who may publish but has no *Submit for
moderation*, so translators, who may not publish, could not start their language's review
workflow. This action does what the page editor's *Submit for moderation* does: it saves the
translation as a new draft revision and starts the page's workflow, whose task notifies the
moderators by email.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def synced_translation(page):
    """wagtail-localize's record that keeps `page` in step with its source page, or None.

    None for a page in the source language, and for a translation whose syncing was stopped:
    that one is edited in the page editor, which has its own *Submit for moderation*.
    """
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


def save_translation_draft(translation, page, user):
    """Save the current state of `translation` as a new draft revision of `page`.

    wagtail-localize writes the translated text into the page's row as well as into the new
    revision, which for a live page would publish it before anyone reviewed it. So the content
    that is live is put back into the row from a snapshot, keeping the new revision as the
    latest (as Wagtail does when it publishes a revision, with `with_content_json`).
    """
    live_content = page.specific.serializable_data() if page.live else None
    translation.save_target(user=user, publish=False)
    if live_content is not None:
        drafted = Page.objects.get(pk=page.pk).specific
        drafted.with_content_json(live_content).save(clean=False)


class TranslationReviewMixin:
    """Loads the translated page from the URL; only people who may edit it get further."""

    def setup(self, request, page_id, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=page_id).specific

    def dispatch(self, request, *args, **kwargs):
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def translation(self):
        return synced_translation(self.page)

    @cached_property
    def workflow_state(self):
        return self.page.current_workflow_state

    def get_next_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(
            "wagtailadmin_explore", args=[self.page.get_parent().pk]
        )

    def refusal(self):
        """Why the page cannot be submitted for review now, or None when it can."""
        page, user = self.page, self.request.user
        title = {"title": page.get_admin_display_title()}
        if self.translation is None:
            return (
                _(
                    "'%(title)s' is not a translation kept in sync with its original. Submit it "
                    "for moderation in the page editor."
                )
                % title
            )
        if self.workflow_state and self.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return _("'%(title)s' is already in review.") % title
        if self.workflow_state is None and page.get_workflow() is None:
            return _("No review workflow applies to '%(title)s'.") % title
        lock = page.get_lock()
        if lock and lock.for_user(user):
            return lock.get_message(user)
        return None

    def refuse(self, reason):
        messages.error(self.request, reason)
        return redirect(self.get_next_url())


class ConfirmTranslationReviewView(TranslationReviewMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation; reached from a translated page's "More" menus."""

    template_name = "translations/translation_review/confirm.html"
    page_title = _("Submit translation for review")
    header_icon = "tasks"

    def get(self, request, *args, **kwargs):
        reason = self.refusal()
        if reason:
            return self.refuse(reason)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return []

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            locale=self.page.locale,
            submit_url=reverse("translation_review_submit", args=[self.page.pk]),
            next_url=self.get_next_url(),
            **kwargs,
        )


class SubmitTranslationForReviewView(TranslationReviewMixin, View):
    """Saves the translation as a draft revision and starts the page's review workflow."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        reason = self.refusal()
        if reason:
            return self.refuse(reason)
        try:
            with transaction.atomic():
                save_translation_draft(self.translation, self.page, request.user)
                # A fresh instance: the workflow records the page's latest revision.
                page = Page.objects.get(pk=self.page.pk).specific
                self.start_review(page)
        except ValidationError:
            return self.refuse(
                _(
                    "'%(title)s' could not be saved: some translations are not valid. Correct "
                    "them in the translation editor and submit again."
                )
                % {"title": self.page.get_admin_display_title()}
            )
        messages.success(
            request,
            _("'%(title)s' has been submitted for review.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(self.get_next_url())

    def start_review(self, page):
        """Start the workflow on the new revision, or resume one that asked for changes."""
        user = self.request.user
        if self.workflow_state and self.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            self.workflow_state.resume(user)
        else:
            page.get_workflow().start(page, user)
