"""Uploads through the admin: size and pixel limits of images, the allowed document types, and
the headers documents are served with (damaged files: test_damaged_uploads.py)."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.cms.sample_files import DOCUMENTS

pytestmark = pytest.mark.django_db

IMAGE_FORM = "/admin/images/add/"
DOCUMENT_FORM = "/admin/documents/add/"


def png(size=(16, 16), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, url, name, content):
    collection = Collection.get_first_root_node().pk
    return client.post(
        url, {"title": name, "collection": collection, "file": SimpleUploadedFile(name, content)}
    )


def form_errors(response):
    return [str(error) for error in response.context["form"].errors.get("file", [])]


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


class TestImages:
    def test_a_normal_image_is_accepted(self, editor_client):
        response = upload(editor_client, IMAGE_FORM, "square.png", png())
        assert response.status_code == 302
        assert get_image_model().objects.filter(title="square.png").exists()

    def test_a_file_over_the_size_limit_is_refused(self, editor_client):
        # A valid PNG padded past 10 MB: decoders ignore what follows its end.
        content = png() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        response = upload(editor_client, IMAGE_FORM, "padded.png", content)
        assert response.status_code == 200
        [error] = form_errors(response)
        assert error.startswith("This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB.")
        assert not get_image_model().objects.exists()

    def test_an_image_with_too_many_pixels_is_refused(self, editor_client):
        # 8000 x 5001 one-bit pixels: a small file, but past the 40 million pixel limit.
        response = upload(editor_client, IMAGE_FORM, "huge.png", png((8000, 5001), mode="1"))
        assert response.status_code == 200
        [error] = form_errors(response)
        assert error == "This file has too many pixels (40008000). Maximum pixels 40000000."
        assert not get_image_model().objects.exists()

    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
            ("page.html", b"<script>alert(1)</script>"),
            ("program.exe", b"MZ\x90\x00"),
        ],
    )
    def test_other_formats_are_refused(self, editor_client, name, content):
        response = upload(editor_client, IMAGE_FORM, name, content)
        assert response.status_code == 200
        assert form_errors(response), "the form says what is wrong"
        assert not get_image_model().objects.exists()

    def test_a_renamed_file_is_refused(self, editor_client):
        response = upload(editor_client, IMAGE_FORM, "photo.png", b"GIF89a not really a png")
        assert response.status_code == 200
        assert form_errors(response)


class TestDocuments:
    @pytest.mark.parametrize("name", ["report.pdf", "minutes.docx", "figures.csv", "notes.txt"])
    def test_allowed_types_are_accepted(self, editor_client, name):
        response = upload(editor_client, DOCUMENT_FORM, name, DOCUMENTS[name])
        assert response.status_code == 302
        assert get_document_model().objects.filter(title=name).exists()

    @pytest.mark.parametrize(
        "name",
        ["setup.exe", "page.html", "page.htm", "drawing.svg", "script.js", "macro.docm", "noext"],
    )
    def test_other_types_are_refused(self, editor_client, name):
        response = upload(editor_client, DOCUMENT_FORM, name, b"<script>alert(1)</script>")
        assert response.status_code == 200
        [error] = form_errors(response)
        extension = name.rpartition(".")[2] if "." in name else ""
        assert error.startswith(f"File extension “{extension}” is not allowed.")
        assert "Allowed extensions are: csv, docx" in error
        assert not get_document_model().objects.exists()

    def test_a_file_over_the_size_limit_is_refused(self, editor_client):
        content = b"a" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)
        response = upload(editor_client, DOCUMENT_FORM, "big.txt", content)
        assert response.status_code == 200
        [error] = form_errors(response)
        assert error.startswith("This file is too big (20.0\xa0MB). Maximum filesize 20.0\xa0MB.")


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk, so that the document view streams them as on a real server."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "core.private_media.FileSystemMediaStorage"},
    }


def stored_document(name, content=b"Content."):
    return get_document_model().objects.create(
        title=name,
        collection=Collection.get_first_root_node(),
        file=ContentFile(content, name=name),
    )


@pytest.mark.usefixtures("media_on_disk")
class TestServingDocuments:
    @pytest.mark.parametrize(
        ("name", "content_type"),
        [
            ("notes.txt", "text/plain"),
            ("figures.csv", "text/csv"),
            ("minutes.docx", "application/vnd.openxmlformats-officedocument"),
        ],
    )
    def test_documents_are_downloaded(self, client, name, content_type):
        # Text that a browser would run if it rendered it as HTML on the site's origin.
        document = stored_document(name, b"<html><script>alert(1)</script></html>")
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith(content_type)
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"

    def test_pdfs_open_in_the_browser_without_running_anything(self, client):
        document = stored_document("report.pdf", b"%PDF-1.4")
        response = client.get(document.url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("inline")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'"


def test_a_request_body_over_the_limit_is_refused(client, home):
    """Apart from uploaded files, a form post of more than 5 MB is refused, not read."""
    response = client.post(
        "/en/accounts/login/",
        {"username": "ada", "password": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)},
    )
    assert response.status_code == 400
