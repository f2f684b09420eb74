"""Who may enter the members' workspace, and how its pages and documents are kept private.

The groups are created by the data migration home/0005_roles_and_workflows. The workspace page
is restricted to them with a Wagtail PageViewRestriction, each working group's documents live in
a Collection restricted to that group's members and administrators, beside the "Public" one where
the editorial roles work (core/media_collections.py): no other role reaches them.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    PageViewRestriction,
)
from wagtail.permissions import policy_registry

MEMBERS = "Members"
MODERATORS = "Moderators"
ADMINISTRATORS = "Administrators"
# Everyone who may enter the workspace; moderators and administrators see every working group.
WORKSPACE_GROUPS = (MEMBERS, MODERATORS, ADMINISTRATORS)
STAFF_GROUPS = (MODERATORS, ADMINISTRATORS)

MODERATE_PERMISSION = "workspace.moderate_topicproposal"
# The collection that holds every working group's collection.
WORKSPACE_COLLECTION_NAME = "Members' workspace"
# What a working group's members (those of them with admin access) may do with the images and
# documents of its collection; administrators may do it through their permissions on the root.
MEMBER_MEDIA_ACTIONS = ("add", "change", "delete", "choose")


def can_access_workspace(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=WORKSPACE_GROUPS).exists()


def can_moderate_proposals(user):
    return user.is_active and user.has_perm(MODERATE_PERMISSION)


def no_access_response(request):
    """What a signed-in person outside the workspace groups sees instead of a private page."""
    response = TemplateResponse(request, "workspace/no_access.html", status=403)
    add_never_cache_headers(response)
    return response


def _groups(names):
    return list(Group.objects.filter(name__in=names))


def restrict_to_workspace_groups(page):
    """Only members, moderators and administrators may view `page` and everything below it."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    # Should the groups be missing, the restriction lets superusers in only: it fails closed.
    restriction.groups.set(_groups(WORKSPACE_GROUPS))
    return restriction


def restrict_new_workspace(sender, instance, created, raw=False, **kwargs):
    """post_save of WorkspacePage: a new workspace is private from the start.

    Translations and copies of a workspace are left alone: Wagtail copies the restriction of
    their source with them.
    """
    if not created or raw or instance.view_restrictions.exists():
        return
    is_translation = (
        type(instance)
        .objects.filter(translation_key=instance.translation_key)
        .exclude(pk=instance.pk)
        .exists()
    )
    if not is_translation:
        restrict_to_workspace_groups(instance)


def workspace_collection():
    """The parent collection of the working groups' collections, open to workspace groups only."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=WORKSPACE_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=WORKSPACE_COLLECTION_NAME)
        _restrict_collection(collection, _groups(WORKSPACE_GROUPS))
    return collection


def create_private_collection(name, member_group):
    """A collection whose documents only `member_group` and administrators can open or manage.

    Wagtail checks the restrictions of the collection and of its ancestors before it serves a
    document, so members of the group must also be in the "Members" group.
    """
    collection = workspace_collection().add_child(name=name)
    _restrict_collection(collection, [member_group, *_groups([ADMINISTRATORS])])
    grant_media_permissions(member_group, collection)
    return collection


def grant_media_permissions(group, collection):
    """Let `group` add, change, delete and choose the images and documents of `collection`."""
    # Wagtail keeps the permissions on its own models (the policies' auth_model), whatever model
    # the site uses for images and documents.
    models = [
        policy_registry.get_by_type(model).auth_model
        for model in (get_document_model(), get_image_model())
    ]
    permissions = Permission.objects.filter(
        content_type__in=ContentType.objects.get_for_models(*models).values(),
        codename__in=[
            f"{action}_{model._meta.model_name}"
            for action in MEMBER_MEDIA_ACTIONS
            for model in models
        ],
    )
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for permission in permissions
        ],
        ignore_conflicts=True,
    )


def _restrict_collection(collection, groups):
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(groups)


def create_member_group(title):
    """An auth group holding the members of one working group (documents are restricted to it)."""
    base = f"Working group: {title}"[:140]
    name, number = base, 1
    while Group.objects.filter(name=name).exists():
        number += 1
        name = f"{base} ({number})"
    return Group.objects.create(name=name)
