"""Publication records: made on every publication of a content page, listed per Thai fiscal
year, exported as CSV, XLSX or printable HTML (REQUIREMENTS W-02, W-03, L-03). A rejected
request is no publication: it shows on the page's printed form, not in the register."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.encoding import uri_to_iri

from wagtail.documents import get_document_model
from wagtail.models import Page, TaskState, WorkflowState

from network.models import (
    ApprovalKind,
    PublicationRecord,
    Signatory,
    VerbalApproval,
    signatory,
)
from network.models.approval import carries_publication_request, unit_of_page
from unitsites.thaidates import fiscal_year, fiscal_year_bounds, thai_date
from web.spreadsheets import csv_text

SECTION_DEPTH = 3  # Wagtail root 1, unit home 2, the category sections 3


def category_of(page):
    """The category (section) a page is filed under, in the page's own language."""
    if page.depth < SECTION_DEPTH:
        return ""
    if page.depth == SECTION_DEPTH:
        return page.title
    section = Page.objects.ancestor_of(page).filter(depth=SECTION_DEPTH).first()
    return section.title if section else ""


def _sign(record, role, user):
    person = signatory(user)
    setattr(record, role, user)
    setattr(record, f"{role}_name", person.name)
    setattr(record, f"{role}_position", person.position)


def _approved_task_state(page):
    """The approval behind this publication: the latest approved workflow not yet recorded."""
    recorded = PublicationRecord.objects.filter(page=page, workflow_state__isnull=False)
    return (
        TaskState.objects.for_instance(page)
        .filter(
            status=TaskState.STATUS_APPROVED, workflow_state__status=WorkflowState.STATUS_APPROVED
        )
        .exclude(workflow_state__in=recorded.values("workflow_state"))
        .select_related("workflow_state__requested_by", "finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )


def _request_fields(page, unit):
    """The record's copy of what the request said (`page` carries the revision)."""
    attachment = None
    if page.request_attachment_id:  # an older revision may name a document deleted since
        attachment = get_document_model().objects.filter(pk=page.request_attachment_id).first()
    return {
        "unit": unit,
        "page": page,
        "language": page.locale.language_code,
        "title": page.title,
        "category": category_of(page),
        "url": uri_to_iri(page.get_full_url() or ""),
        "summary": page.request_summary,
        "urgency": page.urgency,
        "go_live_at": page.go_live_at,
        "expire_at": page.expire_at,
        "owner_name": page.owner_name,
        "owner_position": page.owner_position,
        "owner_department": page.owner_department,
        "owner_email": page.owner_email,
        "outside_link": page.request_link,
        "remarks": page.request_remarks,
        "attachment": attachment,
        "attachment_title": attachment.title if attachment else "",
    }


@dataclass(frozen=True)
class Rejection:
    """Who sent a request back, when and why: the printed form's "not approved" box."""

    person: Signatory
    at: datetime
    reason: str


def rejection_of(workflow_state):
    """The rejection a request stands under, or None when it is not (or no longer) rejected."""
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = (
        workflow_state.task_states.filter(status=TaskState.STATUS_REJECTED)
        .select_related("finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )
    if task_state is None:
        return None
    return Rejection(signatory(task_state.finished_by), task_state.finished_at, task_state.comment)


def draft_record(page):
    """An unsaved record of a page's latest version, for printing the form before approval."""
    content = page.get_latest_revision_as_object()
    record = PublicationRecord(**_request_fields(content, unit_of_page(page)))
    workflow_state = page.workflow_states.order_by("-created_at").first()
    if workflow_state is not None:
        _sign(record, "requested_by", workflow_state.requested_by)
        record.requested_at = workflow_state.created_at
    return record


@transaction.atomic
def record_publication(page, revision, publisher=None):
    """Record `page` going live with `revision`, published by `publisher` (None: the system).

    Returns None for pages that carry no request to publish, and for publications nobody asked
    for (provisioning, demo import): every other publication carries an approval."""
    unit = unit_of_page(page)
    if unit is None or not carries_publication_request(page):
        return None
    verbal = VerbalApproval.objects.filter(revision=revision).first()
    task_state = None if verbal else _approved_task_state(page)
    if not verbal and not task_state:
        return None  # provisioning or the demo (network.publication.guard admits nothing else)
    published_at = page.last_published_at or timezone.now()
    record = PublicationRecord(
        **_request_fields(page, unit),
        revision=revision,
        published_at=published_at,
        fiscal_year=fiscal_year(published_at),
    )
    if verbal:
        record.approval_kind = ApprovalKind.VERBAL
        record.verbal_approval = verbal
        _sign(record, "requested_by", verbal.published_by)
        record.requested_at = verbal.created_at
        record.approved_by = verbal.approver
        record.approved_by_name = verbal.approver_name
        record.approved_by_position = verbal.approver_position
        record.approved_at = verbal.approved_at
        _sign(record, "published_by", publisher or verbal.published_by)
    else:
        record.approval_kind = ApprovalKind.WORKFLOW
        record.workflow_state = task_state.workflow_state
        _sign(record, "requested_by", task_state.workflow_state.requested_by)
        record.requested_at = task_state.started_at
        _sign(record, "approved_by", task_state.finished_by)
        record.approved_at = task_state.finished_at
        # A scheduled publication goes live by itself: the approver published it.
        _sign(record, "published_by", publisher or task_state.finished_by)
    record.save()
    return record


def records_for(unit, fiscal_year_be):
    """The unit's publications of one fiscal year, oldest first."""
    return (
        PublicationRecord.objects.filter(unit=unit, fiscal_year=fiscal_year_be)
        .select_related("unit", "verbal_approval")
        .order_by("published_at", "pk")
    )


def _when(value):
    return thai_date(value, "short", with_time=True)


def _confirmation(record, field):
    verbal = record.verbal_approval
    if verbal is None:
        return ""
    if not verbal.is_confirmed:
        return "ยังไม่ยืนยัน"
    value = getattr(verbal, field)
    return _when(value) if field == "confirmed_at" else value


def _verbal_reason(record):
    return record.verbal_approval.reason if record.verbal_approval else ""


# (Thai header, value): the register's columns, in the order of the official form.
COLUMNS = (
    ("ลำดับ", None),
    ("รหัสหน่วยงาน", lambda r: r.unit.code),
    ("ชื่อหน่วยงาน", lambda r: r.unit.name_th),
    ("ปีงบประมาณ", lambda r: r.fiscal_year),
    ("หัวข้อ", lambda r: r.title),
    ("หมวดหมู่", lambda r: r.category),
    ("ภาษา", lambda r: r.language),
    ("ลิงก์เผยแพร่", lambda r: r.url),
    ("ลิงก์ภายนอก", lambda r: r.outside_link),
    ("เอกสารแนบ", lambda r: r.attachment_title),
    ("ผู้รับผิดชอบการให้ข้อมูล", lambda r: r.owner_name),
    ("ตำแหน่งผู้ให้ข้อมูล", lambda r: r.owner_position),
    ("กลุ่มงาน/ฝ่าย", lambda r: r.owner_department),
    ("ผู้ขอเผยแพร่", lambda r: r.requested_by_name),
    ("ตำแหน่งผู้ขอเผยแพร่", lambda r: r.requested_by_position),
    ("วันเวลาที่ขอ", lambda r: _when(r.requested_at)),
    ("การอนุมัติ", lambda r: r.approval_in_thai),
    ("ผู้อนุมัติ", lambda r: r.approved_by_name),
    ("ตำแหน่งผู้อนุมัติ", lambda r: r.approved_by_position),
    ("วันเวลาที่อนุมัติ", lambda r: _when(r.approved_at)),
    ("เหตุผลความเร่งด่วน", _verbal_reason),
    ("ผู้ยืนยันการอนุมัติด้วยวาจา", lambda r: _confirmation(r, "confirmed_by_name")),
    ("ตำแหน่งผู้ยืนยัน", lambda r: _confirmation(r, "confirmed_by_position")),
    ("วันเวลาที่ยืนยัน", lambda r: _confirmation(r, "confirmed_at")),
    ("ผู้นำข้อมูลขึ้นเผยแพร่", lambda r: r.published_by_name),
    ("ตำแหน่งผู้เผยแพร่", lambda r: r.published_by_position),
    ("วันเวลาที่เผยแพร่", lambda r: _when(r.published_at)),
    ("เผยแพร่ถึง", lambda r: _when(r.expire_at)),
    ("หมายเหตุ", lambda r: r.remarks),
)
CSV_HEADER = [header for header, _value in COLUMNS]


def register_rows(records):
    """Each record as the register's row of text, numbered from 1."""
    for number, record in enumerate(records, start=1):
        yield [number] + [value(record) for _header, value in COLUMNS[1:]]


def export_csv(records):
    """The register as CSV text with a header row (UTF-8 with a BOM, so Excel reads Thai)."""
    return csv_text(CSV_HEADER, register_rows(records))


def export_html(unit, fiscal_year_be, records):
    """The register as a printable Thai HTML page."""
    first_day, last_day = fiscal_year_bounds(fiscal_year_be)
    context = {
        "unit": unit,
        "fiscal_year": fiscal_year_be,
        "first_day": first_day,
        "last_day": last_day,
        "header": CSV_HEADER,
        "rows": list(register_rows(records)),
    }
    with translation.override("th"):
        return render_to_string("network/publication_register.html", context)
