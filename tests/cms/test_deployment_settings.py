"""Production settings for several machines: background tasks for the worker, media on S3."""

import json

from tests.cms.production import run_in_production

# Prints what the settings made of the environment, as JSON.
DESCRIBE = """
import json
from django.conf import settings
from django.core.files.storage import default_storage
default = settings.STORAGES["default"]
print(json.dumps({
    "tasks": settings.TASKS["default"]["BACKEND"],
    "storage": default["BACKEND"],
    "options": default.get("OPTIONS", {}),
    "media_url": settings.MEDIA_URL,
    "image_url": default_storage.url("images/skyline.width-800.jpg"),
    "private_image_url": default_storage.url("private/images/whiteboard.width-800.jpg"),
}))
"""
# Set empty, so that a developer's shell cannot change what is tested.
NO_BUCKET = {"AWS_STORAGE_BUCKET_NAME": "", "AWS_S3_ENDPOINT_URL": "", "AWS_S3_CUSTOM_DOMAIN": ""}
S3 = {
    "AWS_STORAGE_BUCKET_NAME": "iscn-media",
    "AWS_ACCESS_KEY_ID": "iscn",
    "AWS_SECRET_ACCESS_KEY": "not-a-real-secret",
}


def production_settings(**env):
    """What the production settings make of `env`."""
    result = run_in_production(DESCRIBE, **{**NO_BUCKET, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def refusal(**env):
    result = run_in_production("", **env)
    assert result.returncode != 0
    return result.stderr


class TestBackgroundTasks:
    def test_production_queues_them_in_the_database_for_the_worker(self):
        assert production_settings(TASKS_BACKEND="")["tasks"] == "django_tasks_db.DatabaseBackend"

    def test_a_single_machine_without_a_worker_may_run_them_immediately(self):
        described = production_settings(TASKS_BACKEND="immediate")
        assert described["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"

    def test_an_unknown_backend_is_refused(self):
        assert "TASKS_BACKEND must be one of database, immediate" in refusal(TASKS_BACKEND="rq")


class TestMediaStorage:
    def test_without_a_bucket_media_stay_in_media_root(self):
        described = production_settings()
        assert described["storage"] == "core.private_media.FileSystemMediaStorage"
        assert described["media_url"] == "/media/"

    def test_a_bucket_moves_media_to_s3_with_plain_urls_under_media_url(self):
        described = production_settings(**S3, AWS_S3_REGION_NAME="eu-central-1")

        assert described["storage"] == "core.s3_media.S3MediaStorage"
        options = described["options"]
        assert options["bucket_name"] == "iscn-media"
        assert options["access_key"] == "iscn"
        assert options["region_name"] == "eu-central-1"
        # Unsigned, so that cached pages keep working image addresses.
        assert options["querystring_auth"] is False
        assert options["file_overwrite"] is False
        assert described["media_url"] == "https://iscn-media.s3.eu-central-1.amazonaws.com/"
        assert described["image_url"] == (
            "https://iscn-media.s3.eu-central-1.amazonaws.com/images/skyline.width-800.jpg"
        )
        # Private images only through the site's checked view, never from the bucket.
        assert described["private_image_url"] == "/private-media/images/whiteboard.width-800.jpg"

    def test_s3_compatible_storage_is_addressed_by_path_on_its_endpoint(self):
        described = production_settings(**S3, AWS_S3_ENDPOINT_URL="http://minio.internal:9000/")

        assert described["options"]["endpoint_url"] == "http://minio.internal:9000"
        assert described["options"]["addressing_style"] == "path"
        assert described["image_url"] == (
            "http://minio.internal:9000/iscn-media/images/skyline.width-800.jpg"
        )
        assert described["image_url"].startswith(described["media_url"])

    def test_a_custom_domain_serves_media_for_the_bucket(self):
        described = production_settings(
            **S3,
            AWS_S3_ENDPOINT_URL="http://minio:9000",
            AWS_S3_CUSTOM_DOMAIN="media.iscn.example.org",
        )
        assert described["media_url"] == "https://media.iscn.example.org/"
        assert described["image_url"] == (
            "https://media.iscn.example.org/images/skyline.width-800.jpg"
        )
