"""Every compliance check passes and fails on data built for it (network.oversight.checks)."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Workflow, WorkflowState

import pytest

from network.models import UnitKind, VerbalApproval
from network.oversight.checks import CHECKS, CHECKS_BY_ID
from network.provisioning import role_group
from tests.conftest import publish_imported, user_named
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.models import (
    Executive,
    LawPage,
    ManualPage,
    NewsPage,
    OrganisationPage,
    PublicInformationPage,
    ServiceFormPage,
    ServiceGuidePage,
)
from unitsites.models.public_information import OIA_ITEMS

from .conftest import REQUEST
from .oversight import backdate, content, home, publish, result, section, status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_every_check_names_an_evaluator_and_has_its_data():
    ids = [check.id for check in CHECKS]
    assert len(ids) == len(set(ids)) >= 12
    for check in CHECKS:
        assert callable(check.evaluator)
        assert check.title_th and check.basis and check.level in ("must", "should")


def test_categories(unit_a):
    sections = CHECKS_BY_ID["categories"].params["sections"]
    assert status(unit_a, "categories") == "fail"
    pages = {slug: content(unit_a, slug, slug=f"in-{slug}") for slug in sections}
    assert status(unit_a, "categories") == "pass"
    pages["laws"].unpublish()
    failing = result(unit_a, "categories")
    assert failing.status == "fail"
    assert failing.details == (f"No live content in “{section(unit_a, 'laws').title}”.",)
    assert failing.fix_url == f"/admin/pages/{section(unit_a, 'laws').pk}/"


def test_contact(unit_a):
    contact = section(unit_a, "about").get_children().get(slug="contact").specific
    assert status(unit_a, "contact") == "fail"
    values = {
        "address": "1 ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000",
        "phone": "074 711 000",
        "fax": "074 711 001",
        "email": "contact@h-a.test",
        "latitude": "6.618090",
        "longitude": "100.070850",
    }
    for name, value in values.items():
        setattr(contact, name, value)
    publish_imported(contact)
    assert status(unit_a, "contact") == "pass"
    contact.fax = ""
    publish_imported(contact)
    failing = result(unit_a, "contact")
    assert (failing.status, failing.details) == ("fail", ("Missing: fax.",))
    assert failing.fix_url == f"/admin/pages/{contact.pk}/edit/"


def test_executives(unit_a):
    assert "organisation structure" in result(unit_a, "executives").details[0]
    photo = Image.objects.create(title="ผอ.", file=get_test_image_file())
    page = OrganisationPage(
        title="โครงสร้างองค์กร", slug="structure", structure="<p>กลุ่มงาน 5 กลุ่มงาน</p>"
    )
    page.executives = [
        Executive(position="ผู้อำนวยการ", name="นพ.สมชาย ใจดี", phone="074 711 000", photo=photo),
        Executive(position="รองผู้อำนวยการ", is_vacant=True),
    ]
    publish(section(unit_a, "about"), page)
    assert status(unit_a, "executives") == "pass"
    page.executives.first().__class__.objects.filter(page=page, is_vacant=False).update(phone="")
    failing = result(unit_a, "executives")
    assert failing.status == "fail"
    assert failing.details == ("ผู้อำนวยการ lacks a photo, name or phone.",)


@pytest.mark.parametrize(
    ("check_id", "section_slug", "build"),
    [
        (
            "sop-manual",
            "manuals",
            lambda: ManualPage(
                title="คู่มือการจัดซื้อ",
                slug="sop",
                version="1",
                effective_date=timezone.localdate(),
                document=Document.objects.create(
                    title="คู่มือ", file=ContentFile(b"%PDF-1.4 manual", name="sop.pdf")
                ),
            ),
        ),
        (
            "citizen-guide",
            "citizen-guide",
            lambda: ServiceGuidePage(
                title="การขอใบรับรองแพทย์",
                slug="guide",
                service_location="ห้องบัตร",
                service_hours="08.30–16.30 น.",
                fees="ไม่มีค่าธรรมเนียม",
                eligibility="ผู้รับบริการทุกคน",
                documents_required="บัตรประจำตัวประชาชน",
                complaints="กลุ่มงานประกันสุขภาพ โทร 074 711 000",
            ),
        ),
        (
            "e-service",
            "e-services",
            lambda: ServiceFormPage.from_template(
                FormTemplate.SERVICE_COMPLAINT, "th", title="ร้องเรียนการให้บริการ", slug="complain"
            ),
        ),
    ],
)
def test_manuals(unit_a, check_id, section_slug, build):
    # A unit starts with the default e-service forms (unitsites.eservices.defaults): take down
    # whatever the unit already has of the kind counted.
    for existing in type(build()).objects.child_of(section(unit_a, section_slug)).live():
        existing.unpublish()
    assert status(unit_a, check_id) == "fail"
    page = publish(section(unit_a, section_slug), build())
    assert status(unit_a, check_id) == "pass"
    page.unpublish()
    failing = result(unit_a, check_id)
    assert failing.details == ("0 live, at least 1 needed.",)


def test_official_information_items(unit_a):
    parent = section(unit_a, "public-information")
    pages = {
        item.code: publish(
            parent,
            PublicInformationPage(
                title=f"ข้อมูลตามมาตรา {item.code}", slug=f"oia-{item.code}", oia_section=item.code
            ),
        )
        for item in OIA_ITEMS
    }
    assert status(unit_a, "oia-items") == "pass"
    pages["9-3"].unpublish()
    failing = result(unit_a, "oia-items")
    assert (failing.status, failing.details) == ("fail", ("Missing: 9(3).",))


def test_news_in_current_fiscal_year(unit_a):
    assert status(unit_a, "news-current") == "fail"
    news = publish(section(unit_a, "news"), NewsPage(title="ข่าว", slug="news-1", summary="ข่าว"))
    assert status(unit_a, "news-current") == "pass"
    NewsPage.objects.filter(pk=news.pk).update(date=timezone.now() - timedelta(days=400))
    assert status(unit_a, "news-current") == "fail"


def test_expired_but_live(unit_a):
    page = content(unit_a, "knowledge", slug="old-campaign")
    assert status(unit_a, "expired-live") == "pass"
    backdate(page, 1, field="expire_at")
    failing = result(unit_a, "expired-live")
    assert failing.status == "fail"
    assert failing.details[0].startswith("“หน้า old-campaign” ended")
    assert failing.fix_url == f"/admin/pages/{page.pk}/edit/"


def test_review_interval_depends_on_the_page_type(unit_a):
    general = content(unit_a, "knowledge", slug="general")
    law = publish(
        section(unit_a, "laws"),
        LawPage(
            title="ระเบียบ",
            slug="rule",
            law_type="regulation",
            issued_on=timezone.localdate(),
            issuer="กระทรวงสาธารณสุข",
            reference="ราชกิจจานุเบกษา เล่ม 1",
        ),
    )
    backdate(law, 200)
    assert status(unit_a, "review-overdue") == "pass"  # laws are reviewed yearly
    backdate(general, 200)  # other pages every 180 days
    overdue = result(unit_a, "review-overdue")
    assert overdue.status == "fail"
    assert len(overdue.details) == 1 and "หน้า general" in overdue.details[0]
    publish_imported(general)  # publishing again counts as a review
    assert status(unit_a, "review-overdue") == "pass"


def test_two_administrators(unit_a, unit_b):
    assert status(unit_a, "administrators") == "pass"  # two editors and an approver
    user_named("editor2-h-a").groups.remove(role_group("editor", unit_a))
    assert status(unit_a, "administrators") == "pass"
    approver = user_named("approver-h-a")
    approver.is_active = False
    approver.save()
    failing = result(unit_a, "administrators")
    assert failing.details == ("1 active site administrators, at least 2 needed.",)
    assert failing.fix_url == f"/admin/units/people/{unit_a.pk}/"
    assert status(unit_b, "administrators") == "pass"


def test_request_waiting(unit_a):
    page = content(unit_a, "knowledge", slug="waiting", **REQUEST)
    page.save_revision()
    Workflow.objects.get(workflow_pages__page=home(unit_a)).start(page, user_named("editor-h-a"))
    assert status(unit_a, "requests-waiting") == "pass"
    WorkflowState.objects.filter(object_id=str(page.pk)).update(
        created_at=timezone.now() - timedelta(days=8)
    )
    failing = result(unit_a, "requests-waiting")
    assert failing.status == "warn"
    assert failing.details == ("“หน้า waiting” has waited 8 days.",)


def test_unconfirmed_verbal_approval(unit_a, unit_b):
    page = content(unit_a, "news", slug="urgent")
    approval = VerbalApproval.objects.create(
        unit=unit_a,
        page=page,
        page_title=page.title,
        approver_name="นพ.สมชาย ใจดี",
        approver_position="ผู้อำนวยการ",
        approved_at=timezone.now(),
        reason="ประกาศเตือนภัยน้ำท่วม",
    )
    assert status(unit_a, "verbal-unconfirmed") == "pass"
    VerbalApproval.objects.filter(pk=approval.pk).update(
        created_at=timezone.now() - timedelta(days=4)
    )
    assert status(unit_a, "verbal-unconfirmed") == "fail"
    assert status(unit_b, "verbal-unconfirmed") == "pass"
    VerbalApproval.objects.filter(pk=approval.pk).update(confirmed_at=timezone.now())
    assert status(unit_a, "verbal-unconfirmed") == "pass"


def test_english_home(unit_a):
    assert status(unit_a, "english-home") == "pass"
    thai = home(unit_a)
    thai.welcome = "<p>ยินดีต้อนรับ</p>"
    publish_imported(thai)
    failing = result(unit_a, "english-home")
    assert failing.details == ("The welcome text is not translated.",)
    english = home(unit_a, "en")
    english.welcome = "<p>Welcome</p>"
    publish_imported(english)
    assert status(unit_a, "english-home") == "pass"
    english.title = "โรงพยาบาลเอ"
    publish_imported(english)
    assert status(unit_a, "english-home") == "warn"


def test_checks_apply_to_their_kinds(unit_a):
    unit_a.kind = UnitKind.HEALTH_PROMOTING_HOSPITAL
    assert result(unit_a, "english-home") is None
    assert result(unit_a, "contact") is not None


def test_the_whole_network_in_a_fixed_number_of_queries(django_assert_max_num_queries):
    from network.oversight.report import compliance_reports

    with django_assert_max_num_queries(22):
        reports = compliance_reports()
    assert [report.unit.code for report in reports] == ["DEMO-R", "H-A", "H-B", "PHO-T"]
