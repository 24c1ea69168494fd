"""The compliance checks on procurement records (REQUIREMENTS C-17, C-30, C-32; MOIT 3-5): the
current year's plan and its 30-working-day deadline, a form สขร.1 for every month due, a report
for every quarter due and the analysis of the year before; flagged while missing, cleared once
published, for the unit concerned only."""

import datetime
import zoneinfo

import pytest

from network.oversight.report import Status, compliance_reports
from tests.unitsites.procurement_records import analysis, plan, quarterly_report, result, summary

from .oversight import result as check_result
from .oversight import status

pytestmark = pytest.mark.django_db
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
D = datetime.date
EARLY_DECEMBER = datetime.datetime(2026, 12, 3, 10, tzinfo=BANGKOK)  # fiscal year 2570
FEBRUARY = datetime.datetime(2027, 2, 1, 9, tzinfo=BANGKOK)
DASHBOARD = "/admin/network/compliance/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def test_a_missing_month_is_flagged_and_clears_once_its_form_is_published(unit_a, unit_b):
    missing = check_result(unit_a, "procurement-monthly", EARLY_DECEMBER)
    assert missing.status == Status.FAIL
    assert missing.details == ("ยังไม่มีแบบ สขร.1 ของเดือน: ต.ค. 69",)  # November is not due yet
    assert missing.fix_url.startswith("/admin/pages/")
    score_before = compliance_reports([unit_a], EARLY_DECEMBER)[0].score
    summary(unit_a, D(2026, 10, 1), [result()])
    assert status(unit_a, "procurement-monthly", EARLY_DECEMBER) == Status.PASS
    assert compliance_reports([unit_a], EARLY_DECEMBER)[0].score > score_before
    assert status(unit_b, "procurement-monthly", EARLY_DECEMBER) == Status.FAIL
    # By February, November and December are due too; a month without procurement counts.
    summary(unit_a, D(2026, 11, 1))
    later = check_result(unit_a, "procurement-monthly", FEBRUARY)
    assert later.details == ("ยังไม่มีแบบ สขร.1 ของเดือน: ธ.ค. 69",)


def test_a_quarter_is_due_in_the_month_after_it_ends(unit_a):
    assert status(unit_a, "procurement-quarterly", EARLY_DECEMBER) == Status.PASS  # none due
    missing = check_result(unit_a, "procurement-quarterly", FEBRUARY)
    assert missing.status == Status.FAIL
    assert "ไตรมาสที่ 1 ของปีงบประมาณ 2570" in missing.details[0]
    quarterly_report(unit_a, 2570, 1)
    assert status(unit_a, "procurement-quarterly", FEBRUARY) == Status.PASS


def test_the_plan_is_required_and_a_late_one_warns(unit_a, unit_b):
    assert status(unit_a, "procurement-plan", EARLY_DECEMBER) == Status.FAIL
    # Allocation on 15 October 2026: 30 working days (23 October a holiday) end on 27 November.
    plan(unit_a, 2570, D(2026, 10, 15), D(2026, 11, 27))
    plan(unit_b, 2570, D(2026, 10, 15), D(2026, 11, 30))
    assert status(unit_a, "procurement-plan", EARLY_DECEMBER) == Status.PASS
    assert status(unit_a, "procurement-plan-on-time", EARLY_DECEMBER) == Status.PASS
    late = check_result(unit_b, "procurement-plan-on-time", EARLY_DECEMBER)
    assert late.status == Status.WARN
    assert late.details == ("ประกาศแผนหลังได้รับจัดสรรงบประมาณ 31 วันทำการ (กำหนดไม่เกิน 30 วันทำการ)",)


def test_the_analysis_of_the_previous_year_is_required(unit_a):
    missing = check_result(unit_a, "procurement-analysis", EARLY_DECEMBER)
    assert missing.details == ("ยังไม่มีรายงานการวิเคราะห์ผลการจัดซื้อจัดจ้างของปีงบประมาณ 2569",)
    analysis(unit_a, 2568)  # the wrong year does not count
    assert status(unit_a, "procurement-analysis", EARLY_DECEMBER) == Status.FAIL
    analysis(unit_a, 2569)
    assert status(unit_a, "procurement-analysis", EARLY_DECEMBER) == Status.PASS


def test_the_dashboard_shows_the_procurement_checks_in_thai(login):
    client = login("moderator")
    client.defaults["HTTP_HOST"] = "localhost"
    html = client.get(DASHBOARD).content.decode()
    assert "มีแบบ สขร.1 ครบทุกเดือนที่ถึงกำหนด" in html
    assert "ประกาศแผนการจัดซื้อจัดจ้างภายใน 30 วันทำการหลังได้รับจัดสรรงบประมาณ" in html
