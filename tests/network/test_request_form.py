"""The request-to-publish form (seed §2.2): its fields in the page editor, Thai validation, and
the printed form of an approved, a rejected and a verbal request, each complete in Thai."""

import re

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model

import pytest

from network.models import PublicationRecord
from network.publication.urgent import publish_with_verbal_approval
from tests.conftest import SIGNATORIES, user_named
from tests.network.conftest import (
    REQUEST,
    XHR,
    approve_through_admin,
    edit_url,
    post_edit,
    workflow_action_url,
)
from unitsites.models import NewsKind, NewsPage, NewsSection, UnitHomePage
from unitsites.thaidates import thai_date

pytestmark = pytest.mark.django_db

APPROVED_BOX = "☒ อนุมัติ ☐ ไม่อนุมัติ"
REJECTED_BOX = "☐ อนุมัติ ☒ ไม่อนุมัติ"
REASON = "ตัวเลขผู้รับวัคซีนยังไม่ตรงกับรายงานของกลุ่มงาน โปรดตรวจสอบอีกครั้ง"


def printed_form(client, page):
    response = client.get(reverse("network_page_publication_record", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def awaiting_approval(client):
    """The titles under "Awaiting approval" in the unit panel of the admin home."""
    home = client.get("/admin/").content.decode()
    if "รอการอนุมัติ</h3>" not in home:
        return []
    listed = home.split("รอการอนุมัติ</h3>", 1)[1].split("</ul>", 1)[0]
    return re.findall(r'/edit/">([^<]+)</a>', listed)


def test_the_request_panel_holds_the_period_and_the_forms_other_fields(make_page, login, unit_a):
    html = login("editor-h-a").get(edit_url(make_page(unit_a))).content.decode()
    panel = html.split("การขอเผยแพร่ข้อมูล", 1)[1]
    for name in (
        "go_live_at",
        "expire_at",
        "request_link",
        "request_remarks",
        "request_attachment",
    ):
        assert f'name="{name}"' in panel
    assert "schedule-publishing-dialog" not in html  # the period is asked for only once
    assert "เว้นว่างไว้เพื่อเผยแพร่ทันทีที่ได้รับอนุมัติ" in html
    assert "Publishing settings" not in html and "แท็บการตั้งค่า" not in html


def test_the_request_fields_travel_from_the_edit_form_to_the_printed_record(
    make_page, login, unit_a
):
    memo = get_document_model().objects.create(
        title="บันทึกข้อความขออนุมัติเผยแพร่",
        file=ContentFile(b"%PDF-1.4 memo", name="memo.pdf"),
        collection=unit_a.collection,
    )
    page = approve_through_admin(
        login,
        make_page(unit_a),
        request_link="https://www.moph.go.th/flu-2569",
        request_remarks="ขอให้ปักหมุดไว้ที่หน้าแรกจนสิ้นเดือน",
        request_attachment=str(memo.pk),
    )

    record = PublicationRecord.objects.get(page=page)
    assert record.outside_link == "https://www.moph.go.th/flu-2569"
    assert record.remarks == "ขอให้ปักหมุดไว้ที่หน้าแรกจนสิ้นเดือน"
    assert (record.attachment, record.attachment_title) == (memo, memo.title)
    html = printed_form(login("editor-h-a"), page)
    assert "https://www.moph.go.th/flu-2569" in html
    assert "ขอให้ปักหมุดไว้ที่หน้าแรกจนสิ้นเดือน" in html
    assert f'<a href="{memo.url}">{memo.title}</a>' in html


def test_an_announcement_without_an_end_date_is_refused_in_thai(login, unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    news = NewsSection.objects.child_of(home).get()
    page = NewsPage(
        title="ประกาศรับสมัครพยาบาลวิชาชีพ",
        slug="nurse-job",
        kind=NewsKind.GENERAL,
        date=timezone.now(),
        summary="รับสมัครพยาบาลวิชาชีพ 2 อัตรา",
        live=False,
        **REQUEST,
    )
    news.add_child(instance=page)
    page.save_revision(user=user_named("editor-h-a"))

    response = post_edit(login("editor-h-a"), page, kind=NewsKind.JOB)

    assert response.status_code == 200
    html = response.content.decode()
    assert "บันทึกหน้าไม่ได้ เนื่องจากข้อมูลบางช่องไม่ถูกต้อง" in html
    assert "could not be saved" not in html
    errors = response.context["form"].errors["expire_at"]
    assert errors == [
        "ประกาศประเภทนี้ต้องระบุวันที่นำออก โปรดกำหนดวันหมดอายุ (เผยแพร่ถึง) ในส่วนการขอเผยแพร่ข้อมูล"
    ]
    page.refresh_from_db()
    assert page.current_workflow_state is None


def test_the_printed_form_of_an_approved_request_reads_complete(make_page, login, unit_a):
    page = approve_through_admin(login, make_page(unit_a, slug="flu-vaccine"))
    record = PublicationRecord.objects.get(page=page)
    html = printed_form(login("editor-h-a"), page)

    approver_name, approver_position = SIGNATORIES["approver-h-a"]
    requester_name, requester_position = SIGNATORIES["editor-h-a"]
    for text in (
        APPROVED_BOX,
        f"({approver_name})",
        f"ตำแหน่ง {approver_position}",
        f"ยื่นคำขอในระบบโดย {requester_name} ตำแหน่ง {requester_position}",
        f"({REQUEST['owner_name']})",
        f"ตำแหน่ง {REQUEST['owner_position']}",
        thai_date(record.approved_at, "formal"),
        f'<a href="{record.url}">{record.url}</a>',
        "http://hospital-a.localhost/about/flu-vaccine/",
        f"ปีงบประมาณ {record.fiscal_year}",
    ):
        assert text in html
    assert str(timezone.localtime(record.approved_at).year + 543) in html
    assert "approver-h-a" not in html and "editor-h-a" not in html
    assert "ตำแหน่ง -" not in html


def test_the_printed_form_of_a_rejected_request_shows_who_when_and_why(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    approver = login("approver-h-a")
    assert awaiting_approval(approver) == [page.title]

    response = approver.post(workflow_action_url(page, "reject"), {"comment": REASON}, **XHR)
    assert response.json()["step"] == "success"

    html = printed_form(login("editor-h-a"), page)
    rejected_at = page.workflow_states.get().task_states.get().finished_at
    name, position = SIGNATORIES["approver-h-a"]
    for text in (
        "คำขอนี้ไม่ได้รับอนุมัติ",
        REJECTED_BOX,
        f"({name})",
        f"ตำแหน่ง {position}",
        thai_date(rejected_at, "formal"),
        f"เหตุผลที่ไม่อนุมัติ: {REASON}",
    ):
        assert text in html
    assert APPROVED_BOX not in html
    # The rejected request waits for its editor now, not for the approver.
    assert awaiting_approval(approver) == []


def test_a_rejection_resubmitted_and_approved_prints_the_approval(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    login("approver-h-a").post(workflow_action_url(page, "reject"), {"comment": REASON}, **XHR)
    approve_through_admin(login, page, action="action-restart-workflow")

    html = printed_form(login("editor-h-a"), page)
    assert APPROVED_BOX in html and REJECTED_BOX not in html and REASON not in html


def test_the_printed_form_of_a_verbal_approval_shows_it_and_its_confirmation(
    make_page, login, unit_a
):
    page = make_page(unit_a)
    approved_at = timezone.localtime().replace(second=0, microsecond=0)
    verbal = publish_with_verbal_approval(
        page,
        user_named("editor-h-a"),
        approver=user_named("approver-h-a"),
        approved_at=approved_at,
        reason="ประกาศเตือนภัยน้ำท่วม ต้องแจ้งประชาชนภายในวันนี้",
    )
    editor = login("editor-h-a")
    html = printed_form(editor, page)
    approver_name, approver_position = SIGNATORIES["approver-h-a"]
    for text in (
        APPROVED_BOX,
        f"({approver_name})",
        f"ตำแหน่ง {approver_position}",
        "อนุมัติด้วยวาจา (กรณีเร่งด่วน)",
        "เหตุผลความเร่งด่วน: ประกาศเตือนภัยน้ำท่วม ต้องแจ้งประชาชนภายในวันนี้",
        thai_date(approved_at, "formal"),
        "ยังไม่ยืนยันในระบบ",
    ):
        assert text in html

    confirm = reverse("network_confirm_verbal_approval", args=[verbal.pk])
    assert login("approver-h-a").post(confirm).status_code == 302
    verbal.refresh_from_db()
    html = printed_form(editor, page)
    name, position = SIGNATORIES["approver-h-a"]
    assert f"ยืนยันในระบบโดย {name} ตำแหน่ง {position}" in html
    assert thai_date(verbal.confirmed_at, with_time=True) in html
    assert "ยังไม่ยืนยัน" not in html
