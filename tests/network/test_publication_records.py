"""Publication records: the request-to-publish form behind every publication (W-02, W-03),
printable in Thai and exported per Thai fiscal year (L-03)."""

import csv
import io
from datetime import datetime, timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import registry
from wagtail.models import PageLogEntry

import pytest

from network.models import ApprovalKind, PublicationRecord
from network.publication.records import CSV_HEADER
from tests.conftest import publish_imported, user_named
from tests.network.conftest import (
    REQUEST,
    approve_through_admin,
    arrive,
)
from unitsites.thaidates import fiscal_year, thai_date

pytestmark = pytest.mark.django_db


def test_every_publication_yields_its_record(make_page, login, unit_a, staff_profiles):
    page = approve_through_admin(login, make_page(unit_a))

    record = PublicationRecord.objects.get(page=page)
    assert record.unit == unit_a
    assert record.title == page.title
    assert record.category == "ข้อมูลหน่วยงาน"
    assert record.url == f"http://hospital-a.localhost/about/{page.slug}/"
    assert record.approval_kind == ApprovalKind.WORKFLOW
    assert (record.owner_name, record.owner_position, record.owner_department) == (
        REQUEST["owner_name"],
        REQUEST["owner_position"],
        REQUEST["owner_department"],
    )
    assert (record.requested_by_name, record.requested_by_position) == staff_profiles["editor-h-a"]
    assert (record.approved_by_name, record.approved_by_position) == staff_profiles["approver-h-a"]
    assert record.published_by == user_named("approver-h-a")
    assert record.requested_at <= record.approved_at <= record.published_at
    assert record.fiscal_year == fiscal_year(record.published_at)

    # A second publication of the same page is a second record.
    approve_through_admin(login, page, title="รณรงค์ฉีดวัคซีน (ปรับปรุง)")
    assert PublicationRecord.objects.filter(page=page).count() == 2


def test_a_scheduled_publication_is_recorded_when_it_goes_live(make_page, login, unit_a):
    page = make_page(unit_a)
    start = timezone.localtime() + timedelta(days=2)
    approve_through_admin(login, page, go_live_at=start.strftime("%Y-%m-%d %H:%M"))
    assert not PublicationRecord.objects.filter(page=page).exists()
    arrive(page.get_latest_revision())

    call_command("run_scheduler", "--once")

    record = PublicationRecord.objects.get(page=page)
    assert record.approval_kind == ApprovalKind.WORKFLOW
    assert record.approved_by == record.published_by == user_named("approver-h-a")
    assert record.requested_by == user_named("editor-h-a")


def test_pages_published_by_the_system_alone_have_no_record(make_page, unit_a):
    page = make_page(unit_a)
    publish_imported(page)
    assert not PublicationRecord.objects.filter(page=page).exists()


def test_the_record_prints_in_thai_from_the_pages_admin_menu(
    make_page, login, unit_a, staff_profiles
):
    page = approve_through_admin(login, make_page(unit_a))
    record = PublicationRecord.objects.get(page=page)
    url = reverse("network_page_publication_record", args=[page.pk])

    assert url in login("editor-h-a").get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    response = login("editor-h-a").get(url)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="th">' in html
    for text in (
        "แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน",
        "ผู้รับผิดชอบการให้ข้อมูล",
        "ผู้อนุมัติรับรอง",
        "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่",
        unit_a.name_th,
        page.title,
        REQUEST["owner_name"],
        staff_profiles["approver-h-a"][0],
        staff_profiles["approver-h-a"][1],
        thai_date(record.approved_at, "formal"),
        f"ปีงบประมาณ {record.fiscal_year}",
    ):
        assert text in html
    assert login("editor-h-b").get(url).status_code in (302, 403)


def test_an_unpublished_request_prints_as_a_draft(make_page, login, unit_a):
    page = make_page(unit_a)
    response = login("editor-h-a").get(reverse("network_page_publication_record", args=[page.pk]))
    assert response.status_code == 200
    assert "ร่างคำขอ" in response.content.decode()


def _record_in(page, when):
    record = PublicationRecord.objects.get(page=page)
    PublicationRecord.objects.filter(pk=record.pk).update(
        published_at=when, fiscal_year=fiscal_year(when)
    )


def test_the_fiscal_year_export_lists_the_units_publications(
    make_page, login, unit_a, unit_b, staff_profiles
):
    tz = timezone.get_current_timezone()
    last_day = approve_through_admin(login, make_page(unit_a, slug="last-day"))
    first_day = approve_through_admin(login, make_page(unit_a, slug="first-day"))
    next_year = approve_through_admin(login, make_page(unit_a, slug="next-year"))
    _record_in(last_day, datetime(2025, 9, 30, 23, 30, tzinfo=tz))  # FY 2568
    _record_in(first_day, datetime(2025, 10, 1, 0, 30, tzinfo=tz))  # FY 2569
    _record_in(next_year, datetime(2026, 10, 1, 9, 0, tzinfo=tz))  # FY 2570
    out = io.StringIO()

    call_command("publication_records", "H-A", "--fiscal-year", "2569", stdout=out)

    rows = list(csv.reader(io.StringIO(out.getvalue().removeprefix("\ufeff"))))
    assert rows[0] == CSV_HEADER
    assert len(rows) == 2
    row = dict(zip(CSV_HEADER, rows[1], strict=True))
    assert row["หัวข้อ"] == first_day.title
    assert row["รหัสหน่วยงาน"] == "H-A"
    assert row["ปีงบประมาณ"] == "2569"
    assert row["ผู้ขอเผยแพร่"] == staff_profiles["editor-h-a"][0]
    assert row["ผู้อนุมัติ"] == staff_profiles["approver-h-a"][0]
    assert row["ผู้นำข้อมูลขึ้นเผยแพร่"] == staff_profiles["approver-h-a"][0]
    assert row["ผู้รับผิดชอบการให้ข้อมูล"] == REQUEST["owner_name"]
    assert row["วันเวลาที่เผยแพร่"] == "1 ต.ค. 2568 00:30 น."

    other_unit = io.StringIO()
    call_command("publication_records", "H-B", "--fiscal-year", "2569", stdout=other_unit)
    assert len(list(csv.reader(io.StringIO(other_unit.getvalue())))) == 1

    html = io.StringIO()
    call_command(
        "publication_records", "H-A", "--fiscal-year", "2569", "--format", "html", stdout=html
    )
    assert "ปีงบประมาณ พ.ศ. 2569" in html.getvalue()
    assert first_day.title in html.getvalue()
    assert last_day.title not in html.getvalue()


def test_every_step_is_in_the_audit_log_with_a_label(make_page, login, unit_a):
    page = approve_through_admin(login, make_page(unit_a))
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert {"wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.publish"} <= actions
    for action in ("network.verbal_approval", "network.verbal_approval_confirmed"):
        assert registry.action_exists(action)
        assert str(dict(registry.get_choices())[action])
    history = login("editor-h-a").get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
