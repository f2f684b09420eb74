"""The Content-Security-Policy and Permissions-Policy in a real browser: Chromium reports no
violation on any public page (their JSON-LD included), and the Wagtail admin still works under
its own policy: sign-in, page editor, live preview, content checks, the translation editor and
the user bar on the site."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

PASSWORD = "csp-browser-test-password"


def policy_errors(page):
    """Collects what Chromium says about either policy (a violation, an unknown feature)."""
    errors = []
    page.on(
        "console",
        lambda message: (
            ("Content Security Policy" in message.text or "Permissions-Policy" in message.text)
            and errors.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_public_pages_break_no_policy(page, public_pages):
    errors = policy_errors(page)
    for language in ("en", "de"):
        for url in public_pages[language].values():
            page.goto(url)
            page.wait_for_load_state("networkidle")
    page.goto(public_pages["en"]["case study"])
    assert page.locator("script[type='application/ld+json']").count() == 1
    assert not errors, errors


@pytest.fixture
def administrator(committed):
    user = committed(
        get_user_model().objects.create_superuser, "csp-admin", "csp@example.org", PASSWORD
    )
    yield user
    committed(user.delete)


def page_ids(language_code):
    from casestudies.models import CaseStudyPage

    return list(
        CaseStudyPage.objects.filter(locale__language_code=language_code)
        .order_by("path")
        .values_list("pk", flat=True)[:1]
    )


def test_the_admin_works_under_its_policy(page, public_pages, administrator, committed):
    errors = policy_errors(page)
    page.goto("/admin/login/")
    page.fill("input[name=username]", administrator.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    [english_id] = committed(page_ids, "en")
    page.goto(f"/admin/pages/{english_id}/edit/")
    page.click("button[data-side-panel-toggle='preview']")
    # Wagtail swaps in a fresh iframe on every update: the last one is current.
    preview = page.frame_locator("iframe.w-preview__iframe").last
    expect(preview.locator("h1").first).to_be_visible()
    page.click("button[data-side-panel-toggle='checks']")
    checks = page.locator("[data-side-panel='checks']")
    checks.get_by_text("Issues found").wait_for()

    [german_id] = committed(page_ids, "de")
    page.goto(f"/admin/pages/{german_id}/edit/")  # wagtail-localize's translation editor
    page.wait_for_load_state("networkidle")

    page.goto(public_pages["en"]["case study"])
    page.locator("wagtail-userbar").wait_for(state="attached")
    assert not errors, errors
