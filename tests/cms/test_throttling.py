"""Sign-in throttling (django-axes) on the admin's and the members' sign-in: five failures lock
one user name from one address out for 15 minutes, even with the right password, twenty from one
address lock the address out whatever the names; the lock-out page says so; the lock lifts after
the cool-off or with `manage.py axes_reset`. The client's address behind proxies."""

import datetime
import re

import pytest
import yaml
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from cms.security import client_ip_address
from tests.workspace.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

ADMIN_SIGN_IN = "/admin/login/"
MEMBER_SIGN_IN = "/en/accounts/login/"
LOCKED_OUT_TEXT = "Too many sign-in attempts"


@pytest.fixture(params=[ADMIN_SIGN_IN, MEMBER_SIGN_IN], ids=["admin", "members"])
def sign_in_url(request, home):
    return request.param


@pytest.fixture
def person(db):
    """May use the admin (so the admin's sign-in leads somewhere) and the site."""
    return UserFactory(username="ada", is_superuser=True, is_staff=True)


def sign_in(client, url, username, password, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def fail(client, url, username, times, **extra):
    for _ in range(times):
        response = sign_in(client, url, username, "not-the-password", **extra)
    return response


def is_signed_in(client):
    return "_auth_user_id" in client.session


class TestLockOut:
    def test_four_failures_still_let_the_right_password_in(self, client, sign_in_url, person):
        response = fail(client, sign_in_url, "ada", 4)
        assert response.status_code == 200
        assert LOCKED_OUT_TEXT not in response.content.decode()
        assert sign_in(client, sign_in_url, "ada", PASSWORD).status_code == 302
        assert is_signed_in(client)

    def test_the_fifth_failure_shows_the_lock_out_page(self, client, sign_in_url, person):
        response = fail(client, sign_in_url, "ada", 5)
        assert response.status_code == 429
        assert response["Retry-After"] == "900"
        html = response.content.decode()
        assert LOCKED_OUT_TEXT in html
        assert "paused for 15 minutes" in html
        assert 'class="site-header"' in html, "in the site's own layout"
        assert "Content-Security-Policy" in response

    def test_the_right_password_is_refused_during_the_lock_out(self, client, sign_in_url, person):
        fail(client, sign_in_url, "ada", 5)
        response = sign_in(client, sign_in_url, "ada", PASSWORD)
        assert response.status_code == 429
        assert LOCKED_OUT_TEXT in response.content.decode()
        assert not is_signed_in(client)

    def test_the_lock_lifts_after_the_cool_off(self, client, sign_in_url, person):
        fail(client, sign_in_url, "ada", 5)
        sixteen_minutes_ago = timezone.now() - datetime.timedelta(minutes=16)
        AccessAttempt.objects.update(attempt_time=sixteen_minutes_ago)
        assert sign_in(client, sign_in_url, "ada", PASSWORD).status_code == 302
        assert is_signed_in(client)

    def test_the_lock_holds_within_the_cool_off(self, client, sign_in_url, person):
        fail(client, sign_in_url, "ada", 5)
        fourteen_minutes_ago = timezone.now() - datetime.timedelta(minutes=14)
        AccessAttempt.objects.update(attempt_time=fourteen_minutes_ago)
        assert sign_in(client, sign_in_url, "ada", PASSWORD).status_code == 429

    def test_an_administrator_lifts_the_lock(self, client, sign_in_url, person):
        fail(client, sign_in_url, "ada", 5)
        call_command("axes_reset_username", "ada", verbosity=0)
        assert sign_in(client, sign_in_url, "ada", PASSWORD).status_code == 302


class TestWhoIsLockedOut:
    def test_only_that_user_name(self, client, person):
        UserFactory(username="grace")
        fail(client, MEMBER_SIGN_IN, "ada", 5)
        assert sign_in(client, MEMBER_SIGN_IN, "grace", PASSWORD).status_code == 302

    def test_only_from_that_address(self, client, person):
        fail(client, MEMBER_SIGN_IN, "ada", 5, REMOTE_ADDR="203.0.113.7")
        response = sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD, REMOTE_ADDR="198.51.100.1")
        assert response.status_code == 302

    def test_failures_at_both_sign_ins_add_up(self, client, person):
        fail(client, ADMIN_SIGN_IN, "ada", 3)
        response = fail(client, MEMBER_SIGN_IN, "ada", 2)
        assert response.status_code == 429

    def test_a_success_starts_the_count_again(self, client, person):
        fail(client, MEMBER_SIGN_IN, "ada", 4)
        sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD)
        client.logout()
        assert fail(client, MEMBER_SIGN_IN, "ada", 4).status_code == 200

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_the_address_it_saw_counts(self, client, person):
        proxy = {"REMOTE_ADDR": "10.0.0.2"}
        fail(client, MEMBER_SIGN_IN, "ada", 5, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
        # A made-up address in front of the proxy's entry changes nothing...
        forged = {"HTTP_X_FORWARDED_FOR": "198.51.100.1, 203.0.113.7", **proxy}
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD, **forged).status_code == 429
        # ...while another visitor behind the same proxy is not locked out.
        other = {"HTTP_X_FORWARDED_FOR": "198.51.100.9", **proxy}
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD, **other).status_code == 302


# Four wrong passwords for each name: never five for one name, twenty from the address in all.
SPRAYED_NAMES = ["ada", "grace", "linus", "barbara", "edsger"]


def spray(client, names, **extra):
    for name in names:
        response = fail(client, MEMBER_SIGN_IN, name, 4, **extra)
    return response


class TestPasswordSpraying:
    """One address trying a few passwords on many user names."""

    def test_twenty_failures_from_one_address_lock_it_out(self, client, person):
        assert spray(client, SPRAYED_NAMES[:4]).status_code == 200
        response = spray(client, SPRAYED_NAMES[4:])
        assert response.status_code == 429
        assert LOCKED_OUT_TEXT in response.content.decode()

    def test_the_locked_address_is_refused_for_every_name(self, client, person):
        spray(client, SPRAYED_NAMES)
        UserFactory(username="margaret")
        assert sign_in(client, MEMBER_SIGN_IN, "margaret", PASSWORD).status_code == 429
        assert sign_in(client, ADMIN_SIGN_IN, "ada", PASSWORD).status_code == 429
        assert not is_signed_in(client)

    def test_nineteen_failures_still_let_the_right_password_in(self, client, person):
        spray(client, SPRAYED_NAMES[1:])
        fail(client, MEMBER_SIGN_IN, "ada", 3)
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD).status_code == 302

    def test_other_addresses_are_not_affected(self, client, person):
        spray(client, SPRAYED_NAMES, REMOTE_ADDR="203.0.113.7")
        response = sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD, REMOTE_ADDR="198.51.100.1")
        assert response.status_code == 302

    def test_signing_in_to_an_own_account_does_not_clear_the_address(self, client, person):
        spray(client, SPRAYED_NAMES[1:])
        fail(client, MEMBER_SIGN_IN, "ada", 3)
        UserFactory(username="mallory")
        assert sign_in(client, MEMBER_SIGN_IN, "mallory", PASSWORD).status_code == 302
        client.logout()
        assert fail(client, MEMBER_SIGN_IN, "ada", 1).status_code == 429

    def test_the_lock_lifts_after_the_cool_off(self, client, person):
        spray(client, SPRAYED_NAMES)
        sixteen_minutes_ago = timezone.now() - datetime.timedelta(minutes=16)
        AccessAttempt.objects.update(attempt_time=sixteen_minutes_ago)
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD).status_code == 302

    def test_an_administrator_lifts_the_lock(self, client, person):
        spray(client, SPRAYED_NAMES)
        call_command("axes_reset_ip", "127.0.0.1", verbosity=0)
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD).status_code == 302

    @override_settings(TRUSTED_PROXY_COUNT=2)
    def test_forged_forwarded_addresses_do_not_escape_it(self, client, person):
        """A sprayer behind the TLS proxy and nginx writes a new address before each attempt."""
        for number, name in enumerate(SPRAYED_NAMES):
            forged = f"198.51.100.{number}, 203.0.113.7, 192.0.2.10"
            response = fail(client, MEMBER_SIGN_IN, name, 4, HTTP_X_FORWARDED_FOR=forged)
        assert response.status_code == 429
        # Someone else behind the same proxies still signs in.
        other = {"HTTP_X_FORWARDED_FOR": "198.51.100.9, 192.0.2.10"}
        assert sign_in(client, MEMBER_SIGN_IN, "ada", PASSWORD, **other).status_code == 302


NGINX = "172.18.0.5"


class TestClientAddress:
    """The address sign-in throttling counts: what TRUSTED_PROXY_COUNT proxies appended."""

    @pytest.mark.parametrize(
        ("proxies", "forwarded", "address"),
        [
            # Reached directly: the header is the client's own and means nothing.
            (0, "203.0.113.7", NGINX),
            (1, "203.0.113.7", "203.0.113.7"),
            # Entries to the left of the proxies' are the client's and are passed over.
            (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),
            (2, "203.0.113.7, 192.0.2.10", "203.0.113.7"),
            (2, "198.51.100.1,198.51.100.2 , 203.0.113.7, 192.0.2.10", "203.0.113.7"),
            (2, "2001:db8::7, 192.0.2.10", "2001:db8::7"),
            (1, " , 203.0.113.7,", "203.0.113.7"),
            # Fewer entries than proxies, or none, or no address: the nearest proxy's.
            (2, "192.0.2.10", NGINX),
            (1, "", NGINX),
            (1, "198.51.100.1, unknown", NGINX),
            (2, "203.0.113.7:51234, 192.0.2.10", NGINX),
        ],
    )
    def test_the_client_is_as_many_entries_from_the_right_as_there_are_proxies(
        self, rf, settings, proxies, forwarded, address
    ):
        settings.TRUSTED_PROXY_COUNT = proxies
        request = rf.post(MEMBER_SIGN_IN, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=forwarded)
        assert client_ip_address(request) == address

    def test_the_compose_set_up_finds_the_client_behind_the_tls_proxy_and_nginx(self, rf):
        """The documented set-up: browser → TLS proxy → compose `proxy` (nginx) → gunicorn."""
        root = settings.BASE_DIR
        site = yaml.safe_load((root / "docker-compose.yml").read_text())["x-site"]
        compose_default = re.fullmatch(
            r"\$\{TRUSTED_PROXY_COUNT:-(\d+)\}", site["environment"]["TRUSTED_PROXY_COUNT"]
        )
        example = re.search(
            r"^TRUSTED_PROXY_COUNT=(\d+)$", (root / ".env.example").read_text(), re.M
        )
        assert compose_default.group(1) == example.group(1)
        # nginx appends the address it saw (the TLS proxy's) to what the TLS proxy sent.
        assert (
            "X-Forwarded-For $proxy_add_x_forwarded_for" in (root / "deploy/nginx.conf").read_text()
        )
        sent_by_the_client = "198.51.100.66"
        after_the_tls_proxy = f"{sent_by_the_client}, 203.0.113.7"
        after_nginx = f"{after_the_tls_proxy}, 192.0.2.10"
        request = rf.post(MEMBER_SIGN_IN, REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR=after_nginx)
        with override_settings(TRUSTED_PROXY_COUNT=int(compose_default.group(1))):
            assert client_ip_address(request) == "203.0.113.7"


def test_the_lock_out_page_speaks_the_visitors_language(client, home, person):
    response = fail(client, "/de/accounts/login/", "ada", 5)
    assert response.status_code == 429
    assert '<html lang="de"' in response.content.decode()
