"""Spreadsheets that open safely (CSV/formula injection, OWASP): text starting with =, +, -, @,
a tab or a carriage return would run as a formula. In CSV it gets a leading apostrophe; in XLSX
it is stored as text. Every export of the portal writes its cells through this module."""

import csv
import io

from unitsites.plaintext import without_control_characters as _clean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def formula_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header, rows):
    """CSV text with a header row, UTF-8 with a BOM so that spreadsheet programs read Thai."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([formula_safe(_clean(value)) for value in row] for row in rows)
    return out.getvalue()


def xlsx_bytes(sheet_title, header, rows):
    """An XLSX workbook of one sheet with a header row; text cells are never formulas."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]  # Excel's limit
    for row in [header, *rows]:
        sheet.append([_clean(value) for value in row])
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":  # openpyxl reads "=..." as a formula
                cell.data_type = "s"
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()


def _download(content, filename, content_type):
    from django.http import HttpResponse

    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename, header, rows):
    return _download(csv_text(header, rows), filename, "text/csv; charset=utf-8")


def xlsx_response(filename, sheet_title, header, rows):
    return _download(xlsx_bytes(sheet_title, header, rows), filename, XLSX_CONTENT_TYPE)


class SafeSpreadsheetExportMixin:
    """For Wagtail's own export views (its SpreadsheetExportMixin): every cell without control
    characters, and CSV cells that cannot run as formulas."""

    def preprocess_field_value(self, field, value, export_format):
        value = _clean(super().preprocess_field_value(field, value, export_format))
        return formula_safe(value) if export_format == self.FORMAT_CSV else value
