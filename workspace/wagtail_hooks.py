from django.contrib.auth.models import Permission
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.models import PageViewRestriction

from workspace.access import no_access_response
from workspace.admin_views import READERS_ONLY_BULK_ACTIONS
from workspace.readers import PrivatePageMixin, can_read, pages_hidden_from, readable_by


# Outermost (order -1), so it runs before Wagtail's own check of view restrictions, which knows
# nothing of working groups and sends everyone who fails a group restriction to the sign-in
# page: a signed-in person would go round in circles.
@hooks.register("on_serve_page", order=-1)
def no_access_page_for_outsiders(serve):
    def serve_unless_outsider(page, request, serve_args, serve_kwargs):
        if isinstance(page, PrivatePageMixin) and not can_read(request.user, page):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            return no_access_response(request)
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                is_group_restriction = restriction.restriction_type == PageViewRestriction.GROUPS
                if is_group_restriction and not restriction.accept_request(request):
                    return no_access_response(request)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_unless_outsider


@hooks.register("construct_explorer_page_queryset")
def explore_readable_pages_only(parent_page, pages, request):
    """The explorer lists the children a user may read (ReadersOnlyPagePermissionPolicy); a page
    hidden from them does not head a listing either."""
    if not can_read(request.user, parent_page):
        raise PermissionDenied
    return pages


@hooks.register("construct_page_chooser_queryset")
def choose_readable_pages_only(pages, request):
    # Browsing into a page shows its title above its children: not for a page hidden from them.
    parent_id = request.resolver_match.kwargs.get("parent_page_id")
    if parent_id is not None and pages_hidden_from(request.user).filter(pk=parent_id).exists():
        raise PermissionDenied
    return readable_by(pages, request.user)


@hooks.register("register_permissions")
def register_moderation_permission():
    """Lets administrators grant "accept or decline topic proposals" in the group editor."""
    return Permission.objects.filter(
        content_type__app_label="workspace", codename="moderate_topicproposal"
    )


# After Wagtail's own (order 0), so that the registry keeps these for the same action types.
for bulk_action in READERS_ONLY_BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)
