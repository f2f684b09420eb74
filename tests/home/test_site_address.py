"""The default site answers at WAGTAILADMIN_BASE_URL's address after every `migrate`
(home/site_address.py), so that full URLs in emails, feeds and the API work."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from home.site_address import configured_address, follow_configured_address


@pytest.mark.parametrize(
    ("base_url", "address"),
    [
        ("http://127.0.0.1:8123", ("127.0.0.1", 8123)),
        ("https://iscn.example.org", ("iscn.example.org", 443)),
        ("http://iscn.example.org", ("iscn.example.org", 80)),
        ("", None),
        ("not a url", None),
    ],
)
def test_the_address_comes_from_the_base_url(settings, base_url, address):
    settings.WAGTAILADMIN_BASE_URL = base_url
    assert configured_address() == address


@pytest.mark.django_db
def test_migrate_gives_the_default_site_the_configured_address(settings, home):
    test_address = settings.WAGTAILADMIN_BASE_URL
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert home.get_full_url() == "http://127.0.0.1:8123/en/"
    # Back to the test address: the database is rolled back after the test, but Wagtail's
    # cached site root paths are not, and the next tests would build URLs from this one.
    settings.WAGTAILADMIN_BASE_URL = test_address
    follow_configured_address()


@pytest.mark.django_db
def test_without_a_host_the_site_keeps_its_address(settings, home):
    site = Site.objects.get(is_default_site=True)
    before = (site.hostname, site.port)
    settings.WAGTAILADMIN_BASE_URL = ""
    follow_configured_address()
    site.refresh_from_db()
    assert (site.hostname, site.port) == before
