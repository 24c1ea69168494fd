"""The one spreadsheet module every export writes through: formula-safe, control characters
dropped, a byte-order mark for spreadsheet programs, streaming for unbounded exports."""

import ast
import io
from pathlib import Path

from openpyxl import load_workbook

from web import spreadsheets

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_ROW = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-1", "ok\x00\x1btext", 42]


def test_csv_cells_never_run_as_formulas_and_lose_control_characters():
    text = spreadsheets.csv_text(["a", "b", "c", "d", "e", "f"], [HOSTILE_ROW])
    assert text.startswith(spreadsheets.BOM)
    row = text.splitlines()[1]
    assert row == '"\'=HYPERLINK(""http://x"",""y"")",\'@SUM(A1),\'+1,\'-1,oktext,42'


def test_xlsx_cells_are_text_not_formulas():
    content = spreadsheets.xlsx_bytes("sheet", ["a"] * 6, [HOSTILE_ROW])
    sheet = load_workbook(io.BytesIO(content)).active
    cells = list(next(sheet.iter_rows(min_row=2)))
    assert [cell.data_type for cell in cells[:4]] == ["s"] * 4
    assert cells[0].value == HOSTILE_ROW[0]
    assert cells[4].value == "oktext"


def test_the_streaming_download_starts_with_a_bom_and_holds_every_row():
    rows = ([str(number), f"=row {number}"] for number in range(5000))
    response = spreadsheets.csv_streaming_response("big.csv", ["n", "text"], rows)
    assert response["Content-Disposition"] == 'attachment; filename="big.csv"'
    text = b"".join(response.streaming_content).decode()
    lines = text.splitlines()
    assert lines[0] == spreadsheets.BOM + "n,text"
    assert len(lines) == 5001
    assert lines[-1] == "4999,'=row 4999"


def test_write_csv_counts_the_rows_it_wrote():
    stream = io.StringIO()
    assert spreadsheets.write_csv(stream, ["n"], [[1], [2], ["@3"]]) == 3
    assert stream.getvalue().splitlines() == ["n", "1", "2", "'@3"]


def _modules_writing_csv():
    """Project modules that use csv.writer or openpyxl's Workbook themselves (the benchmarks
    write their own input files, which nobody downloads)."""
    for path in ROOT.glob("*/**/*.py"):
        if {".venv", "tests", "migrations", "benchmarks"} & set(path.parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            writes_csv = (
                isinstance(node, ast.Attribute)
                and node.attr in {"writer", "DictWriter"}
                and isinstance(node.value, ast.Name)
                and node.value.id == "csv"
            )
            if writes_csv:
                yield path.relative_to(ROOT).as_posix()
            if isinstance(node, ast.ImportFrom) and node.module == "openpyxl":
                yield path.relative_to(ROOT).as_posix()


def test_every_export_goes_through_the_spreadsheet_module():
    # The demo seeder writes a sample CSV attachment of its own: it is content, not an export.
    allowed = {"web/spreadsheets.py", "unitsites/demo/documents.py"}
    assert set(_modules_writing_csv()) - allowed == set()
