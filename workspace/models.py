"""The members' workspace: private pages for working groups and meetings, topic proposals, votes.

Every page here sits below a WorkspacePage, which is restricted to the workspace groups the
moment it is created (workspace/access.py). Public listings, menus and search only ever show
`Page.objects.live().public()`, which leaves restricted pages out. Within the workspace, a
working group's pages are for its own members (workspace/readers.py).
"""

from django import forms
from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES, AgendaItemBlock, BaseStreamBlock, DocumentLinkBlock
from core.models import BasePage
from core.models.querysets import collection_view_restrictions
from core.schedule import ScheduleMixin
from workspace.access import create_member_group, create_private_collection
from workspace.readers import NetworkWideMixin, PrivatePageMixin, readable_by


class WorkspacePage(PrivatePageMixin, BasePage):
    """The entrance to the members' workspace of one language: its working groups, the next
    meetings and the topic proposals. Private to members, moderators and administrators."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["workspace.WorkingGroupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("members' workspace")
        verbose_name_plural = _("members' workspaces")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["working_groups"] = readable_by(
            WorkingGroupPage.objects.live()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions"),
            request.user,
        )
        context["upcoming_meetings"] = readable_by(
            MeetingPage.objects.live().descendant_of(self).filter(start__gte=timezone.now()),
            request.user,
        ).order_by("start", "pk")[:5]
        context["top_proposals"] = TopicProposal.objects.open().ranked()[:5]
        return context


class WorkingGroupPage(PrivatePageMixin, NetworkWideMixin, BasePage):
    """A working group of the network: who is in it, its shared documents and its meetings.

    Saving the page the first time creates an auth group for its members and a document
    collection only they and administrators can open. Members with admin access (and
    administrators) upload the group's documents into that collection. The page and its
    meetings are for the group's members, moderators and administrators; an editor of the group
    may open each of them to all members.
    """

    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    members = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        blank=True,
        related_name="working_groups",
        help_text=_(
            "Members of the group can open its documents. They also need to be in the "
            "“Members” group to enter the workspace."
        ),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("document collection"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    member_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("member group"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("members", widget=forms.CheckboxSelectMultiple),
        *NetworkWideMixin.network_wide_panels,
        FieldPanel(
            "collection",
            read_only=True,
            help_text=_("Upload the group's documents into this collection."),
        ),
    ]
    # Membership is kept on the original page; translations share its group and collection.
    override_translatable_fields = [SynchronizedField("members", overridable=False)]

    parent_page_types = ["workspace.WorkspacePage"]
    subpage_types = ["workspace.MeetingPage"]
    page_select_related = ("image", "collection", "member_group")

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def save(self, *args, **kwargs):
        is_full_save = kwargs.get("update_fields") is None
        if is_full_save and self.member_group_id is None:
            self.member_group = create_member_group(self.title)
        if is_full_save and self.collection_id is None:
            self.collection = create_private_collection(self.title, self.member_group)
        super().save(*args, **kwargs)
        # Drafts save with update_fields; members take effect when the page is published.
        if is_full_save and self.member_group_id and self._is_original():
            self.member_group.user_set.set(self.members.all())

    def _is_original(self):
        """True for the page its translations were copied from: it alone sets the membership."""
        first = (
            WorkingGroupPage.objects.filter(translation_key=self.translation_key)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        return first == self.pk

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["group_members"] = (
            self.member_group.user_set.filter(is_active=True).order_by(
                "first_name", "last_name", "username"
            )
            if self.member_group
            else []
        )
        context["can_open_documents"] = self.can_open_documents(request)
        context["documents"] = (
            get_document_model().objects.filter(collection=self.collection).order_by("title")
            if self.collection_id and context["can_open_documents"]
            else []
        )
        context["meetings"] = readable_by(
            MeetingPage.objects.live().child_of(self), request.user
        ).order_by("-start", "pk")
        return context

    def can_open_documents(self, request):
        if self.collection is None:
            return False
        return all(
            restriction.accept_request(request)
            for restriction in collection_view_restrictions(self.collection)
        )


class MeetingPage(PrivatePageMixin, NetworkWideMixin, ScheduleMixin, BasePage):
    """A meeting of a working group: when, the agenda beforehand, the minutes afterwards, the
    documents, and the public event it belongs to, if any. For the group's members, like the
    group's page, unless opened to all members."""

    # Unlike an event's, a meeting's end is optional.
    end = models.DateTimeField(_("end"), null=True, blank=True)
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("A room, an address or “Online”. Share meeting links in the agenda."),
    )
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    minutes = RichTextField(_("minutes"), blank=True, features=RICH_TEXT_FEATURES)
    documents = StreamField(
        [("document", DocumentLinkBlock())],
        blank=True,
        verbose_name=_("documents"),
        help_text=_("Choose documents from the working group's collection to keep them private."),
    )
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("public event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The public event this meeting is part of, if any."),
    )

    end_before_start_message = _("The meeting must end after it starts.")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                *ScheduleMixin.schedule_panels,
                FieldPanel("location"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
        FieldPanel("documents"),
        FieldPanel("event"),
        *NetworkWideMixin.network_wide_panels,
    ]
    localized_relations = ("event",)
    page_select_related = ("image", "event")

    parent_page_types = ["workspace.WorkingGroupPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("Open for votes")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class TopicProposalQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ProposalStatus.OPEN)

    def ranked(self, voter=None):
        """Most votes first, with what the list shows, in one query.

        With `voter`, each proposal also says whether that person voted for it (`has_voted`).
        """
        proposals = self.select_related("proposed_by", "locale", "accepted_for_event").annotate(
            vote_count=Count("votes")
        )
        if voter is not None:
            proposals = proposals.annotate(
                has_voted=Exists(Vote.objects.filter(proposal=OuterRef("pk"), user=voter))
            )
        return proposals.order_by("-vote_count", "created", "pk")

    def propose(self, user, title, description, locale):
        """(proposal, created): proposing the same open title twice keeps the first proposal.

        Raises IntegrityError when someone else's open proposal has the title.
        """
        return self.get_or_create(
            proposed_by=user,
            title__iexact=title,
            status=ProposalStatus.OPEN,
            defaults={"title": title, "description": description, "locale": locale},
        )


class TopicProposal(models.Model):
    """A topic a member proposes for the next network meeting; members vote, moderators decide
    and link accepted topics to the event where they will be discussed."""

    TITLE_MAX_LENGTH = 160
    DESCRIPTION_MAX_LENGTH = 2000

    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    description = models.TextField(
        _("description"),
        blank=True,
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=_("What should the network discuss, and why now?"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="topic_proposals",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.OPEN
    )
    accepted_for_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("accepted for event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = TopicProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("topic proposal")
        verbose_name_plural = _("topic proposals")
        constraints = [
            models.UniqueConstraint(
                Lower("title"),
                condition=Q(status="open"),
                name="workspace_unique_open_proposal_title",
            )
        ]
        permissions = [("moderate_topicproposal", _("Can accept or decline topic proposals"))]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.status == ProposalStatus.OPEN

    def add_vote(self, user):
        """Vote for the proposal; True if this added a vote, False if the user had voted already.

        Two requests at once cannot both add one: the database's unique constraint decides.
        """
        try:
            with transaction.atomic():
                Vote.objects.create(proposal=self, user=user)
        except IntegrityError:
            return False
        return True

    def withdraw_vote(self, user):
        """Take back the user's vote; True if there was one."""
        deleted, _by_model = Vote.objects.filter(proposal=self, user=user).delete()
        return bool(deleted)


class Vote(models.Model):
    """One member's vote for one topic proposal; a member votes at most once per proposal."""

    proposal = models.ForeignKey(
        TopicProposal, verbose_name=_("proposal"), on_delete=models.CASCADE, related_name="votes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="topic_votes",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "user"], name="workspace_one_vote_per_member"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.proposal}"
