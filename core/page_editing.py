"""The page editor never silently overwrites a newer version, and a repeated workflow action
does nothing but say so.

Wagtail already compares the revision an editor opened (the form's `loaded_revision_id`, or
the editor's own autosave, `overwrite_revision_id`) with the page's latest revision, but it
refuses only autosaves (EditView.is_out_of_date): a click on Save, Publish, Submit or Approve
saved the form over whatever another person had saved meanwhile. Here every such save from
an outdated form is refused, and the editor gets the form back with their changes, a message
that names who saved the newer version and when, and links to compare the two or reload.

Saves and workflow actions on one page are serialised by a lock on the page's row, so each
sees what the one before did: a second "Approve" (a double click, or two moderators at once)
finds the review step finished and says who finished it, instead of failing or saving a draft
over the approved, now live, version. The same holds for a second "Request changes" and a
second submission for review.

PageEditingViewSet puts these views in place for every page type (core/wagtail_hooks.py).
"""

from django.db import connection, transaction
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.utils.timestamps import render_timestamp

CONFLICT = 409


def lock_page(page_id):
    """Until the transaction ends, other saves and workflow actions on this page wait here."""
    pages = Page.objects.filter(pk=page_id)
    if connection.vendor == "sqlite":
        # SQLite has no row locks: one transaction writes at a time, from its first write on.
        # Writing first makes the second request wait here for the first (its busy timeout)
        # instead of failing when it writes after reading what the first has changed since.
        pages.update(depth=F("depth"))
    else:
        list(pages.select_for_update().values_list("pk", flat=True))


def display_name(user):
    return get_user_display_name(user) if user else _("someone")


def finished_step_message(task_state):
    """Why a workflow action on `task_state`, no longer in progress, did nothing."""
    if task_state is None or task_state.finished_at is None:
        return _("Nothing was done: this page is no longer waiting for this review step.")
    names = {
        "name": display_name(task_state.finished_by),
        "time": render_timestamp(task_state.finished_at),
    }
    if task_state.status == TaskState.STATUS_APPROVED:
        return _("Nothing was done: %(name)s approved this page at %(time)s.") % names
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("Nothing was done: %(name)s requested changes to this page at %(time)s.") % names
    return _("Nothing was done: %(name)s ended this review at %(time)s.") % names


class ConflictCheckingEditView(EditView):
    """Wagtail's page editor, which refuses to save an outdated form and to repeat a step."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().dispatch(request, *args, **kwargs)
        with transaction.atomic():
            lock_page(kwargs["page_id"])
            return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        # Autosave conflicts Wagtail answers itself, with a dialog in the editor.
        if not self.expects_json_response:
            refusal = self.repeated_step_refusal() or self.newer_version_refusal()
            if refusal:
                return self.refuse(*refusal)
        return super().post(request, *args, **kwargs)

    def repeated_step_refusal(self):
        """A submission or review action that another request (or an earlier click) made."""
        workflow_state = self.page.current_workflow_state
        in_review = workflow_state and workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        if self.request.POST.get("action-submit") and in_review:
            return _("Nothing was done: this page is already waiting for review."), []
        if self.request.POST.get("action-workflow-action") and not self.workflow_action_is_valid():
            last_state = self.page.workflow_states.order_by("-created_at").first()
            task_state = last_state.current_task_state if last_state else None
            return finished_step_message(task_state), []
        return None

    def newer_version_refusal(self):
        if not self.is_out_of_date:
            return None
        newer = self.latest_revision
        names = {"name": display_name(newer.user), "time": render_timestamp(newer.created_at)}
        if newer.user_id == self.request.user.pk:
            message = _(
                "Not saved: you saved a newer version of this page at %(time)s, in another "
                "window or tab."
            )
        else:
            message = _(
                "Not saved: %(name)s saved a newer version of this page at %(time)s, after you "
                "opened it."
            )
        message = " ".join(
            [
                message % names,
                _(
                    "Your changes are still in the form below. Compare the two versions, or "
                    "reload the page to start from the newer one; saving again replaces it "
                    "with yours."
                ),
            ]
        )
        buttons = [messages.button(self.get_edit_url(), _("Reload the newer version"))]
        opened = self.opened_revision_id()
        if opened:
            compare_url = reverse(
                "wagtailadmin_pages:revisions_compare", args=[self.page.pk, opened, newer.pk]
            )
            buttons.insert(0, messages.button(compare_url, _("Compare the versions")))
        return message, buttons

    def opened_revision_id(self):
        """The revision the form was opened on (or last autosaved as), if it is this page's."""
        posted = self.request.POST.get("overwrite_revision_id") or self.request.POST.get(
            "loaded_revision_id", ""
        )
        if posted.isdigit() and self.real_page_record.revisions.filter(pk=posted).exists():
            return int(posted)
        return None

    def refuse(self, message, buttons):
        """The editor again, with the person's changes and the reason nothing was saved."""
        self.form = self.form_class(
            self.request.POST,
            self.request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=self.request.user,
        )
        messages.error(self.request, message, buttons=buttons)
        self.has_unsaved_changes = True
        response = self.render_to_response(self.get_context_data())
        response.status_code = CONFLICT
        return response


class SerialisedWorkflowActionView(WorkflowActionView):
    """Wagtail's approve and request-changes action, which a second click cannot repeat."""

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().dispatch(request, *args, **kwargs)
        with transaction.atomic():
            lock_page(self.object.pk)
            self.task_state.refresh_from_db()
            if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
                messages.warning(request, finished_step_message(self.task_state))
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(
                        request, {"step": "success", "redirect": self.redirect_url}
                    )
                return redirect(self.redirect_url)
            return super().dispatch(request, *args, **kwargs)


class PageEditingViewSet(PageViewSet):
    """The admin's views of every page type, with the edit and workflow action views above."""

    edit_view_class = ConflictCheckingEditView
    workflow_action_view_class = SerialisedWorkflowActionView
