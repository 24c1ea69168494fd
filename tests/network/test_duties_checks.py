"""The compliance dashboard counts the site administrators' duties: a training in the current
fiscal year for each (seed §3.5) and the Computer Crime Act duties in effect acknowledged by each
(seed §3.4, REQUIREMENTS W-18); the unit's score falls when either is missing."""

import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import timezone

import pytest

from network.accounts import grant_role
from network.models import DutyStatement, Training, TrainingAttendance
from network.oversight.report import compliance_reports
from tests.conftest import user_named

from .oversight import result

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

BANGKOK = ZoneInfo("Asia/Bangkok")
FIRST_DAY_OF_2570 = datetime.datetime(2026, 10, 1, 9, 0, tzinfo=BANGKOK)
ADMINISTRATORS_A = ["editor-h-a", "editor2-h-a", "approver-h-a"]


def trained(day, usernames):
    training = Training.objects.create(
        title=f"อบรม {day}", date=day, hours="3", topics=["site_management"]
    )
    for username in usernames:
        TrainingAttendance.objects.create(training=training, user=user_named(username))


def score(unit, now=None):
    return compliance_reports([unit], now)[0].score


def test_units_whose_administrators_had_no_training_this_fiscal_year_are_flagged(unit_a):
    check = "administrators-trained"
    untrained = result(unit_a, check, FIRST_DAY_OF_2570)
    assert untrained.status == "warn"
    assert untrained.details == (
        "3 of 3 site administrators have had no training in fiscal year 2570.",
    )
    assert untrained.fix_url == reverse("network_unit_duties", args=[unit_a.pk])

    trained(datetime.date(2026, 9, 30), ADMINISTRATORS_A)  # the last day of fiscal year 2569
    assert result(unit_a, check, FIRST_DAY_OF_2570).status == "warn"
    low = score(unit_a, FIRST_DAY_OF_2570)

    trained(datetime.date(2026, 10, 1), ADMINISTRATORS_A[:2])
    assert result(unit_a, check, FIRST_DAY_OF_2570).details == (
        "1 of 3 site administrators have had no training in fiscal year 2570.",
    )
    trained(datetime.date(2026, 10, 1), ADMINISTRATORS_A[2:])
    assert result(unit_a, check, FIRST_DAY_OF_2570).status == "pass"
    assert score(unit_a, FIRST_DAY_OF_2570) > low
    # The same trainings are last year's once fiscal year 2571 begins.
    next_year = FIRST_DAY_OF_2570.replace(year=2027)
    assert result(unit_a, check, next_year).status == "warn"


def test_a_unit_whose_staff_have_not_acknowledged_the_duties_in_effect_fails(unit_a, unit_b):
    check = "duties-acknowledged"
    assert result(unit_a, check).status == "pass"  # the test accounts have acknowledged
    before = score(unit_a)

    grant_role("editor3-h-a", "editor", unit_a, email="editor3@h-a.test")
    failing = result(unit_a, check)
    assert failing.status == "fail"
    assert failing.details == (
        "1 of 4 site administrators have not acknowledged the Computer Crime Act duties in effect.",
    )
    assert failing.fix_url == reverse("network_unit_duties", args=[unit_a.pk])
    assert score(unit_a) < before
    assert result(unit_b, check).status == "pass"

    DutyStatement.objects.create(
        version=2, text_th="ฉบับที่ 2", text_en="Version 2", effective_from=timezone.localdate()
    )
    assert result(unit_b, check).status == "fail"


def test_the_dashboard_shows_both_checks_in_thai(login, unit_a):
    grant_role("editor3-h-a", "editor", unit_a)
    html = login("moderator").get(reverse("network_compliance_dashboard")).content.decode()
    assert "ผู้ดูแลเว็บไซต์ทุกคนได้รับการอบรมในปีงบประมาณปัจจุบัน" in html
    assert "ผู้ดูแลเว็บไซต์ทุกคนรับทราบหน้าที่ตาม พ.ร.บ.คอมพิวเตอร์ ฉบับปัจจุบัน" in html
