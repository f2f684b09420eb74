import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from cms.settings.environment import database_settings

LOAD_SETTINGS = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
RANDOM_KEY = secrets.token_urlsafe(60)


def load_settings(module, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=module, **env)
    return subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [sys.executable, "-c", LOAD_SETTINGS],
        env=environment,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings("cms.settings.production", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = load_settings("cms.settings.production", SECRET_KEY="short", ALLOWED_HOSTS="x.org")
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(
    "key",
    ["k" * 60, "abab" * 20, "django-insecure-" + "x1y2z3w4v5" * 5, "dev-" + "x1y2z3w4v5" * 5],
)
def test_production_refuses_a_guessable_secret_key(key):
    result = load_settings("cms.settings.production", SECRET_KEY=key, ALLOWED_HOSTS="x.org")
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_any_host():
    result = load_settings("cms.settings.production", SECRET_KEY=RANDOM_KEY, ALLOWED_HOSTS="*")
    assert "ALLOWED_HOSTS must list" in result.stderr


def test_production_requires_allowed_hosts():
    result = load_settings("cms.settings.production", SECRET_KEY=RANDOM_KEY)
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_its_environment():
    result = load_settings(
        "cms.settings.production",
        SECRET_KEY=RANDOM_KEY,
        ALLOWED_HOSTS="iscn.example.org",
        DATABASE_URL="postgres://iscn@db.internal:5432/iscn",
    )
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout


def test_unset_database_url_means_sqlite_in_var():
    result = load_settings("cms.settings.dev")
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_malformed_boolean_is_refused(value):
    result = load_settings("cms.settings.dev", DEBUG=value)
    assert "DEBUG must be a boolean" in result.stderr


def test_base_settings_never_debug():
    from cms.settings import base

    assert base.DEBUG is False
    assert os.environ.get("SECRET_KEY", "") == base.SECRET_KEY


def test_postgresql_connections_are_told_random_reads_are_cheap():
    postgres = database_settings("postgres://iscn@db:5432/iscn", conn_max_age=60)
    assert postgres["OPTIONS"] == {"options": "-c random_page_cost=1.1"}
    assert postgres["CONN_MAX_AGE"] == 60
    assert "options" not in database_settings("sqlite:///var/db.sqlite3").get("OPTIONS", {})
