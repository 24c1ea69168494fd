"""The provincial dashboard (moderators), its exports, and each unit's panel on the admin home."""

import csv
import re
from io import BytesIO, StringIO

import pytest
from openpyxl import load_workbook

from network.oversight.checks import CHECKS

from .oversight import backdate, content, section

pytestmark = pytest.mark.django_db
DASHBOARD = "/admin/network/compliance/"


def client_home(login, username):
    return login(username).get("/admin/").content


@pytest.mark.parametrize("username", ["moderator", "central-admin"])
def test_moderators_see_every_unit(login, username):
    response = login(username).get(DASHBOARD)
    assert response.status_code == 200
    assert [report.unit.code for report, _cells in response.context["rows"]] == [
        "DEMO-R",
        "H-A",
        "H-B",
        "PHO-T",
    ]
    assert b"network/compliance/" in client_home(login, username)  # the menu item


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a"])
def test_unit_staff_cannot_open_the_dashboard(login, username):
    client = login(username)
    assert client.get(DASHBOARD).status_code in (302, 403)
    assert b"network/compliance/" not in client.get("/admin/").content


def test_filters_and_sorting(login, unit_a):
    client = login("moderator")
    by_district = client.get(DASHBOARD, {"district": "นาทดสอบ"})
    assert [report.unit.code for report, _ in by_district.context["rows"]] == ["H-B"]
    by_kind = client.get(DASHBOARD, {"kind": "provincial_office"})
    assert [report.unit.code for report, _ in by_kind.context["rows"]] == ["PHO-T"]
    content(unit_a, "laws", slug="law-item")  # H-A gets ahead
    scores = [
        report.score for report, _ in client.get(DASHBOARD, {"sort": "score"}).context["rows"]
    ]
    assert scores == sorted(scores)
    assert by_kind.context["rows"][0][0].unit.code != "H-A"


def test_a_broken_unit_turns_exactly_its_cells_red(login, unit_a):
    client = login("moderator")

    def red_cells():
        rows = client.get(DASHBOARD).context["rows"]
        return {
            (report.unit.code, cell.check.id)
            for report, cells in rows
            for cell in cells
            if cell is not None and cell.status == "fail"
        }

    page = content(unit_a, "knowledge", slug="stale")
    before = red_cells()
    backdate(page, 2, field="expire_at")
    assert red_cells() - before == {("H-A", "expired-live")}
    response = client.get(DASHBOARD)
    assert f'href="/admin/pages/{page.pk}/edit/"'.encode() in response.content


THAI_HEADER = [
    "รหัสหน่วยงาน",
    "หน่วยงาน",
    "ประเภทหน่วยงาน",
    "อำเภอ",
    "คะแนน",
    "ข้อย่อย MOIT ที่มีหลักฐาน",
]


def test_csv_and_xlsx_exports(login):
    client = login("moderator")
    response = client.get(DASHBOARD, {"export": "csv", "kind": "hospital"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [*THAI_HEADER, *(c.title_th for c in CHECKS)]
    assert [row[0] for row in rows[1:]] == ["DEMO-R", "H-A", "H-B"]
    assert rows[2][2] == "โรงพยาบาล"
    assert re.fullmatch(r"0/\d+", rows[2][5])  # H-A's MOIT sub-items with evidence
    assert set(rows[1][6:]) <= {"ผ่าน", "ควรปรับปรุง", "ไม่ผ่าน", ""}
    xlsx = client.get(DASHBOARD, {"export": "xlsx"})
    sheet = load_workbook(BytesIO(xlsx.content)).active
    assert [cell.value for cell in sheet[1]][:6] == THAI_HEADER
    assert sheet.max_row == 5  # the heading and every unit


def test_editors_see_only_their_unit_on_the_admin_home(login, unit_a, unit_b):
    stale = content(unit_a, "knowledge", slug="stale-a")
    backdate(stale, 200)
    other = content(unit_b, "knowledge", slug="stale-b")
    backdate(other, 200)
    response = login("editor-h-a").get("/admin/")
    html = response.content.decode()
    assert "unit-oversight-H-A" in html
    assert "unit-oversight-H-B" not in html and "โรงพยาบาลบี" not in html
    assert f'href="/admin/pages/{stale.pk}/edit/"' in html  # overdue for review
    assert f'href="/admin/pages/{other.pk}/edit/"' not in html
    about = section(unit_a, "about")
    assert f'href="/admin/pages/{about.pk}/"' in html  # the first empty category to fill


def test_moderators_get_no_unit_panel(login):
    assert "unit-oversight-" not in login("moderator").get("/admin/").content.decode()
