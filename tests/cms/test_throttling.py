"""Sign-in throttling (django-axes) on the admin's and the members' sign-in: five failures lock
one user name from one address out for 15 minutes, even with the right password; the lock-out
page says so; the lock lifts after the cool-off or with `manage.py axes_reset`."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

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


def test_the_lock_out_page_speaks_the_visitors_language(client, home, person):
    response = fail(client, "/de/accounts/login/", "ada", 5)
    assert response.status_code == 429
    assert '<html lang="de"' in response.content.decode()
