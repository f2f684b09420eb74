"""The English members' workspace with something in it (part of `manage.py load_demo`).

Loaded after the knowledge base (meetings link its events). Safe to run again: pages are found by
parent and slug, documents by collection and title, users by name, proposals by title, and only
what is missing is added.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Site

from demo import builders
from events.models import EventPage
from home.models import HomePage
from workspace.access import MEMBERS
from workspace.models import MeetingPage, TopicProposal, WorkingGroupPage, WorkspacePage

# Accounts without a password: they propose and vote in the demo but cannot sign in. The demo
# login "member" (demo/users.py) joins the first working group if it exists.
DEMO_MEMBERS = [
    ("ana.costa", "Ana", "Costa"),
    ("jonas.weber", "Jonas", "Weber"),
    ("priya.nair", "Priya", "Nair"),
]
DEMO_LOGIN = "member"

WORKSPACE = {
    "title": "Members' workspace",
    "introduction": (
        "Working groups, meeting agendas and minutes, shared documents and the topics we "
        "propose for our next meetings."
    ),
}

WORKING_GROUPS = [
    {
        "slug": "data-governance",
        "title": "Working group on data governance",
        "introduction": "Rules, roles and platforms for urban data shared for the common good.",
        "description": (
            "<p>The group compares how member cities govern urban data and drafts the "
            "network's guidance on data sharing agreements.</p>"
        ),
        "members": ["ana.costa", "jonas.weber", DEMO_LOGIN],
        "documents": [
            ("Terms of reference", "terms-of-reference.txt"),
            ("Draft guidance on data sharing agreements", "data-sharing-guidance.txt"),
        ],
        "meeting": {
            "slug": "kick-off",
            "title": "Kick-off meeting",
            "days": -30,
            "time": (14, 0),
            "location": "Online",
            "event": "annual-network-meeting-hamburg",
            "agenda": [
                ("14:00", "Welcome and round of introductions"),
                ("14:20", "Scope of the working group"),
                ("15:00", "Work plan and next steps"),
            ],
            "minutes": (
                "<p>The group agreed to collect the data strategies of five member cities and "
                "to present a first comparison at the next network meeting.</p>"
            ),
        },
    },
    {
        "slug": "digital-participation",
        "title": "Working group on digital participation",
        "introduction": "Tools and formats that let residents take part in planning decisions.",
        "description": (
            "<p>The group exchanges experience with participation platforms and prepares "
            "study visits to cities that use them.</p>"
        ),
        "members": ["priya.nair", "ana.costa"],
        "documents": [("Participation platforms compared", "participation-platforms.txt")],
        "meeting": {
            "slug": "planning-the-study-visit",
            "title": "Planning the study visit",
            "days": 21,
            "time": (9, 30),
            "location": "Online",
            "event": None,
            "agenda": [
                ("09:30", "Which cities to visit, and why"),
                ("10:15", "Dates and travel"),
            ],
            "minutes": "",
        },
    },
]

# (title, description, proposed by, voters)
PROPOSALS = [
    (
        "Open-source software in city administrations",
        "Which cities run their core services on open source, and what did it take?",
        "ana.costa",
        ["jonas.weber", "priya.nair"],
    ),
    (
        "Digital twins for climate adaptation",
        "Heat, flooding and green space: what digital twins show planners today.",
        "jonas.weber",
        ["ana.costa"],
    ),
    (
        "Accessible digital services for older residents",
        "",
        "priya.nair",
        [],
    ),
]


class DemoWorkspaceLoader:
    """Builds the workspace; `created` counts what it added."""

    @transaction.atomic
    def load(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None or not isinstance(site.root_page.specific, HomePage):
            raise CommandError("No default site with a home page: run `manage.py migrate` first.")
        self.created = 0
        self.members = self._members()
        workspace = self._page(
            site.root_page.specific,
            WorkspacePage,
            "workspace",
            lambda: builders.workspace_page(**WORKSPACE),
        )
        for data in WORKING_GROUPS:
            group = self._page(workspace, WorkingGroupPage, data["slug"], self._group(data))
            self._documents(group, data["documents"])
            meeting = data["meeting"]
            self._page(group, MeetingPage, meeting["slug"], self._meeting(meeting))
        self._proposals(workspace.locale)
        return workspace

    def _members(self):
        users = {}
        members_group = Group.objects.filter(name=MEMBERS).first()
        for username, first_name, last_name in DEMO_MEMBERS:
            user, created = get_user_model().objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.org",
                },
            )
            if created:
                user.set_unusable_password()
                user.save()
                self.created += 1
            if members_group:
                user.groups.add(members_group)
            users[username] = user
        login = get_user_model().objects.filter(username=DEMO_LOGIN).first()
        if login:
            users[DEMO_LOGIN] = login
        return users

    def _page(self, parent, page_class, slug, build):
        """The child of `parent` with `slug`; built, added and published only if it is missing."""
        page, created = builders.ensure_child(parent, page_class, slug, build)
        self.created += created
        return page

    def _group(self, data):
        def build():
            return builders.working_group_page(
                title=data["title"],
                introduction=data["introduction"],
                description=data["description"],
                members=[self.members[name] for name in data["members"] if name in self.members],
            )

        return build

    def _meeting(self, data):
        def build():
            day = timezone.localdate() + datetime.timedelta(days=data["days"])
            start = datetime.datetime.combine(day, datetime.time(*data["time"]), datetime.UTC)
            event = EventPage.objects.filter(slug=data["event"]).first() if data["event"] else None
            return builders.meeting_page(
                title=data["title"],
                start=start,
                end=start + datetime.timedelta(hours=1, minutes=30),
                time_zone="UTC",
                location=data["location"],
                agenda=builders.agenda(*data["agenda"]),
                minutes=data["minutes"],
                event=event,
            )

        return build

    def _documents(self, group, documents):
        document_model = get_document_model()
        for title, filename in documents:
            if document_model.objects.filter(collection=group.collection, title=title).exists():
                continue
            text = f"{title}\n\n{group.title}: a demo document of the members' workspace.\n"
            document_model.objects.create(
                title=title,
                collection=group.collection,
                file=ContentFile(text.encode(), name=filename),
            )
            self.created += 1

    def _proposals(self, locale):
        for title, description, proposer, voters in PROPOSALS:
            proposal = TopicProposal.objects.filter(title=title).first()
            if proposal is None:
                proposal, _created = TopicProposal.objects.propose(
                    self.members[proposer], title, description, locale
                )
                self.created += 1
            for voter in voters:
                proposal.add_vote(self.members[voter])
