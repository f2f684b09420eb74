"""Who may read which page of the members' workspace: one rule for the site and the admin.

Moderators and administrators read every workspace page. Members read the workspace, the pages
of the working groups they belong to and the pages marked open to all members; nobody else reads
any. The site serves a workspace page to its readers only (wagtail_hooks.py). In the admin, page
permissions count on a workspace page only for its readers (PrivatePageMixin), and the page
listings, searches, reports and site history leave the other pages out
(ReadersOnlyPagePermissionPolicy, registered in apps.py), as does the page chooser
(wagtail_hooks.py).
"""

import functools

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.db.models.functions import Left, Length
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from workspace.access import STAFF_GROUPS, WORKSPACE_GROUPS

STAFF = "staff"
MEMBER = "member"


class PrivatePageMixin:
    """What sets workspace pages apart from public ones: never in a sitemap, and only their
    titles in the search index (for editors), so private text never reaches it. Members
    translate them on purpose: locale sync makes no copies in other languages."""

    search_fields = Page.search_fields
    copy_to_other_languages = False

    def get_sitemap_urls(self, request=None):
        return []

    def permissions_for_user(self, user):
        return ReadersPagePermissionTester(user, self)


class NetworkWideMixin(models.Model):
    """Opens a working group's page to the members of every working group."""

    network_wide = models.BooleanField(
        _("open to all members"),
        default=False,
        help_text=_(
            "Members of every working group can read this page. Otherwise only the members of "
            "its working group, moderators and administrators can."
        ),
    )

    network_wide_panels = [FieldPanel("network_wide")]

    class Meta:
        abstract = True


def reader_role(user):
    """STAFF (reads every workspace page), MEMBER, or None (reads none).

    Kept on the user object for the rest of the request, as Wagtail keeps page permissions.
    """
    if not user.is_active:
        return None
    if user.is_superuser:
        return STAFF
    if not hasattr(user, "_workspace_reader_role"):
        # All of them, kept on the user too: the page's view restrictions check them again.
        prefetch_related_objects([user], "groups")
        names = {group.name for group in user.groups.all()} & set(WORKSPACE_GROUPS)
        user._workspace_reader_role = (
            STAFF if names & set(STAFF_GROUPS) else MEMBER if names else None
        )
    return user._workspace_reader_role


def pages_hidden_from(user):
    """The workspace pages `user` may not read, as a query set of pages.

    Each page is opened to all members on its own: a working group's open page leaves its
    meetings to the group.
    """
    role = reader_role(user)
    if role == STAFF:
        return Page.objects.none()
    if role is None:
        return Page.objects.type(PrivatePageMixin)
    # Through Page's reverse relations to the page types: workspace.models builds on this module.
    other_groups = Page.objects.filter(workinggrouppage__isnull=False).exclude(
        workinggrouppage__member_group__in=user.groups.all()
    )
    closed_groups = other_groups.filter(workinggrouppage__network_wide=False)
    closed_meetings = (
        Page.objects.filter(meetingpage__network_wide=False)
        .alias(group_path=Left("path", Length("path") - Page.steplen))
        .filter(group_path__in=other_groups.values("path"))
    )
    return Page.objects.filter(
        Q(pk__in=closed_groups.values("pk")) | Q(pk__in=closed_meetings.values("pk"))
    )


def readable_by(pages, user):
    """The query set `pages` without the workspace pages `user` may not read."""
    if reader_role(user) == STAFF:
        return pages
    return pages.exclude(pk__in=pages_hidden_from(user).values("pk"))


def can_read(user, page):
    """Whether `user` may read `page` (any page: those outside the workspace are not ours)."""
    if not issubclass(page.specific_class, PrivatePageMixin):
        return True
    role = reader_role(user)
    if role != MEMBER:
        return role == STAFF
    # One query per request, however many pages the admin asks about.
    if not hasattr(user, "_hidden_workspace_page_ids"):
        user._hidden_workspace_page_ids = set(pages_hidden_from(user).values_list("pk", flat=True))
    return page.pk not in user._hidden_workspace_page_ids


class ReadersPagePermissionTester(PagePermissionTester):
    """Page permissions on a workspace page count for its readers only: to anyone else the page
    is as if outside the trees their groups may edit, so every admin view refuses it."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if not can_read(user, page):
            self.permissions = set()


class ReadersOnlyPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permission policy without the workspace pages a user may not read."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return can_read(user, instance) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return readable_by(super().instances_user_has_any_permission_for(user, actions), user)

    def explorable_instances(self, user):
        return readable_by(super().explorable_instances(user), user)


def readers_only(view, page_of):
    """`view`, refused (403) to a user who may not read the page it is about.

    For wagtail-localize's "Translate page" and "Sync translated pages", which check only the
    global permission to translate (cms/urls.py puts these in front of them). `page_of` takes
    the view's URL arguments and gives the page, or None when there is none.
    """

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        page = page_of(**kwargs)
        if page is not None and not can_read(request.user, page):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def page_by_id(page_id):
    return Page.objects.filter(pk=page_id).first()


def page_of_translation_source(translation_source_id):
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    try:
        instance = source.get_source_instance() if source else None
    except ObjectDoesNotExist:
        return None
    return instance if isinstance(instance, Page) else None
