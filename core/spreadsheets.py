"""CSV cells that spreadsheet programs show as text, never run as formulas.

Excel, LibreOffice and Google Sheets read a cell that starts with one of FORMULA_TRIGGERS as a
formula, which can fetch addresses or run commands when someone opens the file ("CSV
injection"). Titles, summaries and search queries are typed by editors and the public, so every
CSV the site produces passes its cells through `defuse_formula`: the case studies' open data
(casestudies/exports.py) directly, the admin's reports (ours and Wagtail's) through
`defuse_wagtail_csv_exports`. XLSX needs nothing: Wagtail writes every cell there as text.
"""

import functools

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value):
    """`value` behind an apostrophe if it is text a spreadsheet would run; anything else as is.

    Spreadsheets hide the apostrophe and show the text; numbers and dates stay numbers and dates.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return f"'{value}"
    return value


def defuse_wagtail_csv_exports():
    """Defuses every cell of the admin's CSV downloads (called once, from core/apps.py).

    Wagtail's reports and listings (site history, aging and locked pages, workflows, redirects,
    the search reports) write their CSV through SpreadsheetExportMixin, which has no setting
    for this: its preprocessing step is wrapped instead.
    """
    preprocess = SpreadsheetExportMixin.preprocess_field_value

    @functools.wraps(preprocess)
    def preprocess_and_defuse(view, field, value, export_format):
        value = preprocess(view, field, value, export_format)
        return defuse_formula(value) if export_format == view.FORMAT_CSV else value

    SpreadsheetExportMixin.preprocess_field_value = preprocess_and_defuse
