"""A case study as PDF: rendered on the server, in the page's language, without network access."""

import io
import runpy
import socket
from unittest import mock

import pytest
import wagtail_factories
from django.conf import settings
from pypdf import PdfReader

from casestudies.pdf import LocalFilesFetcher, render_pdf, warm_up
from tests.casestudies.factories import CaseStudyIndexPageFactory, CaseStudyPageFactory
from tests.casestudies.test_case_study_page import full_case_study
from tests.helpers import make_private, translate
from tests.home.factories import rich_text

SITE_URL = "http://testserver/"


def pdf_url(page):
    return f"{page.url}pdf/"


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_images(content):
    """The images embedded in a PDF (its pages share one set of resources)."""
    reader = PdfReader(io.BytesIO(content))
    return {image.indirect_reference.idnum for page in reader.pages for image in page.images}


@pytest.mark.django_db
class TestCaseStudyPdf:
    def test_is_a_pdf_with_the_whole_case_study(self, client, home):
        page = full_case_study()
        response = client.get(pdf_url(page))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'attachment; filename="open-data-portal.pdf"'
        assert response.content.startswith(b"%PDF-")
        text = pdf_text(response.content)
        for expected in (
            "Open data portal",
            "How Recife opened its data.",
            "The city publishes its data under an open licence.",
            "Challenge",
            "Data was locked in departments.",
            "Lessons learned",
            "The portal went live in 2020.",
            "Porto Digital",
            "Facts",
            "Recife",
            "Brazil",
            "Transfer package",
            "2019–2023",
            "EUPL 1.2",
            "https://code.example.org/portal",
            "Final report",
            "Launch event",
        ):
            assert expected in text, expected

    def test_images_are_embedded(self, client, home):
        page = full_case_study()
        # Header image, the image in the body and the gallery image.
        assert len(pdf_images(client.get(pdf_url(page)).content)) == 3

    def test_german_translation_gives_a_german_pdf(self, client, home):
        translate(home, "de")
        translate(CaseStudyIndexPageFactory(), "de")
        page = CaseStudyPageFactory(title="Open budget", slug="open-budget")
        german = translate(
            page, "de", title="Offener Haushalt", challenge="<p>Der Haushalt war unklar.</p>"
        )
        response = client.get(pdf_url(german))
        assert response.status_code == 200
        text = pdf_text(response.content)
        assert "Offener Haushalt" in text
        assert "Der Haushalt war unklar." in text
        # The interface strings follow the page's language.
        assert "Herausforderung" in text
        assert "Fakten" in text
        assert "Challenge" not in text
        assert PdfReader(io.BytesIO(response.content)).trailer["/Root"]["/Lang"] == "de"

    def test_html_names_the_page_language(self, rf, home):
        translate(home, "de")
        translate(CaseStudyIndexPageFactory(), "de")
        german = translate(CaseStudyPageFactory(), "de")
        html = _pdf_html(german, rf.get(pdf_url(german)))
        assert '<html lang="de" dir="ltr">' in html
        assert "<h2>Herausforderung</h2>" in html

    def test_facts_are_those_of_the_page_without_links_to_its_pages(self, rf, home):
        page = full_case_study()
        html = _pdf_html(page, rf.get(pdf_url(page)))
        facts = html[html.index('<section class="facts">') : html.index("</section>")]
        assert "<dd>Recife</dd>" in facts
        assert "<dd>Open data, E-gov</dd>" in facts
        assert '<time datetime="2019">2019</time>–<time datetime="2023">2023</time>' in facts
        assert '<span class="tag">11.3</span> Inclusive and sustainable urbanization' in facts
        assert '<a href="https://code.example.org/portal">Source code repository</a>' in facts
        assert facts.count("<a ") == 1

    def test_case_study_page_links_its_pdf(self, client, home):
        page = CaseStudyPageFactory(slug="open-budget")
        html = client.get(page.url).content.decode()
        assert f'<a class="button button--secondary" href="{page.url}pdf/" download>' in html
        assert "Download as PDF</a>" in html

    def test_cache_headers(self, client, home):
        page = CaseStudyPageFactory()
        page.save_revision().publish()
        response = client.get(pdf_url(page))
        assert response["Cache-Control"] == "public, max-age=600"
        assert "Last-Modified" in response


@pytest.mark.django_db
class TestWhatHasNoPdf:
    def test_draft(self, client, home):
        page = CaseStudyPageFactory()
        page.unpublish()
        assert client.get(pdf_url(page)).status_code == 404

    def test_private_case_study_asks_for_the_password(self, client, home):
        page = CaseStudyPageFactory()
        make_private(page)
        response = client.get(pdf_url(page))
        assert response.status_code == 200
        assert not response.content.startswith(b"%PDF-")
        assert 'name="password"' in response.content.decode()

    def test_unknown_route(self, client, home):
        page = CaseStudyPageFactory()
        assert client.get(f"{page.url}docx/").status_code == 404


def _pdf_html(page, request):
    """The HTML that WeasyPrint receives, by rendering with WeasyPrint stubbed out."""
    with mock.patch("casestudies.pdf.HTML") as html:
        render_pdf(page, request)
    return html.call_args.kwargs["string"]


@pytest.mark.django_db
class TestLocalFilesFetcher:
    """WeasyPrint reads the site's own files and nothing else: no request leaves the server."""

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.org/tracker.png",
            "http://169.254.169.254/latest/meta-data/",
            "http://evil.example/media/images/photo.jpg",
            "file:///etc/passwd",
            "ftp://example.org/file.png",
            "data:image/png;base64,iVBORw0KGgo=",
            f"{SITE_URL}media/../../etc/passwd",
            f"{SITE_URL}media/images/%2e%2e/%2e%2e/secret",
            f"{SITE_URL}media/original_images/photo.jpg",
            f"{SITE_URL}media/documents/minutes.pdf",
            f"{SITE_URL}media/images/missing.jpg",
            f"{SITE_URL}static/../cms/settings/base.py",
            f"{SITE_URL}static/does-not-exist.css",
            f"{SITE_URL}en/cities/",
        ],
    )
    def test_refuses_everything_but_local_files(self, url):
        with pytest.raises(ValueError, match="Only the site's own static files and images"):
            LocalFilesFetcher(SITE_URL).fetch(url)

    def test_serves_static_files(self):
        response = LocalFilesFetcher(SITE_URL).fetch(f"{SITE_URL}static/img/logo.svg")
        assert response.content_type == "image/svg+xml"
        assert b"<svg" in response.read()

    def test_serves_image_renditions(self, home):
        image = wagtail_factories.ImageFactory()
        rendition = image.get_rendition("width-100")
        assert rendition.url.startswith(settings.MEDIA_URL)
        response = LocalFilesFetcher(SITE_URL).fetch(f"{SITE_URL}{rendition.url.lstrip('/')}")
        with rendition.file.open("rb") as file:
            assert response.read() == file.read()
        assert response.content_type.startswith("image/")

    def test_pdf_of_a_page_linking_outside_fetches_nothing(self, client, home, monkeypatch):
        asked, connections = [], []
        fetch = LocalFilesFetcher.fetch

        def spy(self, url, headers=None):
            asked.append(url)
            return fetch(self, url, headers)

        monkeypatch.setattr(LocalFilesFetcher, "fetch", spy)
        monkeypatch.setattr(socket.socket, "connect", lambda *args: connections.append(args))
        # Stored rich text is not filtered again on output: an outside image reaches WeasyPrint.
        outside = "https://example.org/pixel.gif"
        page = full_case_study(body=[("paragraph", rich_text(f'<p><img src="{outside}"></p>'))])
        response = client.get(pdf_url(page))
        assert response.content.startswith(b"%PDF-")
        assert outside in asked
        # Only the local images were read: the header image and the gallery.
        assert len(pdf_images(response.content)) == 2
        assert connections == []


class TestWarmUp:
    def test_renders_a_pdf_with_the_stylesheet_and_asks_for_nothing(self, monkeypatch):
        connections = []
        monkeypatch.setattr(socket.socket, "connect", lambda *args: connections.append(args))
        content = warm_up()
        assert content.startswith(b"%PDF-")
        assert "Warm-up" in pdf_text(content)
        assert connections == []

    def test_gunicorn_warms_up_each_worker_as_it_starts(self, monkeypatch):
        warmed = []
        monkeypatch.setattr("casestudies.pdf.warm_up", lambda: warmed.append(True))
        config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
        config["post_worker_init"](worker=None)
        assert warmed == [True]
