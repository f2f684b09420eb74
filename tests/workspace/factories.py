import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from tests.home.factories import IndexPageFactory, PageFactory
from workspace.access import ADMINISTRATORS, MEMBERS, MODERATORS
from workspace.models import MeetingPage, TopicProposal, WorkingGroupPage, WorkspacePage

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A signed-up person in no group; pass groups=["Members"] to give them a role.

    The password is PASSWORD.
    """

    username = factory.Sequence(lambda n: f"person{n}")
    first_name = factory.Sequence(lambda n: f"Person{n}")
    last_name = "Example"
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*Group.objects.filter(name__in=extracted))


def member(**kwargs):
    return UserFactory(groups=[MEMBERS], **kwargs)


def moderator(**kwargs):
    return UserFactory(groups=[MODERATORS], **kwargs)


def administrator(**kwargs):
    return UserFactory(groups=[ADMINISTRATORS], **kwargs)


class WorkspacePageFactory(IndexPageFactory):
    """The English workspace at /en/workspace/ (one per home page)."""

    title = "Members' workspace"
    slug = "workspace"

    class Meta:
        model = WorkspacePage


class WorkingGroupPageFactory(PageFactory):
    """A working group; pass members=[...] to put people in it (its auth group follows)."""

    title = factory.Sequence(lambda n: f"Working group {n}")
    parent = factory.LazyFunction(lambda: WorkspacePageFactory())

    class Meta:
        model = WorkingGroupPage


class MeetingPageFactory(PageFactory):
    """A meeting a week from now, with a two-item agenda (demo/builders.py)."""

    title = factory.Sequence(lambda n: f"Meeting {n}")
    parent = factory.LazyFunction(lambda: WorkingGroupPageFactory())

    class Meta:
        model = MeetingPage


def english():
    return Locale.objects.get(language_code="en")


class TopicProposalFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    description = "Why the network should discuss it."
    proposed_by = factory.LazyFunction(member)
    locale = factory.LazyFunction(english)

    class Meta:
        model = TopicProposal


def private_document(group, title="Minutes of the last meeting", content=b"Confidential."):
    """A text document in the working group's private collection."""
    return get_document_model().objects.create(
        title=title,
        collection=group.collection,
        file=ContentFile(content, name="minutes.txt"),
    )
