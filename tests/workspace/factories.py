import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from tests.home.factories import site_home
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


class WorkspacePageFactory(wagtail_factories.PageFactory):
    """The English workspace at /en/workspace/ (one per home page)."""

    title = "Members' workspace"
    slug = "workspace"
    parent = factory.LazyFunction(site_home)
    introduction = "Working groups, meetings and topic proposals."

    class Meta:
        model = WorkspacePage
        django_get_or_create = ("parent", "slug")


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    """A working group; pass members=[...] to put people in it (its auth group follows)."""

    title = factory.Sequence(lambda n: f"Working group {n}")
    parent = factory.LazyFunction(lambda: WorkspacePageFactory())
    introduction = "A working group of the network."
    description = "<p>The group meets every quarter.</p>"

    class Meta:
        model = WorkingGroupPage
        skip_postgeneration_save = True

    @factory.post_generation
    def members(page, create, extracted, **kwargs):
        if extracted:
            page.members.set(extracted)
            if create:
                page.save()


class MeetingPageFactory(wagtail_factories.PageFactory):
    """A meeting a week from now, with a two-item agenda."""

    title = factory.Sequence(lambda n: f"Meeting {n}")
    parent = factory.LazyFunction(lambda: WorkingGroupPageFactory())
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda meeting: meeting.start + datetime.timedelta(hours=2))
    time_zone = "Europe/Berlin"
    location = "Online"
    agenda = factory.LazyFunction(
        lambda: [
            {"type": "item", "value": {"time": "10:00", "title": "Welcome", "description": ""}},
            {"type": "item", "value": {"time": "10:15", "title": "Reports", "description": ""}},
        ]
    )
    minutes = "<p>The group agreed on a work plan.</p>"

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
