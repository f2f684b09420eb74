"""A case study as PDF, rendered on the server by WeasyPrint without any network access."""

import mimetypes
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import content_disposition_header, http_date
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

TEMPLATE = "casestudies/case_study_pdf.html"
STYLESHEET = "casestudies/case_study_pdf.css"
# Image renditions; original images and documents are never put into a PDF.
MEDIA_FOLDERS = ("images/",)
CACHE_SECONDS = 600
# What warm_up renders: the stylesheet's page layout, headings, running elements and the
# regular and bold faces of its font, so that Pango loads them all.
WARM_UP_HTML = """<html lang="en"><head><style>{stylesheet}</style></head><body>
<p class="pdf-site-name">ISCN</p><p class="pdf-source">Source</p>
<h1>Warm-up</h1><p class="lead">Ünïcödé ß ç ñ</p><section class="facts"><h2>Facts</h2>
<dl><dt>City</dt><dd><strong>Recife</strong> <em>2020</em></dd></dl></section></body></html>"""


class LocalFilesFetcher(URLFetcher):
    """Serves WeasyPrint the site's own static files and image renditions, and nothing else.

    Content may link anywhere, but rendering a PDF must not make the server send requests
    (privacy, and no server-side request forgery): every other URL, whatever its scheme or
    host, is refused and WeasyPrint leaves the resource out.
    """

    def __init__(self, site_url):
        super().__init__()
        # STATIC_URL and MEDIA_URL may be paths on the site or absolute (a CDN, object storage).
        self.static_prefix = urljoin(site_url, settings.STATIC_URL)
        self.media_prefix = urljoin(site_url, settings.MEDIA_URL)

    def fetch(self, url, headers=None):
        name, file = self.open_local_file(url)
        if file is None:
            raise ValueError(f"Only the site's own static files and images are used: {url}")
        with file:
            body = file.read()
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, headers={"Content-Type": content_type})

    def open_local_file(self, url):
        """The file that `url` stands for, opened, or None if it is not one of ours."""
        address = url.split("#")[0].split("?")[0]
        if address.startswith(self.media_prefix):
            name = _safe_name(address.removeprefix(self.media_prefix))
            if name and name.startswith(MEDIA_FOLDERS) and default_storage.exists(name):
                return name, default_storage.open(name, "rb")
        elif address.startswith(self.static_prefix):
            name = _safe_name(address.removeprefix(self.static_prefix))
            if name:
                return name, _open_static(name)
        return None, None


def _safe_name(quoted):
    """A storage name from a URL path, or None if it tries to leave its folder."""
    name = unquote(quoted)
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or ".." in parts or "\\" in name:
        return None
    return name


def _open_static(name):
    # Collected files first (hashed names in production), then the source folders (development).
    if staticfiles_storage.exists(name):
        return staticfiles_storage.open(name, "rb")
    path = finders.find(name)
    return Path(path).open("rb") if path else None


def read_stylesheet():
    with _open_static(STYLESHEET) as file:
        return file.read().decode()


def render_pdf(page, request):
    """The PDF of a case study in its own language, images included."""
    page_url = page.get_full_url(request)
    with translation.override(page.locale.language_code):
        context = page.get_context(request)
        context["stylesheet"] = read_stylesheet()
        context["page_full_url"] = page_url
        html = render_to_string(TEMPLATE, context, request=request)
    # Relative URLs (images, links) resolve against the page's own address on its site.
    fetcher = LocalFilesFetcher(site_url=urljoin(page_url, "/"))
    return HTML(string=html, base_url=page_url, url_fetcher=fetcher).write_pdf()


def warm_up():
    """Renders a small PDF so that the first case study's PDF of a process does not wait for
    WeasyPrint to load: its import (cffi declarations, Pango), fontconfig and the fonts take
    seconds, once per process. gunicorn calls it as each worker starts (gunicorn.conf.py)."""
    return HTML(string=WARM_UP_HTML.format(stylesheet=read_stylesheet())).write_pdf()


def pdf_response(page, request):
    response = HttpResponse(render_pdf(page, request), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}.pdf")
    if page.get_view_restrictions().exists():
        # Whoever was let in must not leave a copy in a shared cache.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        if page.last_published_at:
            response["Last-Modified"] = http_date(page.last_published_at.timestamp())
    return response
