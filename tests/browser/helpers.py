"""Helpers of the browser tests (fixtures: conftest.py)."""

import json
from pathlib import Path
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone, translation

ROOT = Path(__file__).resolve().parents[2]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"

DESKTOP = {"width": 1280, "height": 800}
MOBILE = {"width": 375, "height": 812}

# One query per language that finds several demo pages.
SEARCH_QUERIES = {"en": "data", "de": "Daten", "ar": "data"}


def public_page_urls(language_code):
    """{page type: URL} of one demo page of every public page type, in the language."""
    from casestudies.models import CaseStudyIndexPage, CaseStudyPage
    from cities.models import CityIndexPage, CityPage
    from events.models import EventIndexPage, EventPage
    from home.models import ContentPage, HomePage
    from topics.models import TopicIndexPage, TopicPage

    # Pages of a language without its own tree (Arabic, tests/browser/test_rtl.py) are English.
    content_language = language_code if language_code in ("en", "de") else "en"

    def url(model, queryset=None):
        pages = model.objects.live().public() if queryset is None else queryset
        page = pages.filter(locale__language_code=content_language).order_by("path").first()
        return f"/{language_code}/{page.url.split('/', 2)[2]}"

    with translation.override(language_code):
        search_url = reverse("search") + "?" + urlencode({"q": SEARCH_QUERIES[language_code]})
        login_url = reverse("login")
    return {
        "home": url(HomePage),
        "content page": url(ContentPage),
        "topic index": url(TopicIndexPage),
        "topic": url(TopicPage),
        "city index": url(CityIndexPage),
        "city": url(CityPage),
        "case study index": url(CaseStudyIndexPage),
        "case study": url(CaseStudyPage),
        "event index": url(EventIndexPage),
        "event": url(EventPage, EventPage.objects.live().public().upcoming(timezone.now())),
        "search": search_url,
        "404": f"/{language_code}/no-such-page/",
        "login": login_url,
    }


def run_axe(page):
    """axe-core's violations on the page as loaded (WCAG 2.0/2.1 A and AA and best practices).

    Each violation is axe's dict: id, impact ("minor" … "critical"), help, nodes.
    """
    if not page.evaluate("() => typeof window.axe === 'object'"):
        # Called as a function, not added as a <script>: the site's Content-Security-Policy
        # rightly refuses inline scripts, and the test should not switch it off.
        page.evaluate("() => {\n" + AXE_SCRIPT.read_text(encoding="utf-8") + "\n}")
    options = {
        "runOnly": {
            "type": "tag",
            "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        },
        "resultTypes": ["violations"],
    }
    return page.evaluate(
        "async (options) => (await axe.run(document, options)).violations", options
    )


def describe_violations(violations):
    """A readable summary of axe's violations for an assertion message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['impact']}: {violation['id']} – {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {json.dumps(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)
