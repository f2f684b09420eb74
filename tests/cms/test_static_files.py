"""Static files as production serves them: collected with hashed, compressed names and served
by WhiteNoise with far-future cache headers (STORAGES in cms/settings/production.py)."""

import gzip
import re

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client

PRODUCTION_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.fixture
def collected(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STORAGE}}
    settings.STATIC_ROOT = tmp_path
    # The project's own files are enough to check the set-up (Wagtail's admin has thousands).
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.WHITENOISE_AUTOREFRESH = False
    settings.WHITENOISE_USE_FINDERS = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return tmp_path


def test_templates_link_the_hashed_name(collected):
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", static("css/site.css"))


def test_hashed_files_are_cached_for_ten_years(collected):
    response = Client().get(static("css/site.css"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"
    assert b"".join(response.streaming_content) == (collected / "css" / "site.css").read_bytes()


def test_compressed_copy_is_served_to_browsers_that_accept_it(collected):
    response = Client().get(static("css/site.css"), HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    body = gzip.decompress(b"".join(response.streaming_content))
    assert body == (collected / "css" / "site.css").read_bytes()


def test_unhashed_names_are_cached_briefly(collected):
    response = Client().get("/static/css/site.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
