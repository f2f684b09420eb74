from django.contrib.auth.models import Permission
from wagtail import hooks
from wagtail.models import PageViewRestriction

from workspace.access import no_access_response


# Outermost (order -1), so it runs before Wagtail's own check, which sends everyone who fails a
# group restriction to the sign-in page: a signed-in person would go round in circles.
@hooks.register("on_serve_page", order=-1)
def no_access_page_for_signed_in_outsiders(serve):
    def serve_unless_outsider(page, request, serve_args, serve_kwargs):
        if request.user.is_authenticated:
            for restriction in page.get_view_restrictions():
                is_group_restriction = restriction.restriction_type == PageViewRestriction.GROUPS
                if is_group_restriction and not restriction.accept_request(request):
                    return no_access_response(request)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_unless_outsider


@hooks.register("register_permissions")
def register_moderation_permission():
    """Lets administrators grant "accept or decline topic proposals" in the group editor."""
    return Permission.objects.filter(
        content_type__app_label="workspace", codename="moderate_topicproposal"
    )
