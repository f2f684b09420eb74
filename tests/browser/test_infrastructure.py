"""The fixtures themselves: what other browser tests rely on."""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect


def test_a_signed_in_visitor_sees_the_sign_out_button(context, committed, sign_in):
    user = committed(
        get_user_model().objects.create_user, "browser-infrastructure", password="unused-here"
    )
    try:
        sign_in(context, user)
        page = context.new_page()
        page.goto("/en/")
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    finally:
        committed(user.delete)
