"""Keyboard only: Tab reaches every control of a page, each with a visible focus indicator, and
the skip link leads past the header to the content."""

import pytest
from playwright.sync_api import expect

# Every control a keyboard user can reach with Tab, numbered in document order. Radio buttons
# count once per group (Tab enters a group once; the arrow keys move within it).
NUMBER_FOCUSABLE = """
() => {
    const selector = [
        "a[href]", "area[href]", "button", "input:not([type=hidden])", "select", "textarea",
        "summary", "iframe", "[tabindex]", "[contenteditable]:not([contenteditable=false])",
    ].join(",");
    const radioGroups = new Set();
    const controls = [...document.querySelectorAll(selector)].filter((element) => {
        if (element.disabled || element.tabIndex < 0 || element.closest("[inert]")) return false;
        if (!element.getClientRects().length) return false;
        if (getComputedStyle(element).visibility === "hidden") return false;
        const closedDetails = element.closest("details:not([open])");
        if (closedDetails && element !== closedDetails.querySelector("summary")) return false;
        if (element.type === "radio") {
            if (radioGroups.has(element.name)) return false;
            radioGroups.add(element.name);
        }
        return true;
    });
    return controls.map((element, index) => {
        element.dataset.focusOrder = index;
        const style = getComputedStyle(element);
        const indicator = [style.outlineStyle, style.outlineWidth, style.outlineColor];
        return {description: describe(element), indicator: [...indicator, style.boxShadow]};
    });

    function describe(element) {
        const name = (element.innerText || element.value || element.getAttribute("aria-label")
            || element.name || element.id || "").trim().slice(0, 40);
        return `<${element.tagName.toLowerCase()}> ${name}`;
    }
}
"""

FOCUSED = """
() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        order: element.dataset.focusOrder === undefined ? null : Number(element.dataset.focusOrder),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        indicator: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow],
        on_screen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
            && box.top < innerHeight && box.left < innerWidth,
    };
}
"""

PAGE_TYPES = [
    "home",
    "content page",
    "topic",
    "city index",
    "city",
    "case study index",
    "case study",
    "event index",
    "event",
    "search",
    "404",
    "login",
]


# Tab starts from the top of the page, even where a field took the focus on load (autofocus).
FROM_THE_TOP = """
() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
}
"""


def tab_through(page):
    """Press Tab until focus leaves the page; what each stop looked like, in order."""
    page.evaluate(FROM_THE_TOP)
    controls = page.evaluate(NUMBER_FOCUSABLE)
    stops = []
    for _ in range(len(controls) + 20):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            break
        stops.append(focused)
    return controls, stops


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_tab_reaches_every_control_with_visible_focus(page, public_pages, page_type):
    page.goto(public_pages["en"][page_type])
    controls, stops = tab_through(page)

    assert controls, "a page without a single control?"
    visited = [stop["order"] for stop in stops]
    assert None not in visited, "Tab stopped on an element that is not a control"
    missed = [controls[order]["description"] for order in set(range(len(controls))) - set(visited)]
    assert not missed, f"Tab never reaches: {missed}"
    assert visited == sorted(visited), "Tab order differs from the reading order"

    for stop in stops:
        control = controls[stop["order"]]
        assert stop["on_screen"], f"{control['description']} is focused off screen"
        assert stop["indicator"] != control["indicator"], (
            f"{control['description']} looks the same focused and unfocused"
        )
        assert stop["outline"] or stop["indicator"][3] != "none", (
            f"{control['description']} has neither outline nor shadow when focused"
        )


def test_skip_link_leads_to_the_content(page, public_pages):
    page.goto(public_pages["en"]["case study"])
    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    expect(skip_link).to_have_text("Skip to main content")
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    # The next stop is in the content, past the header's menu, switcher and search.
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")
