"""The default site answers at the address the settings give: WAGTAILADMIN_BASE_URL.

Wagtail builds a page's full URL (in emails, feeds, sitemaps and the API) from its Site's
hostname and port; the migration that made the site could only guess them ("localhost", 80),
so an approval email linked to http://localhost/…. After every `migrate` (in development
`make run`'s, with HOST and PORT; in production the deployment's) the default site takes the
hostname and port of WAGTAILADMIN_BASE_URL, the address the admin's own links use.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def configured_address():
    """(hostname, port) of WAGTAILADMIN_BASE_URL, or None if it names no host."""
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if not parts.hostname:
        return None
    return parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def follow_configured_address(**kwargs):
    """post_migrate: the default site takes the configured hostname and port."""
    address = configured_address()
    site = Site.objects.filter(is_default_site=True).first()
    if address is None or site is None or (site.hostname, site.port) == address:
        return
    site.hostname, site.port = address
    # save(): Wagtail forgets its cached site root paths.
    site.save()
