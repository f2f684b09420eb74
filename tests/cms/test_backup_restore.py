"""scripts/backup.sh and scripts/restore.sh: a round trip into a fresh database finds everything,
the backup is its owner's only, and no page cached from before the restore is served.

Runs on PostgreSQL in databases of its own (tests/cms/postgres.py), so it runs in the SQLite
test run too; skipped only when no PostgreSQL server answers (or, for the cache, no
redis-server is installed).
"""

import hashlib
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest
import redis

from tests.helpers import free_port
from tests.postgres import ROOT, manage, query, scratch_database, site_environment

# Pages with several revisions, a published German translation, untranslated drafts in the
# other languages (locale sync), an unpublished draft revision and an uploaded image.
MAKE_CONTENT = """
import io
from PIL import Image as PillowImage
from django.core.files.images import ImageFile
from core.models import CustomImage
from wagtail.models import Locale
from home.models import ContentPage, HomePage

home = HomePage.objects.get(depth=2, locale__language_code="en")
page = home.add_child(instance=ContentPage(title="Backup round trip", slug="backup-round-trip"))
for version in range(3):
    page.introduction = f"Version {version}"
    page.save_revision().publish()
page.introduction = "A draft nobody published yet"
page.save_revision()
german = page.get_translation(Locale.objects.get(language_code="de"))
german.title = "Sicherung und Wiederherstellung"
german.save_revision().publish()

png = io.BytesIO()
PillowImage.new("RGB", (40, 30), "teal").save(png, "PNG")
CustomImage.objects.create(title="Skyline", file=ImageFile(png, name="skyline.png"))
"""

PAGES = """
    SELECT id, path, translation_key, locale_id, live, has_unpublished_changes, title,
           latest_revision_id, live_revision_id
    FROM wagtailcore_page ORDER BY id
"""
REVISIONS = """
    SELECT id, object_id, content_type_id, base_content_type_id, created_at, content::text
    FROM wagtailcore_revision ORDER BY id
"""
TRANSLATIONS = """
    SELECT p.translation_key, l.language_code, p.live
    FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id
    WHERE p.slug = 'backup-round-trip' ORDER BY l.language_code
"""
LOCALIZE_SOURCES = "SELECT object_id, locale_id FROM wagtail_localize_translationsource ORDER BY id"
IMAGES = "SELECT id, title, file FROM core_customimage ORDER BY id"
# A visitor's request through the page cache; prints its X-Page-Cache status, the content
# generation (the search catalogue's token) and the page's heading.
VISIT = """
import re
from django.test import Client
from core.content_generation import current_generation
response = Client(HTTP_HOST="localhost").get("/en/backup-round-trip/")
assert response.status_code == 200, response.status_code
heading = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1).strip()
print(response["X-Page-Cache"], current_generation(), heading, sep="|")
"""
BASH = shutil.which("bash")
REDIS_SERVER = shutil.which("redis-server")


def run_script(name, *arguments, **variables):
    result = subprocess.run(  # noqa: S603 - the project's own scripts
        [BASH, str(ROOT / "scripts" / name), *arguments],
        env=site_environment(**variables),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        # An operator's usual umask, under which new files are readable by everyone.
        umask=0o022,
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stderr}"
    return result.stdout


def checksums(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def redis_url(tmp_path):
    """A Redis server of the test's own, on a free port, stopped afterwards."""
    if REDIS_SERVER is None:
        pytest.skip("needs redis-server")
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 - Debian's redis-server
        [
            REDIS_SERVER,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def source(migrated_database, tmp_path):
    media = tmp_path / "media"
    with scratch_database("backup_source", template=migrated_database) as url:
        manage("shell", "-c", MAKE_CONTENT, DATABASE_URL=url, MEDIA_ROOT=str(media))
        yield url, media


def test_a_restored_backup_holds_every_page_revision_translation_and_file(source, tmp_path):
    source_url, source_media = source
    backup = run_script(
        "backup.sh", str(tmp_path / "backups"), DATABASE_URL=source_url, MEDIA_ROOT=source_media
    ).strip()
    restored_media = tmp_path / "restored-media"

    with scratch_database("backup_target") as target_url:
        run_script(
            "restore.sh", "--yes", backup, DATABASE_URL=target_url, MEDIA_ROOT=restored_media
        )

        translations = query(target_url, TRANSLATIONS)
        assert [(language, live) for _, language, live in translations] == [
            ("de", True),
            ("en", True),
            ("es", False),
            ("pt-br", False),
        ]
        assert len({key for key, _, _ in translations}) == 1
        for statement in (PAGES, REVISIONS, LOCALIZE_SOURCES, IMAGES):
            assert query(target_url, statement) == query(source_url, statement)
        assert len(query(target_url, REVISIONS)) >= 6

    assert checksums(restored_media) == checksums(source_media)
    assert any(name.startswith("original_images/") for name in checksums(restored_media))


def test_restoring_over_a_changed_database_brings_back_the_backed_up_state(source, tmp_path):
    url, media = source
    pages_at_backup = query(url, PAGES)
    backup = run_script("backup.sh", str(tmp_path), DATABASE_URL=url, MEDIA_ROOT=media).strip()
    query(url, "UPDATE wagtailcore_page SET title = 'Changed after the backup' RETURNING id")

    run_script("restore.sh", "--yes", backup, DATABASE_URL=url, MEDIA_ROOT=media)

    assert query(url, PAGES) == pages_at_backup


def test_a_private_backup_restored_leaves_no_stale_page_in_the_cache(source, redis_url, tmp_path):
    url, media = source
    printed = run_script("backup.sh", str(tmp_path), DATABASE_URL=url, MEDIA_ROOT=media)
    backup = Path(printed.strip())
    assert mode(backup) == 0o700
    assert {path.name: mode(path) for path in backup.iterdir()} == {
        "database.dump": 0o600,
        "media.tar.gz": 0o600,
        "SHA256SUMS": 0o600,
    }

    site = {"DATABASE_URL": url, "MEDIA_ROOT": str(media), "REDIS_URL": redis_url}

    def visit():
        output = manage("shell", "-c", VISIT, PAGE_CACHE_SECONDS="300", **site)
        return output.strip().splitlines()[-1].split("|")

    query(url, "UPDATE wagtailcore_page SET title = 'Changed after the backup' RETURNING id")
    visit()
    cached, generation_before, heading = visit()
    assert (cached, heading) == ("hit", "Changed after the backup")

    output = run_script("restore.sh", "--yes", str(backup), **site)

    status, generation_after, heading = visit()
    assert (status, heading) == ("miss", "Backup round trip")
    assert "Cache 'default' cleared." in output
    # Every web process rebuilds its search catalogue when the generation changes.
    assert generation_after != generation_before


def test_restore_refuses_to_run_unconfirmed_without_a_terminal(tmp_path):
    result = subprocess.run(  # noqa: S603 - the project's own script
        [BASH, str(ROOT / "scripts" / "restore.sh"), str(tmp_path)],
        env=site_environment(DATABASE_URL="postgres://nobody@127.0.0.1:1/none"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    assert result.returncode != 0
    assert "no database.dump" in result.stderr
