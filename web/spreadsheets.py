"""Spreadsheets that open safely (CSV/formula injection, OWASP): text starting with =, +, -, @,
a tab or a carriage return would run as a formula. In CSV it gets a leading apostrophe; in XLSX
it is stored as text. Every export of the portal writes its cells through this module."""

import csv
import io
import itertools

from django.http import HttpResponse, StreamingHttpResponse

from web.plaintext import without_control_characters as _clean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # spreadsheet programs then read the Thai text as UTF-8
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def formula_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value):
    """A value as a CSV cell: no control characters, never a formula."""
    return formula_safe(_clean(value))


class _Line:
    """A file-like object whose `write` hands back the line, so csv.writer can stream."""

    def write(self, text):
        return text


def csv_lines(header, rows):
    """The CSV text line by line (no byte-order mark), for streaming any number of rows."""
    writer = csv.writer(_Line())
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


def csv_text(header, rows):
    """CSV text with a header row, UTF-8 with a BOM so that spreadsheet programs read Thai."""
    return BOM + "".join(csv_lines(header, rows))


def write_csv(stream, header, rows):
    """Write CSV (no BOM) to a text stream such as a command's output; returns the row count."""
    lines = csv_lines(header, rows)
    stream.write(next(lines))
    count = 0
    for line in lines:
        stream.write(line)
        count += 1
    return count


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


def _download(response, filename):
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(filename, header, rows):
    return _download(HttpResponse(csv_text(header, rows), content_type=CSV_CONTENT_TYPE), filename)


def csv_streaming_response(filename, header, rows):
    """A CSV download that is written while the rows are read, for exports without a bound."""
    lines = itertools.chain([BOM], csv_lines(header, rows))
    return _download(StreamingHttpResponse(lines, content_type=CSV_CONTENT_TYPE), filename)


def xlsx_response(filename, sheet_title, header, rows):
    content = xlsx_bytes(sheet_title, header, rows)
    return _download(HttpResponse(content, content_type=XLSX_CONTENT_TYPE), filename)


class SafeSpreadsheetExportMixin:
    """For Wagtail's own export views (its SpreadsheetExportMixin): every cell without control
    characters, and CSV cells that cannot run as formulas."""

    def preprocess_field_value(self, field, value, export_format):
        value = _clean(super().preprocess_field_value(field, value, export_format))
        return formula_safe(value) if export_format == self.FORMAT_CSV else value
