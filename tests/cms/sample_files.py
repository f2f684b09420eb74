"""Small, valid files of every type the admin accepts, for the upload tests to send whole or
damaged (tests/cms/test_uploads.py, test_damaged_uploads.py)."""

import io
import zipfile

from PIL import Image as PILImage


def _image(format_name, **options):
    # A gradient, not one colour: the image data then fills most of the file.
    image = PILImage.radial_gradient("L").resize((48, 48)).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format_name, **options)
    return buffer.getvalue()


def _animated_gif():
    frames = [PILImage.linear_gradient("L").resize((32, 32)).rotate(angle) for angle in (0, 90)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100)
    return buffer.getvalue()


def _package(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            # OpenDocument wants its mimetype first and uncompressed.
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            package.writestr(name, content, compress_type=compression)
    return buffer.getvalue()


def _office_open_xml(main_part):
    return _package(
        {
            "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
            "_rels/.rels": '<?xml version="1.0"?><Relationships/>',
            main_part: '<?xml version="1.0"?><document>' + "Minutes. " * 200 + "</document>",
        }
    )


def _open_document(kind):
    return _package(
        {
            "mimetype": f"application/vnd.oasis.opendocument.{kind}",
            "content.xml": '<?xml version="1.0"?><office:document>' + "Agenda. " * 200 + "</x>",
        }
    )


PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    + b"% Minutes of the network meeting.\n" * 40
    + b"trailer << /Root 1 0 R >>\n%%EOF\n"
)

IMAGES = {
    "photo.png": _image("PNG"),
    "photo.jpg": _image("JPEG", quality=90),
    "animation.gif": _animated_gif(),
    "photo.webp": _image("WEBP"),
    "photo.avif": _image("AVIF"),
}

DOCUMENTS = {
    "report.pdf": PDF,
    "minutes.docx": _office_open_xml("word/document.xml"),
    "figures.xlsx": _office_open_xml("xl/workbook.xml"),
    "slides.pptx": _office_open_xml("ppt/presentation.xml"),
    "minutes.odt": _open_document("text"),
    "figures.ods": _open_document("spreadsheet"),
    "slides.odp": _open_document("presentation"),
    "material.zip": _package({"readme.txt": "Material of the meeting. " * 50}),
    "figures.csv": "city,country\nMérida,MX\nSão Paulo,BR\n".encode() * 20,
    "notes.txt": b"Notes of the meeting. " * 50,
}
