"""Uploaded images and documents are what their names say, and whole.

Wagtail reads no more of an image than its header, and of a document no more than its name: a
truncated image broke the upload with a 500 (Pillow's OSError inside Wagtail's image field) or
later its thumbnails, and any bytes named `.pdf` were taken as a PDF. The admin's image and
document forms (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE) check the
whole file instead and say what is wrong in the form: adding, replacing the file, and the
multiple upload, which validates each file with the same form.
"""

import contextlib
import threading
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageFile, ImageSequence
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# How far from its start a PDF may have its header, and from its end its end-of-file marker:
# the PDF readers' own tolerance.
PDF_MARKER_WINDOW = 1024
# Office Open XML: one package format, a folder per application.
OFFICE_OPEN_XML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument: the package names its type in its first member, `mimetype`.
OPEN_DOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
UTF16_BYTE_ORDER_MARKS = (b"\xff\xfe", b"\xfe\xff")


# Pillow's switch is global, and WeasyPrint turns it on when it is imported (for the PDF
# downloads): then a truncated image loads, padded with grey. The check turns it off while
# it decodes, one check at a time.
_decoding_lock = threading.Lock()


@contextlib.contextmanager
def strict_decoding():
    with _decoding_lock:
        lenient = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = lenient


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, which also decodes every frame of the image before accepting it."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:
            # Pillow reports a damaged header with OSError, SyntaxError, ValueError, struct.error…
            raise self.invalid_image() from error
        if upload is not None:
            self.check_image_decodes(upload)
        return upload

    def check_image_decodes(self, upload):
        upload.seek(0)
        try:
            with strict_decoding(), PILImage.open(upload) as image:
                for frame in ImageSequence.Iterator(image):
                    frame.load()
        except Exception as error:
            # As above: truncated or corrupt image data, in whatever form the decoder finds it.
            raise self.invalid_image() from error
        finally:
            upload.seek(0)

    def invalid_image(self):
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


class CheckedDocumentField(WagtailDocumentField):
    """Wagtail's document field, which also checks that the content matches the extension.

    Only what a damaged or renamed file gets wrong, cheaply: a PDF's header and end marker, a
    package's table of contents (never its compressed content), text without NUL bytes.
    Extensions not allowed at all are refused by the model's validator (WAGTAILDOCS_EXTENSIONS).
    """

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            self.check_content(upload)
        return upload

    def check_content(self, upload):
        extension = upload.name.rpartition(".")[2].lower() if "." in upload.name else ""
        check = _CONTENT_CHECKS.get(extension)
        if check is None:
            return
        upload.seek(0)
        try:
            matches = check(upload, extension)
        finally:
            upload.seek(0)
        if not matches:
            raise ValidationError(
                _(
                    "This is not a valid %(type)s file: it is damaged, incomplete, or a file "
                    "of another type that was renamed."
                ),
                code="invalid_document",
                params={"type": extension.upper()},
            )


def _is_pdf(upload, extension):
    start = upload.read(PDF_MARKER_WINDOW)
    upload.seek(max(upload.size - PDF_MARKER_WINDOW, 0))
    end = upload.read()
    return b"%PDF-" in start and b"%%EOF" in end


def _package_members(upload):
    """The names in a ZIP package's table of contents (at its end), or None if it has none."""
    try:
        with zipfile.ZipFile(upload) as package:
            return set(package.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _is_office_open_xml(upload, extension):
    members = _package_members(upload)
    folder = OFFICE_OPEN_XML_FOLDERS[extension]
    return (
        bool(members)
        and "[Content_Types].xml" in members
        and any(name.startswith(folder) for name in members)
    )


def _is_open_document(upload, extension):
    try:
        with zipfile.ZipFile(upload) as package, package.open("mimetype") as mimetype:
            return mimetype.read(100) == OPEN_DOCUMENT_TYPES[extension]
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        return False


def _is_zip(upload, extension):
    return _package_members(upload) is not None


def _is_text(upload, extension):
    chunks = upload.chunks()
    first = next(chunks, b"")
    if first.startswith(UTF16_BYTE_ORDER_MARKS):
        return True
    return b"\0" not in first and all(b"\0" not in chunk for chunk in chunks)


_CONTENT_CHECKS = {
    "pdf": _is_pdf,
    **dict.fromkeys(OFFICE_OPEN_XML_FOLDERS, _is_office_open_xml),
    **dict.fromkeys(OPEN_DOCUMENT_TYPES, _is_open_document),
    "zip": _is_zip,
    "csv": _is_text,
    "txt": _is_text,
}


class CheckedImageForm(BaseImageForm):
    """The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the checked file field.

    Wagtail makes the file field itself (its forms' formfield_callback), so it is swapped here.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"] = _checked_field(CheckedImageField, self.fields["file"])


class CheckedDocumentForm(BaseDocumentForm):
    """The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with the checked file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"] = _checked_field(CheckedDocumentField, self.fields["file"])

    def _post_clean(self):
        # Wagtail's Document.clean checks the extension of the file the document has: none when
        # the field refused the upload, which would add "File extension “” is not allowed" to
        # the field's own reason.
        refused = self._errors.get("file", []).copy()
        super()._post_clean()
        if refused:
            self._errors["file"] = refused


def _checked_field(field_class, field):
    return field_class(
        label=field.label, required=field.required, max_length=field.max_length, widget=field.widget
    )
