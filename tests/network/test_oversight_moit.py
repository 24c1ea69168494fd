"""MOIT completeness in the compliance checks (REQUIREMENTS section 0, C-27, W-15): every sub-item
of the year's ITA template that applies to the unit's kind counts, only evidence the public can
open answers it, overdue monthly and quarterly series are named, and no unit scores 100% while
evidence is missing. The dashboard, its exports and compliance_report speak Thai."""

import datetime
import zoneinfo
from io import StringIO

from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtail.documents.models import Document

import pytest

from network.oversight.checks import CHECKS
from network.oversight.report import Status, compliance_reports
from unitsites.models import ContentPage, ItaEvidence, ItaSubitem

from .oversight import result, section

pytestmark = pytest.mark.django_db
BANGKOK = zoneinfo.ZoneInfo("Asia/Bangkok")
MID_DECEMBER = datetime.datetime(2026, 12, 15, 10, tzinfo=BANGKOK)  # fiscal year 2570, Q1
DASHBOARD = "/admin/network/compliance/"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def slots(unit, year=2570):
    return [
        subitem
        for subitem in ItaSubitem.objects.filter(heading=False, item__template__fiscal_year=year)
        if subitem.applies_to(unit.kind)
    ]


def attach_everything(unit, year=2570):
    """A document of the unit's own collection attached to every slot of the year."""
    document = Document.objects.create(
        title="หลักฐาน",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="evidence.pdf"),
        collection=unit.collection,
    )
    ItaEvidence.objects.bulk_create(
        ItaEvidence(unit=unit, subitem=subitem, document=document) for subitem in slots(unit, year)
    )


def report(unit, now=MID_DECEMBER):
    return compliance_reports([unit], now)[0]


def test_missing_evidence_fails_and_full_evidence_reaches_completeness(unit_a, unit_b):
    empty = report(unit_a)
    assert (empty.moit.done, empty.moit.total) == (0, len(slots(unit_a)))
    missing = result(unit_a, "moit-evidence", MID_DECEMBER)
    assert missing.status == Status.FAIL
    assert missing.details[0] == (
        f"มีหลักฐาน 0 จาก {empty.moit.total} ข้อย่อย MOIT ของปีงบประมาณ 2570 "
        f"ครบ 0 จาก {len(empty.moit.items())} ข้อ"
    )
    assert missing.fix_url == f"/admin/ita_evidence/?unit={unit_a.pk}"

    attach_everything(unit_a)
    full = report(unit_a)
    assert (full.moit.done, full.moit.percent) == (full.moit.total, 100)
    assert full.results_by_check["moit-evidence"].status == Status.PASS
    assert full.results_by_check["moit-series"].status == Status.PASS
    assert full.score > empty.score
    assert report(unit_b).results_by_check["moit-evidence"].status == Status.FAIL  # H-A's only

    # One slot answered only by a draft page: the public cannot open it, so it counts as missing.
    answer = ItaEvidence.objects.filter(unit=unit_a, subitem__item__number=2).first()
    draft = ContentPage(title="ร่างหลักฐาน", slug="draft-evidence", live=False)
    section(unit_a, "about").add_child(instance=draft)
    ItaEvidence.objects.filter(pk=answer.pk).update(document=None, page=draft)
    gap = report(unit_a)
    assert gap.moit.done == gap.moit.total - 1 and gap.moit.percent < 100
    assert gap.score < full.score
    details = gap.results_by_check["moit-evidence"].details
    assert "MOIT 2: ไม่มีหลักฐาน 1 จาก" in details[1]


def test_an_overdue_monthly_series_is_named_and_one_not_yet_due_is_not(unit_a):
    attach_everything(unit_a)
    october = ItaEvidence.objects.get(
        unit=unit_a, subitem__month=datetime.date(2026, 10, 1), subitem__item__number=5
    )
    november = ItaEvidence.objects.get(
        unit=unit_a, subitem__month=datetime.date(2026, 11, 1), subitem__item__number=5
    )
    november.delete()  # due only from 1 January
    assert result(unit_a, "moit-series", MID_DECEMBER).status == Status.PASS
    assert result(unit_a, "moit-evidence", MID_DECEMBER).status == Status.FAIL
    code = october.subitem.code
    october.delete()
    overdue = result(unit_a, "moit-series", MID_DECEMBER)
    assert overdue.status == Status.FAIL
    assert overdue.details == (f"{code} เกินกำหนด: {october.subitem.title_th}",)


def test_slots_follow_the_unit_kind_and_the_fiscal_year(unit_a, provincial_office):
    assert report(unit_a).moit.total == len(slots(unit_a))
    assert report(provincial_office).moit.total == len(slots(provincial_office))
    assert len(slots(unit_a)) != len(slots(provincial_office))
    # Evidence of fiscal year 2569 does not answer 2570.
    attach_everything(unit_a, year=2569)
    assert report(unit_a).moit.done == 0
    september = datetime.datetime(2026, 9, 30, 23, tzinfo=BANGKOK)  # the last hour of 2569
    assert report(unit_a, september).moit.percent == 100
    assert report(unit_a, september + datetime.timedelta(hours=1)).moit.done == 0


def test_no_unit_scores_100_with_evidence_missing(rich_unit, unit_a):
    for unit_report in compliance_reports(now=MID_DECEMBER):
        if unit_report.moit.missing:
            assert unit_report.score < 100, unit_report.unit.code


def test_a_year_without_template_is_a_failure_not_a_pass(unit_a):
    later = datetime.datetime(2028, 12, 1, tzinfo=BANGKOK)  # fiscal year 2572: no template
    missing = result(unit_a, "moit-evidence", later)
    assert missing.status == Status.FAIL
    assert missing.details == ("ปีงบประมาณ 2572 ยังไม่มีแบบการประเมิน ITA ที่ใช้กับหน่วยงานนี้",)


def test_the_dashboard_heads_its_columns_in_thai(login, unit_a):
    client = login("moderator")
    html = client.get(DASHBOARD).content.decode()
    for check in CHECKS:
        assert f">{check.title_th}</th>" in html
        assert f">{check.id}<" not in html
    assert "หลักฐาน MOIT" in html
    attach_everything(unit_a)
    row = client.get(DASHBOARD, {"kind": "hospital"}).context["rows"]
    moit = {report.unit.code: report.moit for report, _results in row}
    assert moit["H-A"].done == moit["H-A"].total


def test_compliance_report_prints_thai_lines_and_the_moit_count(unit_a):
    out = StringIO()
    call_command("compliance_report", "--unit", "H-A", stdout=out)
    text = out.getvalue()
    assert "หลักฐาน MOIT ปีงบประมาณ" in text
    assert "[ไม่ผ่าน] หลักฐาน MOIT ครบทุกข้อย่อยของปีงบประมาณปัจจุบัน" in text
    assert "categories" not in text and "moit-evidence" not in text
