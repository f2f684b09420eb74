"""Right to left: in Arabic the layout mirrors (logical CSS properties), it does not just
right-align the text. Compared with the same page in English, in Chromium."""

from playwright.sync_api import expect

# Where the parts of the page are, horizontally: [left, right] in CSS pixels.
POSITIONS = """
() => {
    const edges = (element) => {
        const rect = element.getBoundingClientRect();
        return [rect.left, rect.right];
    };
    const box = (selector) => edges(document.querySelector(selector));
    const crumbs = document.querySelectorAll(".breadcrumbs li");
    return {
        brand: box(".site-brand"),
        switcher: box(".language-switcher"),
        first_menu_item: box(".main-nav li:first-child"),
        last_menu_item: box(".main-nav li:last-child"),
        first_crumb: edges(crumbs[0]),
        last_crumb: edges(crumbs[crumbs.length - 1]),
        content: box(".detail-layout > :first-child"),
        facts: box(".detail-layout > .facts"),
        heading: box("h1"),
        direction: getComputedStyle(document.body).direction,
        width: document.documentElement.clientWidth,
    };
}
"""


def is_left_of(a, b):
    return a[1] <= b[0] + 1


def test_case_study_mirrors_in_arabic(page, public_pages, arabic):
    page.goto(public_pages["en"]["case study"])
    english = page.evaluate(POSITIONS)
    page.goto(public_pages[arabic]["case study"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    arabic_layout = page.evaluate(POSITIONS)

    assert english["direction"] == "ltr"
    assert arabic_layout["direction"] == "rtl"
    # English reads left to right: brand, then languages; menu, breadcrumbs and columns too.
    assert is_left_of(english["brand"], english["switcher"])
    assert is_left_of(english["first_menu_item"], english["last_menu_item"])
    assert is_left_of(english["first_crumb"], english["last_crumb"])
    assert is_left_of(english["content"], english["facts"])
    # Arabic mirrors all of it.
    assert is_left_of(arabic_layout["switcher"], arabic_layout["brand"])
    assert is_left_of(arabic_layout["last_menu_item"], arabic_layout["first_menu_item"])
    assert is_left_of(arabic_layout["last_crumb"], arabic_layout["first_crumb"])
    assert is_left_of(arabic_layout["facts"], arabic_layout["content"])
    # The heading spans the content column, which is mirrored about the middle of the page.
    width = english["width"]
    assert abs((width - english["heading"][0]) - arabic_layout["heading"][1]) <= 2


def test_skip_link_appears_at_the_start_edge_in_arabic(page, public_pages, arabic):
    page.goto(public_pages[arabic]["home"])
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    box = skip_link.bounding_box()
    assert box["x"] > page.viewport_size["width"] / 2
