"""The yearly monitoring report (MOIT 1, REQUIREMENTS W-12): its figures against a constructed
fiscal year of one unit (on time, late, taken down, rejected with the reason; the year before and
the 1 October boundary), who reads which unit's report, its CSV/XLSX content and its Thai print."""

import csv
import datetime
import io
import zoneinfo

from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest
from openpyxl import load_workbook

from network.models import ApprovalKind, PublicationRecord
from network.oversight.monitoring import monitoring_report
from tests.conftest import ANONYMOUS, SIGNATORIES, signed_in, user_named
from unitsites.models import Executive, OrganisationPage
from unitsites.thaidates import fiscal_year

from .oversight import publish, section

pytestmark = pytest.mark.django_db
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
REPORT = reverse("network_monitoring_report")
YEAR = 2570  # 1 October 2569 to 30 September 2570 (1 Oct 2026 to 30 Sep 2027)
NEWS, ANNOUNCEMENTS = "ข่าวประชาสัมพันธ์", "ประกาศ"


def at(*args):
    return datetime.datetime(*args, tzinfo=BANGKOK)


def taken_down(page, action, when, user=None):
    entry = PageLogEntry.objects.log_action(page, action, user=user)
    PageLogEntry.objects.filter(pk=entry.pk).update(timestamp=when)


def reject(page, reason, when):
    workflow_state = page.get_workflow().start(page, user_named("editor-h-a"))
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, user_named("approver-h-a"), "reject", comment=reason
    )
    task_state.__class__.objects.filter(pk=task_state.pk).update(finished_at=when)


@pytest.fixture
def year_of_h_a(unit_a, make_page):
    """A fiscal year of H-A, with what falls just outside it."""
    pages = {slug: make_page(unit_a, slug=slug) for slug in ("a", "b", "c", "d", "e", "f")}
    make = {
        "on-time": (pages["a"], NEWS, at(2026, 10, 5, 10, 2), None, at(2026, 10, 5, 10)),
        # Asked for 5 October, went live on the 7th.
        "late": (pages["b"], NEWS, at(2026, 10, 7, 9), None, at(2026, 10, 5, 10)),
        # No start asked for: due within 7 days of the request, published after 9.
        "slow": (pages["c"], ANNOUNCEMENTS, at(2026, 11, 10, 9), at(2026, 11, 1, 9), None),
        # The first minutes of the year, and the last minutes of the year before.
        "first": (pages["d"], ANNOUNCEMENTS, at(2026, 10, 1, 0, 5), None, None),
        "before": (pages["e"], NEWS, at(2026, 9, 30, 23, 55), None, None),
    }
    records = {}
    for name, (page, category, published_at, requested_at, go_live_at) in make.items():
        records[name] = PublicationRecord.objects.create(
            unit=unit_a,
            page=page,
            language="th",
            title=f"เรื่อง {name}",
            category=category,
            url=f"https://h-a.test/{name}/",
            approval_kind=ApprovalKind.WORKFLOW,
            requested_at=requested_at or published_at,
            go_live_at=go_live_at,
            published_at=published_at,
            published_by_name="นายเอก ขยันดี",
            fiscal_year=fiscal_year(published_at),
        )
    taken_down(pages["a"], "wagtail.unpublish.scheduled", at(2026, 12, 1, 0, 1))
    taken_down(pages["c"], "wagtail.unpublish", at(2027, 1, 3, 14), user_named("editor-h-a"))
    taken_down(pages["e"], "wagtail.unpublish", at(2026, 9, 30, 12))  # the year before
    reject(pages["f"], "ข้อมูลไม่ครบถ้วน ขอแนบคำสั่งแต่งตั้ง", at(2026, 10, 20, 11))
    return records


def test_the_figures_of_a_constructed_year(unit_a, unit_b, year_of_h_a):
    report = monitoring_report(unit_a, YEAR)
    titles = [publication.record.title for publication in report.publications]
    assert titles == ["เรื่อง first", "เรื่อง on-time", "เรื่อง late", "เรื่อง slow"]
    assert {p.record.title: p.late for p in report.publications} == {
        "เรื่อง first": False,
        "เรื่อง on-time": False,
        "เรื่อง late": True,
        "เรื่อง slow": True,
    }
    lines = {line.category: line for line in report.categories()}
    assert set(lines) == {NEWS, ANNOUNCEMENTS}
    news, announcements = lines[NEWS], lines[ANNOUNCEMENTS]
    assert (news.published, news.on_time, news.late, news.taken_down) == (2, 1, 1, 1)
    assert (announcements.published, announcements.on_time, announcements.late) == (2, 1, 1)
    assert announcements.taken_down == 1
    assert [(item.how_in_thai, item.by.name) for item in report.taken_down] == [
        ("หมดอายุตามกำหนด", ""),
        ("ถอนการเผยแพร่", SIGNATORIES["editor-h-a"][0]),
    ]
    [rejected] = report.rejected
    assert rejected.reason == "ข้อมูลไม่ครบถ้วน ขอแนบคำสั่งแต่งตั้ง"
    assert rejected.by.name == SIGNATORIES["approver-h-a"][0]
    assert rejected.title == "รณรงค์ฉีดวัคซีน f"

    before = monitoring_report(unit_a, YEAR - 1)
    assert [p.record.title for p in before.publications] == ["เรื่อง before"]
    assert len(before.taken_down) == 1 and before.rejected == []
    other = monitoring_report(unit_b, YEAR)
    assert (other.publications, other.taken_down, other.rejected) == ([], [], [])


# Who reads which unit's report: a unit's own staff their unit, the network's overseers any.
READERS = {
    "editor-h-a": {"H-A"},
    "approver-h-a": {"H-A"},
    "editor-h-b": {"H-B"},
    "moderator": {"H-A", "H-B"},
    "central-admin": {"H-A", "H-B"},
    ANONYMOUS: set(),
}


@pytest.mark.parametrize("username", list(READERS))
@pytest.mark.parametrize("unit_code", ["H-A", "H-B"])
def test_who_reads_which_units_report(year_of_h_a, username, unit_code):
    client = signed_in(username)
    client.defaults["HTTP_HOST"] = "localhost"
    for export in ("", "csv", "xlsx", "print"):
        response = client.get(REPORT, {"unit": unit_code, "year": YEAR, "export": export})
        if unit_code in READERS[username]:
            assert response.status_code == 200
        else:
            assert response.status_code in (302, 403)
            assert "ข้อมูลไม่ครบถ้วน".encode() not in response.content
            if username == ANONYMOUS:
                assert "/login/" in response["Location"]


def test_the_menu_offers_the_report_to_staff_and_overseers(login):
    for username in ("editor-h-a", "approver-h-b", "moderator", "central-admin"):
        assert REPORT in login(username).get("/admin/").content.decode()


def test_csv_and_xlsx_list_every_event_of_the_year(login, year_of_h_a):
    client = login("approver-h-a")
    response = client.get(REPORT, {"unit": "H-A", "year": YEAR, "export": "csv"})
    assert response["Content-Disposition"].endswith('monitoring-report-H-A-2570.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:6] == ["ลำดับ", "รหัสหน่วยงาน", "ปีงบประมาณ", "รายการ", "หมวดหมู่", "หัวข้อ"]
    events = [(row[3], row[5], row[8]) for row in rows[1:]]
    assert events == [
        ("เผยแพร่", "เรื่อง first", "ตรงเวลา"),
        ("เผยแพร่", "เรื่อง on-time", "ตรงเวลา"),
        ("เผยแพร่", "เรื่อง late", "ล่าช้า"),
        ("เผยแพร่", "เรื่อง slow", "ล่าช้า"),
        ("นำลง (หมดอายุตามกำหนด)", "รณรงค์ฉีดวัคซีน a", ""),
        ("นำลง (ถอนการเผยแพร่)", "รณรงค์ฉีดวัคซีน c", ""),
        ("ไม่อนุมัติ", "รณรงค์ฉีดวัคซีน f", ""),
    ]
    assert rows[-1][10] == "ข้อมูลไม่ครบถ้วน ขอแนบคำสั่งแต่งตั้ง"
    assert rows[3][6] == "7 ต.ค. 2569 09:00 น."  # published, in B.E.
    assert rows[3][7] == "5 ต.ค. 2569 23:59 น."  # the end of the day asked for
    xlsx = client.get(REPORT, {"unit": "H-A", "year": YEAR, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.title == "ปีงบประมาณ 2570"
    assert [cell.value for cell in sheet[1]] == rows[0]
    assert [[cell.value for cell in row][5] for row in sheet.iter_rows(min_row=2)] == [
        row[5] for row in rows[1:]
    ]


def test_the_print_is_thai_with_be_dates_and_the_heads_signature(login, unit_a, year_of_h_a):
    structure = OrganisationPage(title="โครงสร้างองค์กร", slug="structure", structure="<p>กลุ่มงาน</p>")
    structure.executives = [
        Executive(position="รองผู้อำนวยการ", is_vacant=True),
        Executive(position="ผู้อำนวยการโรงพยาบาลเอ", name="นายแพทย์สมชาย ใจดี"),
    ]
    publish(section(unit_a, "about"), structure)
    response = login("moderator").get(REPORT, {"unit": "H-A", "year": YEAR, "export": "print"})
    html = response.content.decode()
    assert '<html lang="th">' in html
    assert "รายงานผลการกำกับติดตามการเผยแพร่ข้อมูล" in html and "ประจำปีงบประมาณ พ.ศ. 2570" in html
    assert "ตั้งแต่ 1 ตุลาคม 2569 ถึง 30 กันยายน 2570" in html
    assert "(นายแพทย์สมชาย ใจดี)" in html and "ตำแหน่ง ผู้อำนวยการโรงพยาบาลเอ" in html
    assert "@media print" in html
    assert "ข้อมูลไม่ครบถ้วน ขอแนบคำสั่งแต่งตั้ง" in html
    assert "1 ธ.ค. 2569" in html  # the expiry, in B.E.


def test_without_executives_the_signature_is_left_to_fill_in(login, year_of_h_a):
    html = login("approver-h-a").get(REPORT, {"unit": "H-A", "export": "print"}).content.decode()
    assert "ตำแหน่ง หัวหน้าหน่วยงาน" in html


def test_a_year_outside_the_list_is_refused_in_thai(login):
    response = login("moderator").get(REPORT, {"unit": "H-A", "year": "abc", "export": "csv"})
    assert response.status_code == 400
    assert "เลือกปีงบประมาณจากรายการ" in response.content.decode()
