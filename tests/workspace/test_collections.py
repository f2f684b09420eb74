"""A working group's images and documents are reached only by its members and administrators.

The editorial roles hold their image and document permissions on the "Public" collection
(home/0006_public_collection), a sibling of the private collections, so that Wagtail's
inherited collection permissions never reach a group's files. Every other role, signed in with
admin access, tries every admin view, chooser, bulk action, the API and the download.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission

from core.media_collections import PUBLIC_COLLECTION_NAME, public_collection
from tests.roles import EDITORS, GERMAN_TRANSLATORS, MODERATORS
from tests.workspace.group_media import group_member, image_form

pytestmark = pytest.mark.django_db

DOCUMENTS_API = "/api/v2/documents/"
IMAGES_API = "/api/v2/images/"


def document_form(document, **changes):
    return {"title": document.title, "collection": document.collection_id, "tags": "", **changes}


def new_text_file():
    return SimpleUploadedFile("replaced.txt", b"Replaced.", content_type="text/plain")


def bulk_url(model, action, item):
    options = {"document": get_document_model(), "image": get_image_model()}[model]._meta
    url = reverse("wagtail_bulk_action", args=[options.app_label, options.model_name, action])
    return f"{url}?id={item.pk}"


def assert_unchanged(item, title, collection, file_name):
    item.refresh_from_db()
    assert (item.title, item.collection, item.file.name) == (title, collection, file_name)


class TestTheRolesWorkInPublic:
    def test_only_administrators_hold_permissions_on_the_root(self, db):
        on_root = GroupCollectionPermission.objects.filter(
            collection=Collection.get_first_root_node()
        )
        assert set(on_root.values_list("group__name", flat=True)) == {"Administrators"}

    def test_editorial_roles_hold_theirs_on_public(self, db):
        public = Collection.get_first_root_node().get_children().get(name=PUBLIC_COLLECTION_NAME)
        granted = set(
            GroupCollectionPermission.objects.filter(collection=public).values_list(
                "group__name", "permission__codename"
            )
        )
        for action in ("add", "change", "choose"):
            for model in ("document", "image"):
                assert (EDITORS, f"{action}_{model}") in granted
                assert (MODERATORS, f"{action}_{model}") in granted
        assert (GERMAN_TRANSLATORS, "choose_document") in granted
        assert (GERMAN_TRANSLATORS, "change_document") not in granted

    def test_private_collections_are_siblings_of_public(self, working_group):
        public = public_collection()
        assert not working_group.collection.is_descendant_of(public)
        assert not public.is_descendant_of(working_group.collection)


class TestOutsidersInTheAdmin:
    """Editors, moderators, translators and members of another group, each with admin access."""

    def test_listings_and_choosers_leave_the_files_out(
        self, outsider_client, private_document, private_image
    ):
        for url, title in [
            (reverse("wagtaildocs:index"), private_document.title),
            (reverse("wagtaildocs_chooser:choose"), private_document.title),
            (reverse("wagtailimages:index"), private_image.title),
            (reverse("wagtailimages_chooser:choose"), private_image.title),
        ]:
            response = outsider_client.get(url)
            # Translators may only choose: the listings send them to the dashboard.
            assert response.status_code in (200, 302)
            assert title not in response.content.decode()

    def test_every_view_of_a_file_is_refused(
        self, outsider_client, private_document, private_image
    ):
        urls = [
            reverse("wagtaildocs:edit", args=[private_document.pk]),
            reverse("wagtaildocs:delete", args=[private_document.pk]),
            reverse("wagtaildocs:document_usage", args=[private_document.pk]),
            reverse("wagtaildocs_chooser:chosen", args=[private_document.pk]),
            reverse("wagtailimages:edit", args=[private_image.pk]),
            reverse("wagtailimages:delete", args=[private_image.pk]),
            reverse("wagtailimages:image_usage", args=[private_image.pk]),
            reverse("wagtailimages:url_generator", args=[private_image.pk]),
            reverse("wagtailimages:preview", args=[private_image.pk, "original"]),
            reverse("wagtailimages_chooser:chosen", args=[private_image.pk]),
        ]
        for url in urls:
            response = outsider_client.get(url)
            assert response.status_code in (302, 403), url
            assert private_document.title not in response.content.decode()
            assert private_image.title not in response.content.decode()

    def test_cannot_move_rename_or_replace_a_document(
        self, outsider_client, private_document, working_group
    ):
        before = (private_document.title, working_group.collection, private_document.file.name)
        public = public_collection()
        moved = document_form(private_document, title="Renamed", collection=public.pk)
        outsider_client.post(
            reverse("wagtaildocs:edit", args=[private_document.pk]),
            {**moved, "file": new_text_file()},
        )
        outsider_client.post(
            reverse("wagtaildocs:edit_multiple", args=[private_document.pk]),
            {f"doc-{private_document.pk}-{name}": value for name, value in moved.items()},
        )
        outsider_client.post(
            bulk_url("document", "add_to_collection", private_document), {"collection": public.pk}
        )
        assert_unchanged(private_document, *before)

    def test_cannot_move_rename_or_replace_an_image(
        self, outsider_client, private_image, working_group
    ):
        before = (private_image.title, working_group.collection, private_image.file.name)
        public = public_collection()
        moved = image_form(private_image, title="Renamed", collection=public.pk)
        outsider_client.post(
            reverse("wagtailimages:edit", args=[private_image.pk]),
            {**moved, "file": get_test_image_file("replaced.png")},
        )
        outsider_client.post(
            reverse("wagtailimages:edit_multiple", args=[private_image.pk]),
            {f"image-{private_image.pk}-{name}": value for name, value in moved.items()},
        )
        outsider_client.post(
            bulk_url("image", "add_to_collection", private_image), {"collection": public.pk}
        )
        assert_unchanged(private_image, *before)

    def test_cannot_delete(self, outsider_client, private_document, private_image):
        outsider_client.post(reverse("wagtaildocs:delete", args=[private_document.pk]))
        outsider_client.post(reverse("wagtaildocs:delete_multiple", args=[private_document.pk]))
        outsider_client.post(bulk_url("document", "delete", private_document))
        outsider_client.post(reverse("wagtailimages:delete", args=[private_image.pk]))
        outsider_client.post(reverse("wagtailimages:delete_multiple", args=[private_image.pk]))
        outsider_client.post(bulk_url("image", "delete", private_image))
        assert get_document_model().objects.filter(pk=private_document.pk).exists()
        assert get_image_model().objects.filter(pk=private_image.pk).exists()

    def test_cannot_upload_into_the_collection(self, outsider_client, working_group):
        outsider_client.post(
            reverse("wagtaildocs:add"),
            {"title": "Planted", "collection": working_group.collection.pk, "tags": ""}
            | {"file": new_text_file()},
        )
        # The form offers only the collections they may add to ("Public"), if it asks at all.
        planted = get_document_model().objects.filter(collection=working_group.collection)
        assert not planted.exists()


class TestOutsidersElsewhere:
    def test_the_download_sends_them_to_sign_in(self, outsider_client, private_document):
        response = outsider_client.get(private_document.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_anonymous_visitors_too(self, client, private_document):
        response = client.get(private_document.url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]

    def test_anonymous_visitors_reach_no_admin_view(self, client, private_document, private_image):
        for url in [
            reverse("wagtaildocs:edit", args=[private_document.pk]),
            reverse("wagtaildocs_chooser:chosen", args=[private_document.pk]),
            reverse("wagtailimages:edit", args=[private_image.pk]),
            reverse("wagtailimages:preview", args=[private_image.pk, "original"]),
        ]:
            response = client.get(url)
            assert response.status_code == 302
            assert response["Location"].startswith(reverse("wagtailadmin_login"))

    def test_the_api_lists_neither_file(self, outsider_client, private_document, private_image):
        for url, item in [(DOCUMENTS_API, private_document), (IMAGES_API, private_image)]:
            listed = {entry["id"] for entry in outsider_client.get(url).json()["items"]}
            assert item.pk not in listed
            assert outsider_client.get(f"{url}{item.pk}/").status_code == 404


class TestMembersOfTheGroupAndAdministrators:
    def test_see_and_choose_the_files(self, insider_client, private_document, private_image):
        for url, title in [
            (reverse("wagtaildocs:index"), private_document.title),
            (reverse("wagtaildocs_chooser:choose"), private_document.title),
            (reverse("wagtailimages:index"), private_image.title),
            (reverse("wagtailimages_chooser:choose"), private_image.title),
        ]:
            assert title in insider_client.get(url).content.decode()
        for url in [
            reverse("wagtaildocs_chooser:chosen", args=[private_document.pk]),
            reverse("wagtailimages_chooser:chosen", args=[private_image.pk]),
        ]:
            assert insider_client.get(url).status_code == 200

    def test_download(self, insider_client, private_document):
        assert insider_client.get(private_document.url).status_code == 200

    def test_rename_and_replace(self, insider_client, private_document, working_group):
        response = insider_client.post(
            reverse("wagtaildocs:edit", args=[private_document.pk]),
            {**document_form(private_document, title="Minutes, final"), "file": new_text_file()},
        )
        assert response.status_code == 302
        private_document.refresh_from_db()
        assert private_document.title == "Minutes, final"
        assert private_document.file.read() == b"Replaced."
        assert private_document.collection == working_group.collection

    def test_move_out_of_the_collection(self, insider_client, private_image):
        public = public_collection()
        response = insider_client.post(
            reverse("wagtailimages:edit", args=[private_image.pk]),
            image_form(private_image, collection=public.pk),
        )
        assert response.status_code == 302
        private_image.refresh_from_db()
        assert private_image.collection == public

    def test_delete(self, insider_client, private_document, private_image):
        insider_client.post(reverse("wagtaildocs:delete", args=[private_document.pk]))
        insider_client.post(reverse("wagtailimages:delete", args=[private_image.pk]))
        assert not get_document_model().objects.filter(pk=private_document.pk).exists()
        assert not get_image_model().objects.filter(pk=private_image.pk).exists()


class TestMembersWithoutAdminAccess:
    def test_download_but_nothing_in_the_admin(self, client, working_group, private_document):
        person = group_member("plain-member")
        working_group.members.add(person)
        working_group.save()
        client.force_login(person)
        assert client.get(private_document.url).status_code == 200
        response = client.get(reverse("wagtaildocs:edit", args=[private_document.pk]))
        assert response.status_code == 302
