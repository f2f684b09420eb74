"""Dockerfile, docker-compose.yml, gunicorn.conf.py and docs/configuration.md's variables agree.

Images are not built here (no registry for them); tests/cms/test_production_server.py runs
the image's command itself.
"""

import json
import re
import runpy

import pytest
import yaml
from django.conf import settings

from core.private_media import PRIVATE_PREFIX
from search.backends.configuration import SEARCH_SERVERS
from tests.cms.servers import IMAGE_WSGI_APP

ROOT = settings.BASE_DIR
CONFIGURATION = (ROOT / "docs" / "configuration.md").read_text()
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
# The services that run the site's image (the others run PostgreSQL, Elasticsearch, ...).
SITE_SERVICES = {name for name, service in SERVICES.items() if "build" in service}
# Files that read the environment: the settings, the search configuration, gunicorn.
ENVIRONMENT_READERS = [
    *sorted((ROOT / "cms" / "settings").glob("*.py")),
    ROOT / "search" / "backends" / "configuration.py",
    ROOT / "gunicorn.conf.py",
]
VARIABLE_READ = re.compile(
    r"""(?:environ(?:\.get)?|env_bool|env_list|environ\.setdefault)\s*[(\[]\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def dockerfile_instructions(name):
    lines = (ROOT / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    return [line.split(maxsplit=1)[1] for line in lines if line.split()[:1] == [name]]


def documented(variable):
    return f"`{variable}`" in CONFIGURATION


def interpolated_variables(text):
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))


class TestDockerfile:
    def test_runs_gunicorn_with_its_config_and_the_wsgi_application(self):
        command = json.loads(dockerfile_instructions("CMD")[-1])
        assert command == ["gunicorn", "--config", "gunicorn.conf.py", IMAGE_WSGI_APP]
        assert IMAGE_WSGI_APP.startswith("cms.wsgi:")

    def test_builds_on_python_3_11_slim_and_runs_as_a_user_without_privileges(self):
        assert "ARG PYTHON_VERSION=3.11" in (ROOT / "Dockerfile").read_text()
        assert all(
            base.startswith("python:${PYTHON_VERSION}-slim")
            for base in dockerfile_instructions("FROM")
        )
        assert dockerfile_instructions("USER")[-1] not in {"root", "0"}

    def test_collects_static_files_with_the_production_settings(self):
        steps = " ".join(dockerfile_instructions("RUN"))
        assert "DJANGO_SETTINGS_MODULE=cms.settings.production" in steps
        assert "collectstatic --noinput" in steps
        assert "compilemessages" in steps

    def test_checks_the_liveness_endpoint(self):
        assert "/healthz" in dockerfile_instructions("HEALTHCHECK")[-1]

    def test_keeps_local_state_and_secrets_out_of_the_image(self):
        ignored = (ROOT / ".dockerignore").read_text().splitlines()
        assert {".git", ".venv", "var", ".env", "backups"} <= set(ignored)


class TestCompose:
    def test_has_every_part_of_the_scaled_set_up(self):
        assert {"web", "worker", "scheduler", "migrate"} <= SITE_SERVICES
        assert SERVICES["db"]["image"] == "postgres:16"
        assert SERVICES["elasticsearch"]["image"].split(":")[-1].startswith("9.")
        assert SERVICES["redis"]["image"].startswith("redis:7")
        assert "minio" in SERVICES

    def test_the_roles_run_their_commands(self):
        assert "command" not in SERVICES["web"]  # the image's: gunicorn
        assert SERVICES["worker"]["command"][:3] == ["python", "manage.py", "db_worker"]
        assert SERVICES["scheduler"]["command"] == ["python", "manage.py", "run_scheduler"]
        assert "replicas" in SERVICES["web"]["deploy"]
        # Two schedulers would race to publish the same page.
        assert "deploy" not in SERVICES["scheduler"]

    def test_the_site_runs_with_production_settings_and_the_database_task_queue(self):
        for name in SITE_SERVICES:
            environment = SERVICES[name]["environment"]
            assert environment["DJANGO_SETTINGS_MODULE"] == "cms.settings.production"
            assert environment["TASKS_BACKEND"] == "database"

    @pytest.mark.parametrize("service", sorted(SITE_SERVICES))
    def test_every_variable_of_the_site_is_documented(self, service):
        undocumented = [name for name in SERVICES[service]["environment"] if not documented(name)]
        assert undocumented == [], "add them to docs/configuration.md"

    def test_every_variable_an_operator_sets_is_documented_and_in_the_example(self):
        variables = interpolated_variables((ROOT / "docker-compose.yml").read_text())
        assert [name for name in sorted(variables) if not documented(name)] == []
        example = set(
            re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(), re.M)
        )
        assert variables - example == set()
        assert example - variables == set()


def test_gunicorn_takes_its_size_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "5")
    monkeypatch.setenv("GUNICORN_THREADS", "3")
    monkeypatch.setenv("PORT", "9000")

    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    assert (config["workers"], config["threads"], config["bind"]) == (5, 3, "0.0.0.0:9000")


def test_every_variable_the_settings_read_is_documented_in_the_configuration_chapter():
    # dj-database-url reads DATABASE_URL; the search servers' variables are named in a table.
    read = {"DATABASE_URL", *SEARCH_SERVERS}
    for path in ENVIRONMENT_READERS:
        read |= set(VARIABLE_READ.findall(path.read_text()))
    assert {"SECRET_KEY", "DATABASE_URL", "AWS_STORAGE_BUCKET_NAME", "WEB_CONCURRENCY"} <= read
    assert sorted(name for name in read if not documented(name)) == []


class TestNginx:
    """The compose load balancer serves public media files itself, never the checked ones."""

    NGINX = (ROOT / "deploy" / "nginx.conf").read_text()

    @pytest.mark.parametrize("folder", ["documents/", PRIVATE_PREFIX])
    def test_refuses_the_folders_served_through_checked_views(self, folder):
        refusal = re.compile(
            rf"location {re.escape(settings.MEDIA_URL + folder)} \{{\s*return 404;\s*\}}"
        )
        assert refusal.search(self.NGINX)

    def test_serves_the_rest_of_the_media_folder(self):
        assert re.search(r"location /media/ \{\s*alias /data/media/;", self.NGINX)
