"""People and forms of the tests of a working group's images and documents."""

from django.contrib.auth.models import Group

from tests.roles import EDITORS, GERMAN_TRANSLATORS, MEMBERS, MODERATORS, user_in
from tests.workspace.factories import WorkingGroupPageFactory

OUTSIDERS = ["editor", "moderator", "translator", "member of another group"]


def group_member(username, *extra_groups):
    """In the Members group (to enter the workspace) and in `extra_groups`."""
    user = user_in(MEMBERS, username)
    user.groups.add(*Group.objects.filter(name__in=extra_groups))
    return user


def outsider(role):
    """Someone in `role` with admin access, but not in the working group."""
    if role == "member of another group":
        person = group_member("other-member", EDITORS)
        WorkingGroupPageFactory(title="Open data", members=[person])
        return person
    return user_in(
        {"editor": EDITORS, "moderator": MODERATORS, "translator": GERMAN_TRANSLATORS}[role], role
    )


def image_form(image, **changes):
    return {
        "title": image.title,
        "collection": image.collection_id,
        "tags": "",
        "description": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        **changes,
    }
