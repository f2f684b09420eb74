"""`make screenshots`: the key pages of the demo content as PNGs in docs/screenshots/.

Not part of the test run (pytest collects only test_*.py); `make screenshots` names this file.
Each page at desktop (1280 by 800) and mobile (375 by 812) width, the first screen of it only,
reduced to a 256-colour palette to keep the committed files small.
"""

from pathlib import Path

import pytest
from PIL import Image

from tests.browser.helpers import DESKTOP, MOBILE, ROOT

OUTPUT = ROOT / "docs" / "screenshots"
VIEWPORTS = {"desktop": DESKTOP, "mobile": MOBILE}
# File name: (language, page type of conftest.public_page_urls).
SHOTS = {
    "home": ("en", "home"),
    "case-studies": ("en", "case study index"),
    "case-study": ("en", "case study"),
    "event": ("en", "event"),
    "search": ("en", "search"),
    "city": ("en", "city"),
    "case-study-de": ("de", "case study"),
}


def shrink(path: Path):
    """A palette PNG: the flat colours of the site survive, the file is a third of the size."""
    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    reduced.save(path, optimize=True)


@pytest.mark.parametrize("viewport_name", VIEWPORTS)
def test_write_screenshots(new_context, public_pages, viewport_name):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page = new_context(viewport=VIEWPORTS[viewport_name]).new_page()
    for name, (language, page_type) in SHOTS.items():
        page.goto(public_pages[language][page_type])
        page.wait_for_load_state("networkidle")
        path = OUTPUT / f"{name}-{viewport_name}.png"
        page.screenshot(path=path, animations="disabled", caret="hide")
        shrink(path)
