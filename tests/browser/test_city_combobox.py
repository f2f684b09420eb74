"""The city field of the case-study filters in Chromium: a list of names as the visitor types,
operated by keyboard; without JavaScript, a text field the listing understands."""

import re

from playwright.sync_api import expect

from tests.browser.helpers import describe_violations, run_axe


def test_a_city_is_chosen_with_the_keyboard(page):
    page.goto("/en/case-studies/")
    field = page.get_by_role("combobox", name="City")
    field.focus()
    page.keyboard.type("cur", delay=30)

    options = page.get_by_role("listbox", name="City").get_by_role("option")
    expect(options.first).to_contain_text("Curitiba")
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status").filter(has_text="Cities found:")).to_contain_text(
        f"Cities found: {options.count()}."
    )
    serious = [v for v in run_axe(page) if v["impact"] in {"serious", "critical"}]
    assert not serious, describe_violations(serious)

    page.keyboard.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", options.first.get_attribute("id"))
    # Enter takes the city; a second Enter applies the filters.
    page.keyboard.press("Enter")
    expect(field).to_have_value("Curitiba")
    expect(field).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]city=Curitiba"))
    expect(page.locator(".card__meta").first).to_contain_text("Curitiba")


def test_without_javascript_a_typed_name_filters_or_is_explained(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/en/case-studies/")
    field = page.get_by_label("City")
    field.fill("curitiba")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator(".card__meta").first).to_contain_text("Curitiba")

    page.get_by_label("City").fill("Atlantis")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.get_by_text("There is no city called “Atlantis”.")).to_be_visible()
