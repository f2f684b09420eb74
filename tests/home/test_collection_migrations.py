"""The migrations that take private collections out of the editorial roles' reach, run on a
database as it was before them (the migrations' functions, given the current models)."""

import importlib

import pytest
import wagtail_factories
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from core.media_collections import public_collection
from tests.helpers import make_document
from tests.roles import EDITORS, MODERATORS
from tests.workspace.factories import WorkingGroupPageFactory, WorkspacePageFactory

pytestmark = pytest.mark.django_db

public_collection_migration = importlib.import_module("home.migrations.0006_public_collection")
private_collections_migration = importlib.import_module(
    "workspace.migrations.0004_private_collections"
)


def restricted(collection):
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def names_below(collection):
    return {child.name for child in collection.get_children()}


class TestPublicCollection:
    @pytest.fixture
    def before(self, home):
        """The root as home/0005 left it: the roles' permissions and shared media on it."""
        root = Collection.get_first_root_node()
        editors = Group.objects.get(name=EDITORS)
        add_document = Permission.objects.get(codename="add_document")
        GroupCollectionPermission.objects.filter(group=editors).delete()
        GroupCollectionPermission.objects.create(
            group=editors, collection=root, permission=add_document
        )
        demo = root.add_child(name="Demo content")
        private = restricted(root.add_child(name="Board"))
        mixed = root.add_child(name="Projects")
        restricted(mixed.add_child(name="Tenders"))
        return {
            "root": root,
            "demo": demo,
            "private": private,
            "mixed": mixed,
            "demo image": wagtail_factories.ImageFactory(collection=demo),
            "root document": make_document(collection=root),
            "editors": editors,
            "add_document": add_document,
        }

    def migrate(self):
        public_collection_migration.separate_public_from_private(apps, None)

    def test_unrestricted_collections_move_below_public(self, before):
        self.migrate()
        public = public_collection()
        assert names_below(public) == {"Demo content"}
        assert names_below(before["root"]) == {"Public", "Board", "Projects"}
        before["demo image"].refresh_from_db()
        assert before["demo image"].collection.get_parent() == public

    def test_the_tree_stays_sound(self, before):
        self.migrate()
        assert all(problems == [] for problems in Collection.find_problems())
        assert Collection.objects.get(pk=before["mixed"].pk).get_children().count() == 1

    def test_media_of_the_root_move_to_public(self, before):
        self.migrate()
        before["root document"].refresh_from_db()
        assert before["root document"].collection == public_collection()

    def test_permissions_on_the_root_move_to_public_except_the_administrators(self, before):
        self.migrate()
        on_root = GroupCollectionPermission.objects.filter(collection=before["root"])
        assert set(on_root.values_list("group__name", flat=True)) == {"Administrators"}
        assert GroupCollectionPermission.objects.filter(
            group=before["editors"],
            collection=public_collection(),
            permission=before["add_document"],
        ).exists()

    def test_running_twice_changes_nothing(self, before):
        self.migrate()
        paths = list(Collection.objects.order_by("pk").values_list("pk", "path"))
        self.migrate()
        assert list(Collection.objects.order_by("pk").values_list("pk", "path")) == paths


class TestWorkingGroupCollections:
    def test_moderators_lose_access_and_the_members_gain_permissions(self, home):
        group = WorkingGroupPageFactory(parent=WorkspacePageFactory())
        restriction = group.collection.view_restrictions.get()
        # As workspace/access.py made them before.
        restriction.groups.add(Group.objects.get(name=MODERATORS))
        GroupCollectionPermission.objects.filter(collection=group.collection).delete()

        private_collections_migration.members_and_administrators_only(apps, None)

        assert set(restriction.groups.values_list("name", flat=True)) == {
            group.member_group.name,
            "Administrators",
        }
        granted = set(
            GroupCollectionPermission.objects.filter(
                collection=group.collection, group=group.member_group
            ).values_list("permission__codename", flat=True)
        )
        assert granted == {
            f"{action}_{model}"
            for action in ("add", "change", "delete", "choose")
            for model in ("document", "image")
        }
