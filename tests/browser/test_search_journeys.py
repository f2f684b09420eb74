"""Searching the knowledge base in Chromium: facets, the keyboard-operated autocomplete and
pagination (the search page works without JavaScript; the suggestions are the one enhancement).
"""

import re

from playwright.sync_api import expect


def result_count(page):
    """The number in "N results" above the results."""
    return int(page.locator(".result-count").inner_text().split()[0])


def result_titles(page):
    return page.locator(".search-results:not(.search-results--promoted) h3").all_inner_texts()


def facet(page, label):
    """A facet's group of check boxes in the "Refine" column, opened if it is collapsed."""
    group = page.locator("details.search-facet", has=page.locator("summary", has_text=label))
    if group.get_attribute("open") is None:
        group.locator("summary").click()
    return group


def test_facets_narrow_the_results_and_chips_remove_them(page):
    page.goto("/en/search/?q=data")
    everything = result_count(page)
    assert everything > 1

    # The visitor narrows the results to case studies of one country.
    facet(page, "Type").get_by_role("checkbox", name=re.compile(r"^Case studies\b")).check()
    country = facet(page, "Country").get_by_role("checkbox").first
    label = country.locator("xpath=..")
    expected = int(label.locator(".search-facet__count").evaluate("node => node.firstChild.data"))
    country_name = label.evaluate("node => node.childNodes[1].data").strip()
    country.check()
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"[?&]type=case-study"))
    expect(page).to_have_url(re.compile(r"[?&]country=[A-Z]{2}"))
    narrowed = result_count(page)
    assert 0 < narrowed < everything
    # The count beside the country was counted with the type filter applied, or fewer.
    assert narrowed <= expected
    for facts in page.locator(".search-result__facts").all_inner_texts():
        assert country_name in facts
    expect(page.locator(".search-result__meta .tag:not(.tag--language)")).to_have_text(
        ["Case study"] * page.locator(".search-result__meta").count()
    )

    # Each filter is a chip; removing one widens the results again.
    chips = page.get_by_role("list", name="Active filters").get_by_role("link")
    expect(chips).to_have_count(2)
    chips.filter(has_text=country_name).click()
    expect(page).not_to_have_url(re.compile(r"[?&]country="))
    expect(page.get_by_role("list", name="Active filters").get_by_role("link")).to_have_count(1)
    assert narrowed <= result_count(page) <= everything
    expect(page.get_by_role("searchbox")).to_have_value("data")


def test_results_are_paginated(page):
    # Filters without words list everything of a type: the demo content has 40 case studies.
    page.goto("/en/search/?type=case-study")
    total = result_count(page)
    assert total > 12
    first_page = result_titles(page)
    assert len(first_page) == 12

    pagination = page.get_by_role("navigation", name="Pagination")
    expect(pagination).to_contain_text("Page 1 of")
    pagination.get_by_role("link", name="Next").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2"))
    expect(page).to_have_url(re.compile(r"[?&]type=case-study"))
    expect(page.get_by_role("navigation", name="Pagination")).to_contain_text("Page 2 of")
    second_page = result_titles(page)
    assert second_page
    assert not set(first_page) & set(second_page)
    # The list is numbered on from the first page.
    expect(page.locator("ol.search-results:not(.search-results--promoted)")).to_have_attribute(
        "start", "13"
    )
    assert result_count(page) == total


def test_autocomplete_is_operated_with_the_keyboard(page):
    page.goto("/en/search/")
    field = page.get_by_role("combobox", name=re.compile("^Search for case studies"))
    field.focus()
    page.keyboard.type("smart", delay=30)

    suggestions = page.get_by_role("listbox")
    expect(suggestions).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    options = suggestions.get_by_role("option")
    assert options.count() >= 2
    expect(page.get_by_role("status").filter(has_text="Suggestions:")).to_contain_text(
        f"Suggestions: {options.count()}."
    )

    # Down twice and up once: the first suggestion is the active one.
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(field).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(options.nth(1)).to_have_attribute("aria-selected", "false")
    expect(field).to_be_focused()

    # Escape closes the list and leaves the typed words; Enter then searches for them.
    page.keyboard.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).to_have_value("smart")

    # Down opens it again; Enter on a suggestion opens that page.
    page.keyboard.press("ArrowDown")
    expect(suggestions).to_be_visible()
    page.keyboard.press("ArrowDown")
    type_label = first.locator(".search-suggestions__type").inner_text()
    title = first.inner_text().removesuffix(type_label).strip()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page).not_to_have_url(re.compile(r"/search/"))


def test_enter_without_a_chosen_suggestion_searches_for_the_words(page):
    page.goto("/en/search/")
    field = page.get_by_role("combobox", name=re.compile("^Search for case studies"))
    field.focus()
    page.keyboard.type("smart", delay=30)
    expect(page.get_by_role("listbox")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=smart"))
    assert result_count(page) > 0
