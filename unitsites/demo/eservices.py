"""Demo e-services: a complaint form and a corruption complaint form on every site, service and
appointment requests on the fuller sites, a hospital's queue app as an external e-service, and
a few answered complaints on the fuller sites so that their statistics are not empty.

Demo submissions get no usable secret code: nobody could know it, and hashing one per row with
the production hasher would make seeding 70 sites slow."""

import datetime
from dataclasses import dataclass
from functools import partial

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from network.models import UnitKind
from unitsites.eservices.defaults import DEFAULT_FORMS, StarterForm
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.eservices.references import next_reference
from unitsites.models import (
    EServicesSection,
    ExternalServicePage,
    ServiceFormPage,
    ServiceSubmission,
    SubmissionStatus,
)

from .pages import ensure_page, ensure_translation

# Beside the default complaint forms every unit gets (unitsites.eservices.defaults), the fuller
# sites also take requests online.
RICH_FORMS = (
    StarterForm(
        "service-request",
        FormTemplate.SERVICE_REQUEST,
        "ขอรับบริการออนไลน์",
        "Request a service online",
        "ขอหนังสือรับรอง ขอข้อมูล หรือขอรับบริการอื่น เจ้าหน้าที่จะติดต่อกลับในวันทำการถัดไป",
        "Ask for a certificate, for information or another service. An officer calls you back "
        "on the next working day.",
    ),
    StarterForm(
        "appointment",
        FormTemplate.APPOINTMENT_REQUEST,
        "ขอนัดหมายรับบริการ",
        "Request an appointment",
        "เลือกบริการและวันที่ท่านสะดวก เจ้าหน้าที่จะโทรยืนยันวันและเวลานัดหมาย",
        "Choose the service and the day that suits you; an officer calls to confirm the time.",
    ),
)


@dataclass(frozen=True)
class DemoSubmission:
    form_slug: str
    days_ago: int
    status: str
    data: dict
    answer: str


SUBMISSIONS = (
    DemoSubmission(
        "complaint",
        12,
        SubmissionStatus.ANSWERED,
        {
            "full_name": "นางสาวมาลี ใจเย็น",
            "subject": "รอรับยานาน",
            "details": "รอรับยาที่ห้องจ่ายยานานกว่า 2 ชั่วโมงในช่วงบ่าย",
        },
        "ขออภัยในความไม่สะดวก หน่วยงานได้เพิ่มเจ้าหน้าที่ห้องจ่ายยาในช่วงบ่ายแล้ว",
    ),
    DemoSubmission(
        "complaint",
        130,
        SubmissionStatus.CLOSED,
        {
            "full_name": "นายสมศักดิ์ รักดี",
            "subject": "ที่จอดรถไม่เพียงพอ",
            "details": "ไม่มีที่จอดรถสำหรับผู้สูงอายุบริเวณหน้าอาคารผู้ป่วยนอก",
        },
        "ได้จัดที่จอดรถสำหรับผู้สูงอายุและผู้พิการหน้าอาคารผู้ป่วยนอกเพิ่ม 6 ช่องแล้ว",
    ),
    DemoSubmission(
        "corruption-complaint",
        250,
        SubmissionStatus.ANSWERED,
        {
            "person_concerned": "ไม่ทราบชื่อ",
            "details": "มีผู้อ้างว่าสามารถเร่งคิวผ่าตัดได้หากจ่ายเงิน",
        },
        "ตรวจสอบแล้วไม่พบเจ้าหน้าที่เกี่ยวข้อง ได้ประกาศเตือนประชาชนว่าไม่มีการเรียกเก็บเงินเพื่อเร่งคิว",
    ),
)


def seed_forms(section, home_en, rich):
    pages = {}
    for form in DEFAULT_FORMS + (RICH_FORMS if rich else ()):
        page, _created = ensure_page(
            section, ServiceFormPage, form.slug, partial(form.values, "th")
        )
        ensure_translation(page, home_en, partial(form.values, "en"))
        pages[form.slug] = page
    return pages


def seed_queue_app(section, unit, home_en):
    page, _created = ensure_page(
        section,
        ExternalServicePage,
        "queue-app",
        partial(
            dict,
            title="จองคิวตรวจออนไลน์",
            description="จองคิวตรวจแผนกผู้ป่วยนอกล่วงหน้า และดูลำดับคิวของท่านผ่านโทรศัพท์มือถือ",
            service_url=f"https://queue.{unit.hostname}/",
            operator=f"{unit.name_th} งานเวชระเบียน",
        ),
    )
    ensure_translation(
        page,
        home_en,
        partial(
            dict,
            title="Online outpatient queue",
            description="Book an outpatient queue ahead and follow your turn on your phone.",
            operator=f"{unit.name_en}, medical records",
        ),
    )


def seed_submissions(unit, forms, now):
    """A few answered complaints, once per unit."""
    if ServiceSubmission.objects.filter(unit=unit).exists():
        return
    for item in SUBMISSIONS:
        page = forms[item.form_slug]
        when = now - datetime.timedelta(days=item.days_ago)
        submission = ServiceSubmission.objects.create(
            page=page,
            unit=unit,
            kind=page.form_template,
            reference=next_reference(unit, when),
            secret_hash=make_password(None),
            form_data=item.data,
            status=item.status,
            answer=item.answer,
            answered_at=when + datetime.timedelta(days=3),
        )
        ServiceSubmission.objects.filter(pk=submission.pk).update(submit_time=when)


def seed(home_th, home_en, rich):
    unit = home_th.unit
    section = EServicesSection.objects.child_of(home_th).get()
    forms = seed_forms(section, home_en, rich)
    if unit.kind == UnitKind.HOSPITAL:
        seed_queue_app(section, unit, home_en)
    if rich:
        seed_submissions(unit, forms, timezone.now())
