"""CSV cells never run as formulas in a spreadsheet: the shared helper, and Wagtail's own admin
reports, which core/apps.py connects to it (the case studies' open data and the search reports:
tests/casestudies/test_exports.py, tests/search/test_reports.py)."""

import csv
import datetime
import io

import pytest

from core.spreadsheets import FORMULA_TRIGGERS, defuse_formula
from tests.home.factories import ContentPageFactory


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_text_starting_a_formula_gets_an_apostrophe(trigger):
    assert defuse_formula(f"{trigger}SUM(A1:A9)") == f"'{trigger}SUM(A1:A9)"


@pytest.mark.parametrize(
    "value",
    ["Smart lighting", "", "'=already text", " =A1", "A=B", "https://example.org/-x"],
)
def test_other_text_is_unchanged(value):
    assert defuse_formula(value) == value


@pytest.mark.parametrize("value", [-3, 2.5, None, datetime.date(2026, 1, 1)])
def test_numbers_and_dates_stay_what_they_are(value):
    assert defuse_formula(value) == value


def test_defusing_twice_changes_nothing_more():
    assert defuse_formula(defuse_formula("=1+1")) == "'=1+1"


@pytest.mark.django_db
@pytest.mark.parametrize("report", ["/admin/reports/aging-pages/", "/admin/reports/site-history/"])
def test_wagtail_reports_defuse_page_titles(admin_client, home, report):
    """An editor's page title reaches the administrator who downloads a report."""
    page = ContentPageFactory(parent=home, title='=HYPERLINK("https://evil.example","Help")')
    page.save_revision(log_action=True).publish()
    response = admin_client.get(report, {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    titles = [cell for row in rows[1:] for cell in row if "HYPERLINK" in cell]
    assert titles
    assert set(titles) == {'\'=HYPERLINK("https://evil.example","Help")'}
