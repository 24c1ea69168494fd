"""The register of publication records per fiscal year in the admin (W-03, L-03): who may
export which unit, and CSV/XLSX/printable content that opens safely."""

import csv
import io

from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from network.models import PublicationRecord
from network.publication.records import CSV_HEADER
from tests.conftest import SIGNATORIES
from tests.network.conftest import approve_through_admin
from unitsites.thaidates import fiscal_year

pytestmark = pytest.mark.django_db

REGISTER = reverse("network_publication_register")
FORMULA_TITLE = '=HYPERLINK("http://evil.test/","คลิก")'
ALLOWED = {
    ("approver-h-a", "H-A"),
    ("approver-h-b", "H-B"),
    ("moderator", "H-A"),
    ("moderator", "H-B"),
}


@pytest.fixture
def published(make_page, login, unit_a):
    """A page of H-A, approved and published this fiscal year, with a formula for a title."""
    page = make_page(unit_a, slug="formula", title=FORMULA_TITLE)
    approve_through_admin(login, page, request_remarks="@SUM(1+1)\x07 ส่งต่อ")
    return PublicationRecord.objects.get(page=page)


def this_year():
    return fiscal_year(timezone.now())


@pytest.mark.parametrize(
    "username", ["editor-h-a", "approver-h-a", "approver-h-b", "moderator", "central-admin"]
)
@pytest.mark.parametrize("unit_code", ["H-A", "H-B"])
def test_who_exports_which_units_register(login, published, username, unit_code):
    client = login(username)
    for export in ("", "csv", "xlsx", "print"):
        response = client.get(REGISTER, {"unit": unit_code, "year": this_year(), "export": export})
        if (username, unit_code) in ALLOWED:
            assert response.status_code == 200
        else:
            assert response.status_code in (302, 403)
            assert FORMULA_TITLE.encode() not in response.content


def test_the_menu_offers_the_register_to_approvers_and_moderators_only(login):
    for username in ("approver-h-a", "moderator"):
        assert REGISTER in login(username).get("/admin/").content.decode()
    for username in ("editor-h-a", "central-admin"):
        assert REGISTER not in login(username).get("/admin/").content.decode()


def test_the_page_lists_the_years_records_with_downloads(login, published):
    html = login("approver-h-a").get(REGISTER).content.decode()  # defaults: own unit, this year
    assert "ทะเบียนการขอเผยแพร่ข้อมูล" in html
    assert f"ปีงบประมาณ {this_year()}: เผยแพร่ 1 รายการ" in html
    assert reverse("network_publication_record", args=[published.pk]) in html
    assert SIGNATORIES["approver-h-a"][0] in html
    for export in ("csv", "xlsx", "print"):
        assert f"year={this_year()}&amp;export={export}" in html

    earlier = login("approver-h-a").get(REGISTER, {"unit": "H-A", "year": this_year() - 1})
    assert "ไม่มีการเผยแพร่ในปีงบประมาณนี้" in earlier.content.decode()


@pytest.mark.parametrize("year", ["2400", "3000", "abc", str(fiscal_year(timezone.now()) + 1)])
def test_a_year_outside_the_list_is_refused_in_thai(login, year):
    response = login("moderator").get(REGISTER, {"unit": "H-A", "year": year, "export": "csv"})
    assert response.status_code == 400
    assert "โปรดเลือกปีงบประมาณจากรายการ" in response.content.decode()


def test_an_unknown_unit_is_refused(login):
    response = login("moderator").get(REGISTER, {"unit": "NOPE", "year": this_year()})
    assert response.status_code in (302, 403)  # Wagtail turns a refusal into a redirect


def test_the_csv_is_thai_excel_ready_and_formula_safe(login, published):
    response = login("approver-h-a").get(
        REGISTER, {"unit": "H-A", "year": this_year(), "export": "csv"}
    )
    assert response["Content-Disposition"].endswith(
        f'filename="publication-records-H-A-{this_year()}.csv"'
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0] == CSV_HEADER and len(rows) == 2
    row = dict(zip(CSV_HEADER, rows[1], strict=True))
    assert row["หัวข้อ"] == "'" + FORMULA_TITLE
    assert row["หมายเหตุ"] == "'@SUM(1+1) ส่งต่อ"  # the bell character is gone
    assert row["ผู้อนุมัติ"] == SIGNATORIES["approver-h-a"][0]
    assert row["ตำแหน่งผู้อนุมัติ"] == SIGNATORIES["approver-h-a"][1]
    assert row["การอนุมัติ"] == "อนุมัติในระบบ"


def test_the_xlsx_keeps_formulas_as_text(login, published):
    response = login("moderator").get(
        REGISTER, {"unit": "H-A", "year": this_year(), "export": "xlsx"}
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header == CSV_HEADER
    title = sheet.cell(row=2, column=header.index("หัวข้อ") + 1)
    assert (title.value, title.data_type) == (FORMULA_TITLE, "s")
    remarks = sheet.cell(row=2, column=header.index("หมายเหตุ") + 1)
    assert remarks.value == "@SUM(1+1) ส่งต่อ"


def test_the_printable_register_is_thai_html(login, published):
    response = login("moderator").get(
        REGISTER, {"unit": "H-A", "year": this_year(), "export": "print"}
    )
    html = response.content.decode()
    assert f"ปีงบประมาณ พ.ศ. {this_year()}" in html
    assert "=HYPERLINK(&quot;http://evil.test/&quot;,&quot;คลิก&quot;)" in html
    assert SIGNATORIES["approver-h-a"][1] in html
