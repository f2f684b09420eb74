"""Empty every configured cache, so that nothing kept from the content before survives.

scripts/restore.sh runs it after a restore, and docker compose's `migrate` service at every
`up`: otherwise visitors would get cached pages of the old content for minutes, and image
renditions cached for the old database could point to the wrong files. Emptying the cache
also removes the content generation token (core/content_generation.py), so every web process
rebuilds its in-memory search catalogue on its next search.

With the per-process memory cache (no REDIS_URL) this command can only empty its own: restart
the web processes instead.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.management import BaseCommand


class Command(BaseCommand):
    help = "Empty every configured cache: pages, renditions, the search catalogue's token."

    def handle(self, **options):
        for alias in settings.CACHES:
            caches[alias].clear()
            self.stdout.write(f"Cache {alias!r} cleared.")
