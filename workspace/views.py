"""Topic proposals and votes (/<lang>/workspace/proposals/…) and the members' sign-in.

Every view answers members, moderators and administrators only; anonymous visitors are sent to
sign in and back. Changes are POST only (CSRF protected) and redirect after the post, so a
reload never sends them again.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import LoginView, redirect_to_login
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from workspace.access import can_access_workspace, can_moderate_proposals, no_access_response
from workspace.forms import DUPLICATE_TITLE_MESSAGE, ModerationForm, ProposalForm
from workspace.models import ProposalStatus, TopicProposal, WorkspacePage

PROPOSALS_PER_PAGE = 25


def members_only(view):
    """Sign-in required, and membership of a workspace group; responses are never cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            # After signing in, a GET comes back here; a POST goes back to the list.
            back = request.get_full_path() if request.method == "GET" else proposals_url()
            return redirect_to_login(back)
        if not can_access_workspace(request.user):
            return no_access_response(request)
        return view(request, *args, **kwargs)

    return never_cache(wrapped)


def proposals_url(status=None, proposal=None):
    url = reverse("workspace:proposals")
    if status and status != ProposalStatus.OPEN:
        url += f"?status={status}"
    if proposal is not None:
        url += f"#proposal-{proposal.pk}"
    return url


def back_to_list(request, proposal):
    """The list the member came from (the `next` field), at the proposal they acted on."""
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(f"{next_url.split('#')[0]}#proposal-{proposal.pk}")
    return redirect(proposals_url(proposal.status, proposal))


@members_only
def proposal_list(request):
    status = request.GET.get("status")
    if status not in ProposalStatus.values:
        status = ProposalStatus.OPEN
    proposals = TopicProposal.objects.filter(status=status).ranked(voter=request.user)
    items = Paginator(proposals, PROPOSALS_PER_PAGE).get_page(request.GET.get("page"))
    return render_in_workspace(
        request,
        "workspace/proposal_list.html",
        {
            "items": items,
            "status": status,
            "statuses": [
                (value, label, proposals_url(value)) for value, label in ProposalStatus.choices
            ],
            "can_moderate": can_moderate_proposals(request.user),
        },
    )


@members_only
def propose(request):
    form = ProposalForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            proposal, created = TopicProposal.objects.propose(
                request.user,
                form.cleaned_data["title"],
                form.cleaned_data["description"],
                Locale.get_active(),
            )
        except IntegrityError:
            # Someone else proposed the title a moment ago.
            form.add_error("title", DUPLICATE_TITLE_MESSAGE)
        else:
            if created:
                messages.success(
                    request, _("Thank you: “%(title)s” is open for votes.") % {"title": proposal}
                )
            else:
                messages.info(request, _("You proposed “%(title)s” already.") % {"title": proposal})
            return redirect(proposals_url(proposal=proposal))
    return render_in_workspace(request, "workspace/proposal_form.html", {"form": form})


@require_POST
@members_only
def vote(request, pk):
    proposal = get_object_or_404(TopicProposal, pk=pk)
    if not proposal.is_open:
        messages.error(request, _("Voting on “%(title)s” has closed.") % {"title": proposal})
    elif proposal.add_vote(request.user):
        messages.success(request, _("Your vote for “%(title)s” counts.") % {"title": proposal})
    else:
        messages.info(request, _("You voted for “%(title)s” already.") % {"title": proposal})
    return back_to_list(request, proposal)


@require_POST
@members_only
def withdraw(request, pk):
    proposal = get_object_or_404(TopicProposal, pk=pk)
    if not proposal.is_open:
        messages.error(request, _("Voting on “%(title)s” has closed.") % {"title": proposal})
    elif proposal.withdraw_vote(request.user):
        messages.success(
            request, _("Your vote for “%(title)s” is withdrawn.") % {"title": proposal}
        )
    else:
        messages.info(request, _("You had not voted for “%(title)s”.") % {"title": proposal})
    return back_to_list(request, proposal)


@members_only
def moderate(request, pk):
    if not can_moderate_proposals(request.user):
        return no_access_response(request)
    proposal = get_object_or_404(TopicProposal.objects.ranked(), pk=pk)
    form = ModerationForm(request.POST or None, instance=proposal)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                proposal = form.save()
        except IntegrityError:
            form.add_error("status", DUPLICATE_TITLE_MESSAGE)
        else:
            messages.success(
                request,
                _("“%(title)s” is now: %(status)s.")
                % {"title": proposal, "status": proposal.get_status_display()},
            )
            return redirect(proposals_url(proposal.status, proposal))
    return render_in_workspace(
        request, "workspace/proposal_moderate.html", {"form": form, "proposal": proposal}
    )


def localized_workspace():
    """The workspace page in the visitor's language (or any), None if there is none."""
    pages = WorkspacePage.objects.live()
    return pages.filter(locale=Locale.get_active()).first() or pages.first()


def render_in_workspace(request, template, context):
    """Render a proposal view with the workspace page for its breadcrumbs."""
    return render(request, template, {**context, "workspace_page": localized_workspace()})


class SignInView(LoginView):
    """Members sign in here; without a `next` address they land in the workspace."""

    def get_default_redirect_url(self):
        workspace = localized_workspace()
        return workspace.get_url(self.request) if workspace else "/"
