"""WCAG 2.1 AA by axe-core: every public page type, in English, German and right to left,
at desktop and mobile width. No serious or critical violation may remain (colour contrast
included); the failure message lists them with the elements concerned.

Every scan's violations, of any impact, are written to var/browser/axe/<language>-<width>.json
({page type: {"url": …, "violations": {rule: impact}}}), for the record.
"""

import json

import pytest

from tests.browser.helpers import DESKTOP, MOBILE, ROOT, describe_violations, run_axe

BLOCKING = {"serious", "critical"}
REPORTS = ROOT / "var" / "browser" / "axe"


def serious_violations(page, urls, report_name):
    """{page type and URL: description} of the pages with serious or critical violations."""
    found, scans = {}, {}
    for page_type, url in urls.items():
        response = page.goto(url)
        assert response.status == (404 if page_type == "404" else 200), url
        violations = run_axe(page)
        scans[page_type] = {
            "url": url,
            "violations": {violation["id"]: violation["impact"] for violation in violations},
        }
        serious = [violation for violation in violations if violation["impact"] in BLOCKING]
        if serious:
            found[f"{page_type} ({url})"] = describe_violations(serious)
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{report_name}.json").write_text(json.dumps(scans, indent=2), encoding="utf-8")
    return found


def report(found):
    return "\n".join(f"{where}:\n{what}" for where, what in found.items())


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_every_public_page_type(new_context, public_pages, language, viewport):
    page = new_context(viewport=viewport).new_page()
    found = serious_violations(page, public_pages[language], f"{language}-{viewport['width']}")
    assert not found, report(found)


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_every_public_page_type_right_to_left(new_context, public_pages, arabic, viewport):
    page = new_context(viewport=viewport).new_page()
    page.goto(public_pages[arabic]["home"])
    assert page.locator("html").get_attribute("dir") == "rtl"
    found = serious_violations(page, public_pages[arabic], f"{arabic}-{viewport['width']}")
    assert not found, report(found)
