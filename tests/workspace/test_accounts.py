"""Members sign in, sign out and reset their password on the site, in their language."""

import re

import pytest
from django.core import mail

from tests.workspace.factories import PASSWORD, WorkspacePageFactory, member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/en/accounts/login/",
        "/de/accounts/login/",
        "/en/accounts/password-reset/",
        "/en/accounts/password-reset/sent/",
        "/en/accounts/password-reset/done/",
        "/en/accounts/password-reset/MQ/bad-token/",
    ],
)
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("<h1") == 1


def test_the_login_url_is_the_sites_own():
    from django.shortcuts import resolve_url
    from django.utils.translation import override

    with override("es"):
        assert resolve_url("login") == "/es/accounts/login/"


def test_signing_in_leads_to_the_workspace(client, home):
    workspace = WorkspacePageFactory()
    person = member()
    response = client.post(
        "/en/accounts/login/", {"username": person.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == workspace.url


def test_a_wrong_password_is_refused_with_a_message(client):
    person = member()
    response = client.post("/en/accounts/login/", {"username": person.username, "password": "x"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_no_open_redirect_after_signing_in(client, home):
    person = member()
    response = client.post(
        "/en/accounts/login/",
        {"username": person.username, "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_signing_out_takes_post(client, a_member):
    client.force_login(a_member)
    assert client.get("/en/accounts/logout/").status_code == 405
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 200
    assert "You are signed out" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_footer_offers_sign_in_or_sign_out(client, home, a_member):
    assert 'href="/en/accounts/login/"' in client.get(home.url).content.decode()
    client.force_login(a_member)
    html = client.get(home.url).content.decode()
    assert 'action="/en/accounts/logout/"' in html
    assert 'href="/en/accounts/login/"' not in html


def test_password_reset_sends_a_working_link(client):
    person = member(email="ana@example.org")
    response = client.post("/en/accounts/password-reset/", {"email": "ana@example.org"})
    assert response["Location"] == "/en/accounts/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert person.username in message.body
    link = re.search(r"http://testserver(/en/accounts/password-reset/\S+/\S+/)", message.body)

    # The link leads to a form (via Django's redirect that hides the token) that sets the password.
    form_url = client.get(link.group(1))["Location"]
    response = client.post(
        form_url,
        {"new_password1": "a-new-long-passphrase", "new_password2": "a-new-long-passphrase"},
    )
    assert response["Location"] == "/en/accounts/password-reset/done/"
    person.refresh_from_db()
    assert person.check_password("a-new-long-passphrase")


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_nothing(client):
    response = client.post("/en/accounts/password-reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/en/accounts/password-reset/sent/"
    assert mail.outbox == []
