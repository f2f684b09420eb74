"""Security headers on every kind of response (public pages, admin, API, errors), the admin's own
Content-Security-Policy, cookie flags, and production's `check --deploy` and HTTPS headers."""

import json
import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
DENIED_FEATURES = {
    "camera=()",
    "microphone=()",
    "geolocation=()",
    "payment=()",
    "usb=()",
    "browsing-topics=()",
}


def csp_directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    parts = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in parts}


def assert_security_headers(response, policy=PUBLIC_POLICY):
    assert csp_directives(response) == policy
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = {part.strip() for part in response["Permissions-Policy"].split(",")}
    assert features >= DENIED_FEATURES


def assert_admin_policy(response):
    policy = csp_directives(response)
    assert policy["frame-ancestors"] == ["'self'"], "the admin frames its own previews"
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    for sources in policy.values():
        assert all(source.startswith("'") or source.endswith(":") for source in sources), (
            "nothing from other hosts"
        )
    assert_security_headers(response, policy=policy)


class TestPublicResponses:
    def test_a_page(self, client, home):
        page = ContentPageFactory(title="Imprint")
        response = client.get(page.url)
        assert response.status_code == 200
        assert_security_headers(response)
        assert response["X-Frame-Options"] == "DENY"

    @pytest.mark.parametrize("url", ["/en/search/?q=mobility", "/en/accounts/login/"])
    def test_search_and_sign_in(self, client, home, url):
        response = client.get(url)
        assert response.status_code == 200
        assert_security_headers(response)

    def test_the_language_redirect(self, client, home):
        response = client.get("/")
        assert response.status_code == 302
        assert_security_headers(response)

    def test_the_api(self, client, home):
        response = client.get("/api/v2/pages/")
        assert response.status_code == 200
        assert_security_headers(response)

    def test_page_not_found(self, client, home):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404
        assert_security_headers(response)

    @pytest.mark.urls("tests.cms.urls")
    def test_server_error(self, home):
        response = Client(raise_request_exception=False).get("/broken/")
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()
        assert_security_headers(response)

    def test_pages_carry_no_inline_script_or_event_handler(self, client, home):
        """script-src 'self' would block them; JSON-LD is data, not script."""
        html = client.get(home.url).content.decode()
        for tag in html.split("<script")[1:]:
            attributes = tag.split(">", 1)[0]
            assert 'type="application/ld+json"' in attributes or "src=" in attributes
        assert " onclick=" not in html
        assert " onload=" not in html
        assert "javascript:" not in html


class TestAdminResponses:
    def test_the_sign_in_page(self, client):
        response = client.get("/admin/login/")
        assert response.status_code == 200
        assert_admin_policy(response)
        assert response["X-Frame-Options"] == "DENY"

    def test_the_dashboard_and_the_page_editor(self, client, home, admin_user):
        client.force_login(admin_user)
        for url in (
            "/admin/",
            f"/admin/pages/{home.pk}/edit/",
            f"/admin/pages/add/home/contentpage/{home.pk}/",
        ):
            response = client.get(url)
            assert response.status_code == 200, url
            assert_admin_policy(response)
            # The editor's inline scripts run under this policy, not the public one.
            assert "'unsafe-inline'" in csp_directives(response)["script-src"]

    def test_page_previews_carry_the_admin_policy(self, client, home, admin_user):
        """Wagtail renders a preview through the middleware with a request for the page's public
        URL; the preview itself is an admin response that the editor frames."""
        client.force_login(admin_user)
        page = ContentPageFactory(title="Imprint")
        edit_url = f"/admin/pages/{page.pk}/edit/"
        form = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
        # The StreamField's inputs are made by its script; an empty body will do.
        form.update(nested_form_data({"body": streamfield([])}))
        assert client.post(f"{edit_url}preview/", form).json()["is_valid"]
        response = client.get(f"{edit_url}preview/")
        assert response.status_code == 200
        assert "Imprint" in response.content.decode()
        assert_admin_policy(response)
        assert response["X-Frame-Options"] == "SAMEORIGIN"


class TestCookies:
    def test_csrf_cookie_is_http_only_and_same_site(self, client):
        client.get("/en/accounts/login/")
        cookie = client.cookies[settings.CSRF_COOKIE_NAME]
        assert cookie["httponly"]
        assert cookie["samesite"] == "Lax"

    def test_session_cookie_is_http_only_and_same_site(self, client, home):
        from tests.workspace.factories import PASSWORD, member

        person = member()
        client.post("/en/accounts/login/", {"username": person.username, "password": PASSWORD})
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        assert cookie["httponly"]
        assert cookie["samesite"] == "Lax"


class TestAdminSignOut:
    """Only the admin's own sign-out button (a POST with the CSRF token) ends the session."""

    def test_a_get_from_anywhere_leaves_the_session_alone(self, client, admin_user):
        client.force_login(admin_user)
        response = client.get("/admin/logout/")
        assert response.status_code == 405
        assert settings.SESSION_COOKIE_NAME not in response.cookies, "the cookie stays as it is"
        assert client.get("/admin/").status_code == 200
        assert "_auth_user_id" in client.session

    def test_a_post_signs_out(self, client, admin_user):
        client.force_login(admin_user)
        response = client.post("/admin/logout/")
        assert response.status_code == 302
        assert response["Location"] == "/admin/login/"
        assert "_auth_user_id" not in client.session
        assert client.get("/admin/")["Location"].startswith("/admin/login/")

    def test_a_post_from_another_site_is_refused(self, admin_user):
        client = Client(enforce_csrf_checks=True)
        client.force_login(admin_user)
        assert client.post("/admin/logout/").status_code == 403
        assert client.get("/admin/").status_code == 200


# --- production settings, in a process of their own --------------------------------------------

# A request through production's whole middleware stack (over HTTPS unless the argument is
# "http") to a view that needs no database: what headers and cookies does the browser get?
PRODUCTION_REQUEST = """
import json
import sys

import django
from django.conf import settings

django.setup()
settings.ROOT_URLCONF = "tests.cms.urls"
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

secure = sys.argv[1:] != ["http"]
response = Client().get("/plain/", secure=secure, HTTP_HOST="iscn.example.org")
csrf = response.cookies.get(settings.CSRF_COOKIE_NAME)
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "csrf_cookie": csrf and {
        "secure": csrf["secure"], "httponly": csrf["httponly"], "samesite": csrf["samesite"]
    },
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "language_cookie_secure": settings.LANGUAGE_COOKIE_SECURE,
}))
"""


def production_environment(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEBUG"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="iscn.example.org",
        **env,
    )
    return environment


def run_in_production(*args):
    return subprocess.run(  # noqa: S603 - fixed command, our own interpreter
        [sys.executable, *args],
        env=production_environment(),
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
        timeout=120,
    )


def test_check_deploy_reports_nothing():
    result = run_in_production("manage.py", "check", "--deploy", "--fail-level", "DEBUG")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr.upper(), result.stderr


def test_production_sends_hsts_and_secure_cookies():
    result = run_in_production("-c", PRODUCTION_REQUEST)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200
    headers = answer["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"]
    assert answer["csrf_cookie"] == {"secure": True, "httponly": True, "samesite": "Lax"}
    assert answer["session_cookie_secure"] is True
    assert answer["language_cookie_secure"] is True


def test_production_redirects_plain_http_to_https():
    result = run_in_production("-c", PRODUCTION_REQUEST, "http")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == 301
    assert answer["headers"]["Location"] == "https://iscn.example.org/plain/"
    # HSTS only over HTTPS, as the standard asks; the other headers on the redirect too.
    assert "Strict-Transport-Security" not in answer["headers"]
    assert "frame-ancestors 'none'" in answer["headers"]["Content-Security-Policy"]
