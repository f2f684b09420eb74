"""The files of a working group's images: kept apart, given to the group's members only.

Outsiders are editors, moderators, translators and members of another group; insiders the
group's members and administrators (fixtures in conftest.py).
"""

import pytest
import wagtail_factories
from django.db import transaction
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from core.media_collections import public_collection
from core.private_media import PRIVATE_PREFIX
from tests.workspace.factories import administrator
from tests.workspace.group_media import group_member, image_form

pytestmark = pytest.mark.django_db


def image_files(image):
    """The stored names and the URLs of an image's original and of one of its renditions."""
    rendition = image.get_rendition("fill-20x20")
    return [(image.file.name, image.file.url), (rendition.file.name, rendition.url)]


def assert_served_to(client, url, stored_name, storage):
    response = client.get(url)
    assert response.status_code == 200, url
    assert b"".join(response.streaming_content) == storage.open(stored_name).read()
    assert "private" in response["Cache-Control"]


class TestPrivateImageFiles:
    def test_are_stored_apart_with_the_checked_address(self, private_image):
        for stored_name, url in image_files(private_image):
            assert stored_name.startswith(PRIVATE_PREFIX)
            assert url == reverse("private_media", args=[stored_name.removeprefix(PRIVATE_PREFIX)])

    def test_public_images_stay_plain_media_files(self, db):
        image = wagtail_factories.ImageFactory(collection=public_collection())
        for stored_name, url in image_files(image):
            assert not stored_name.startswith(PRIVATE_PREFIX)
            assert url == f"/media/{stored_name}"

    def test_outsiders_get_not_found(self, outsider_client, private_image):
        for _, url in image_files(private_image):
            assert outsider_client.get(url).status_code == 404

    def test_anonymous_visitors_too(self, client, private_image):
        for _, url in image_files(private_image):
            assert client.get(url).status_code == 404

    def test_the_groups_members_and_administrators_get_them(self, insider_client, private_image):
        for stored_name, url in image_files(private_image):
            assert_served_to(insider_client, url, stored_name, private_image.file.storage)

    def test_members_without_admin_access_too(self, client, working_group, private_image):
        person = group_member("plain-member")
        working_group.members.add(person)
        working_group.save()
        client.force_login(person)
        for stored_name, url in image_files(private_image):
            assert_served_to(client, url, stored_name, private_image.file.storage)

    def test_nothing_else_is_served_from_the_private_folder(self, client, insider, private_image):
        client.force_login(insider)
        for name in ["documents/minutes.txt", "original_images/missing.png", "../settings.py"]:
            assert client.get(f"/private-media/{name}").status_code == 404
        assert client.post(private_image.file.url).status_code == 405

    def test_moved_out_of_the_collection_they_become_public(
        self, insider_client, private_image, django_capture_on_commit_callbacks
    ):
        storage = private_image.file.storage
        [(private_name, _), (private_rendition, _)] = image_files(private_image)
        with django_capture_on_commit_callbacks(execute=True):
            response = insider_client.post(
                reverse("wagtailimages:edit", args=[private_image.pk]),
                image_form(private_image, collection=public_collection().pk),
            )
        assert response.status_code == 302
        private_image.refresh_from_db()
        assert private_image.file.name == private_name.removeprefix(PRIVATE_PREFIX)
        assert not storage.exists(private_name)
        # Wagtail deletes the renditions' files; they are made again on the public side.
        assert not private_image.renditions.filter(file=private_rendition).exists()
        for stored_name, url in image_files(private_image):
            assert url == f"/media/{stored_name}"
            assert storage.exists(stored_name)

    def test_follow_the_restriction_of_their_collection(self, db):
        board_papers = Collection.get_first_root_node().add_child(name="Board papers")
        image = wagtail_factories.ImageFactory(collection=board_papers)
        assert not image.is_stored_privately
        restriction = CollectionViewRestriction.objects.create(
            collection=board_papers, restriction_type=CollectionViewRestriction.LOGIN
        )
        image.refresh_from_db()
        assert image.is_stored_privately
        assert image.file.storage.exists(image.file.name)
        restriction.delete()
        image.refresh_from_db()
        assert not image.is_stored_privately
        assert image.file.storage.exists(image.file.name)

    def test_a_move_that_is_rolled_back_keeps_the_file(self, private_image):
        stored_name = private_image.file.name

        def move_then_fail():
            with transaction.atomic():
                private_image.collection = public_collection()
                private_image.save()
                raise RuntimeError("the request failed after the move")

        with pytest.raises(RuntimeError):
            move_then_fail()
        private_image.refresh_from_db()
        assert private_image.file.name == stored_name
        assert private_image.file.storage.exists(stored_name)

    def test_a_collection_moved_into_a_private_one_takes_its_images_along(
        self, client, working_group
    ):
        whiteboards = public_collection().add_child(name="Whiteboards")
        image = wagtail_factories.ImageFactory(collection=whiteboards)
        client.force_login(administrator())
        edit = reverse("wagtailadmin_collections:edit", args=[whiteboards.pk])
        for parent, private in [(working_group.collection, True), (public_collection(), False)]:
            response = client.post(edit, {"name": "Whiteboards", "parent": parent.pk})
            assert response.status_code == 302
            image.refresh_from_db()
            assert image.is_stored_privately == private
