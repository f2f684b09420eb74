"""Local development: the embedded default (SQLite, database search, local memory cache)."""

import os

from .base import *  # noqa: F403
from .environment import env_bool, env_list

DEBUG = env_bool("DEBUG", default=True)
# A fixed key is acceptable only because these settings never run in production.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# Queued emails (core/mail.py) are printed to the console instead of sent.
ISCN_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
