"""Damaged, truncated and renamed files in every admin upload form (add, replace, multiple upload,
the choosers' upload tab) get a form error that says so, never a 500, and never become images that
fail later (core/uploads.py). There is no upload outside the admin."""

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.cms.sample_files import DOCUMENTS, IMAGES

pytestmark = pytest.mark.django_db

INVALID_IMAGE = (
    "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
)
HYPOTHESIS = settings(
    max_examples=12,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def invalid_document(name):
    kind = name.rpartition(".")[2].upper()
    return (
        f"This is not a valid {kind} file: it is damaged, incomplete, or a file of another type "
        "that was renamed."
    )


def root_collection():
    return Collection.get_first_root_node()


def add(client, kind, name, content):
    """The admin's add form of `kind` ("images" or "documents")."""
    data = {"title": name, "collection": root_collection().pk, "tags": ""}
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(f"/admin/{kind}/add/", data)


def replace(client, kind, item, name, content):
    """The edit form of an image or document, with a new file."""
    url = reverse("wagtailimages:edit" if kind == "images" else "wagtaildocs:edit", args=[item.pk])
    data = {"title": item.title, "collection": item.collection_id, "tags": ""}
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(url, data)


def add_multiple(client, kind, name, content):
    """One file through the multiple upload, as its JavaScript sends it."""
    url = reverse("wagtailimages:add_multiple" if kind == "images" else "wagtaildocs:add_multiple")
    data = {"collection": root_collection().pk, "files[]": SimpleUploadedFile(name, content)}
    return client.post(url, data)


def add_in_chooser(client, kind, name, content):
    """The upload tab of the image or document chooser; answers with the form to show again."""
    prefix = "image-chooser-upload" if kind == "images" else "document-chooser-upload"
    data = {f"{prefix}-title": name, f"{prefix}-collection": root_collection().pk}
    data[f"{prefix}-file"] = SimpleUploadedFile(name, content)
    response = client.post(f"/admin/{kind}/chooser/create/", data)
    assert response.status_code == 200
    return response.json()


def file_errors(response):
    assert response.status_code == 200
    return [str(error) for error in response.context["form"].errors.get("file", [])]


@st.composite
def damaged_files(draw, samples):
    """A valid sample cut short, overwritten in places, or under another sample's name."""
    name, content = draw(st.sampled_from(sorted(samples.items())))
    damage = draw(st.sampled_from(["cut", "overwrite", "rename"]))
    if damage == "cut":
        return name, content[: draw(st.integers(0, len(content) - 1))]
    if damage == "overwrite":
        start = draw(st.integers(0, len(content) - 1))
        garbage = draw(st.binary(min_size=1, max_size=32))
        return name, content[:start] + garbage + content[start + len(garbage) :]
    other_name = draw(st.sampled_from(sorted(set(samples) - {name})))
    return other_name, content


class TestDamagedImages:
    @pytest.mark.parametrize("length", [8, 20, 40, 80, len(IMAGES["photo.png"]) // 2])
    def test_a_truncated_png_gets_a_form_error(self, admin_client, length):
        response = add(admin_client, "images", "photo.png", IMAGES["photo.png"][:length])
        assert file_errors(response) == [INVALID_IMAGE]
        assert not get_image_model().objects.exists()

    def test_a_truncated_image_is_refused_after_a_pdf_was_made(self, admin_client, monkeypatch):
        """WeasyPrint (the PDF downloads) lets Pillow load truncated images, for the process."""
        monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
        response = add(admin_client, "images", "photo.png", IMAGES["photo.png"][:568])
        assert file_errors(response) == [INVALID_IMAGE]
        assert ImageFile.LOAD_TRUNCATED_IMAGES

    @pytest.mark.parametrize("name", sorted(IMAGES))
    def test_every_format_cut_in_half_gets_a_form_error(self, admin_client, name):
        response = add(admin_client, "images", name, IMAGES[name][: len(IMAGES[name]) // 2])
        assert file_errors(response) == [INVALID_IMAGE]

    @pytest.mark.parametrize("name", sorted(IMAGES))
    def test_every_whole_format_is_accepted(self, admin_client, name):
        assert add(admin_client, "images", name, IMAGES[name]).status_code == 302
        get_image_model().objects.get().get_rendition("fill-20x20")

    def test_replacing_the_file_with_a_truncated_one(self, admin_client):
        image = wagtail_factories.ImageFactory(title="Meeting")
        original = image.file.name
        response = replace(admin_client, "images", image, "photo.png", IMAGES["photo.png"][:40])
        assert file_errors(response) == [INVALID_IMAGE]
        image.refresh_from_db()
        assert image.file.name == original

    def test_the_multiple_upload(self, admin_client):
        response = add_multiple(admin_client, "images", "photo.jpg", IMAGES["photo.jpg"][:300])
        assert response.status_code == 200
        assert response.json() == {"success": False, "error_message": INVALID_IMAGE}
        assert not get_image_model().objects.exists()

    def test_the_choosers_upload(self, admin_client):
        answer = add_in_chooser(admin_client, "images", "photo.webp", IMAGES["photo.webp"][:100])
        assert answer["step"] == "reshow_creation_form"
        assert INVALID_IMAGE in answer["htmlFragment"]
        assert not get_image_model().objects.exists()

    @HYPOTHESIS
    @given(upload=damaged_files(IMAGES))
    def test_any_damage_gives_a_form_error_or_a_usable_image(self, admin_client, upload):
        name, content = upload
        response = add(admin_client, "images", name, content)
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert file_errors(response)
        else:
            get_image_model().objects.latest("pk").get_rendition("fill-20x20")


class TestDamagedDocuments:
    @pytest.mark.parametrize("name", sorted(DOCUMENTS))
    def test_every_whole_type_is_accepted(self, admin_client, name):
        assert add(admin_client, "documents", name, DOCUMENTS[name]).status_code == 302
        assert get_document_model().objects.get().file.read() == DOCUMENTS[name]

    @pytest.mark.parametrize(
        "name", sorted(name for name in DOCUMENTS if not name.endswith((".csv", ".txt")))
    )
    def test_a_truncated_file_gets_a_form_error(self, admin_client, name):
        content = DOCUMENTS[name][: len(DOCUMENTS[name]) - 30]
        assert file_errors(add(admin_client, "documents", name, content)) == [
            invalid_document(name)
        ]
        assert not get_document_model().objects.exists()

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("report.pdf", IMAGES["photo.png"]),
            ("minutes.docx", DOCUMENTS["report.pdf"]),
            ("figures.xlsx", DOCUMENTS["minutes.docx"]),
            ("figures.ods", DOCUMENTS["minutes.odt"]),
            ("material.zip", DOCUMENTS["figures.csv"]),
            ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00"),
            ("figures.csv", IMAGES["photo.png"]),
        ],
    )
    def test_a_renamed_file_gets_a_form_error(self, admin_client, name, content):
        assert file_errors(add(admin_client, "documents", name, content)) == [
            invalid_document(name)
        ]

    def test_text_in_utf_16_is_text(self, admin_client):
        content = "city,country\nMérida,MX\n".encode("utf-16")
        assert add(admin_client, "documents", "figures.csv", content).status_code == 302

    def test_replacing_the_file_with_a_truncated_one(self, admin_client):
        document = get_document_model().objects.create(
            title="Minutes",
            collection=root_collection(),
            file=ContentFile(DOCUMENTS["report.pdf"], name="minutes.pdf"),
        )
        original = document.file.name
        content = DOCUMENTS["report.pdf"][:100]
        response = replace(admin_client, "documents", document, "minutes.pdf", content)
        assert file_errors(response) == [invalid_document("minutes.pdf")]
        document.refresh_from_db()
        assert document.file.name == original

    def test_the_multiple_upload(self, admin_client):
        content = DOCUMENTS["minutes.docx"][:200]
        response = add_multiple(admin_client, "documents", "minutes.docx", content)
        assert response.status_code == 200
        assert response.json() == {
            "success": False,
            "error_message": invalid_document("minutes.docx"),
        }
        assert not get_document_model().objects.exists()

    def test_the_choosers_upload(self, admin_client):
        answer = add_in_chooser(admin_client, "documents", "minutes.pdf", IMAGES["photo.png"])
        assert answer["step"] == "reshow_creation_form"
        assert invalid_document("minutes.pdf") in answer["htmlFragment"]
        assert not get_document_model().objects.exists()

    @HYPOTHESIS
    @given(upload=damaged_files(DOCUMENTS))
    def test_any_damage_gives_a_form_error_or_a_document(self, admin_client, upload):
        name, content = upload
        response = add(admin_client, "documents", name, content)
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert file_errors(response)
