"""Running code under the production settings, in a fresh interpreter with a clean environment."""

import os
import subprocess
import sys

from django.conf import settings

PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "production-like-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "iscn.example.org",
}
# Variables of the developer's shell that would change what production settings do.
IGNORED = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG", "REDIS_URL", "SENTRY_DSN"}


def run_in_production(code, **env):
    """Run `code` after django.setup() under cms.settings.production; the finished process."""
    environment = {key: value for key, value in os.environ.items() if key not in IGNORED}
    environment.update(PRODUCTION_ENVIRONMENT, **env)
    script = f"import django\ndjango.setup()\n{code}"
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
        timeout=120,
    )
