"""Demo cases of the publication workflow in the provincial office, so that the dashboard, the
records and the fiscal-year export have something to show: one request waiting for approval, one
approved and published, one urgent publication waiting for its confirmation. Idempotent."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from wagtail.rich_text import RichText

from network.publication.urgent import publish_with_verbal_approval
from unitsites.models import ContentPage, UnitHomePage

# The name and position each unit's demo accounts sign with, by the username's last part.
STAFF = {
    "editor1": ("นางสาวกมลวรรณ รักษ์ดี", "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"),
    "editor2": ("นายธนพล ศรีสตูล", "เจ้าพนักงานธุรการชำนาญงาน"),
    "approver": ("นายแพทย์วิชัย ใจซื่อ", "หัวหน้ากลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข"),
}
OWNER = {
    "owner_name": "นางสุนีย์ บุญมา",
    "owner_position": "นักวิชาการสาธารณสุขชำนาญการพิเศษ",
    "owner_department": "กลุ่มงานส่งเสริมสุขภาพ",
    "owner_email": "sunee.b@demo.localhost",
}
CASES = (
    (
        "pending",
        "plan-health-promotion-2570",
        "แผนปฏิบัติการด้านส่งเสริมสุขภาพ ปีงบประมาณ พ.ศ. 2570",
        "เผยแพร่แผนปฏิบัติการประจำปีตามตัวชี้วัด MOIT 2 ให้ประชาชนตรวจสอบได้",
    ),
    (
        "approved",
        "report-q1-2569",
        "รายงานผลการดำเนินงานไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2569",
        "รายงานผลการดำเนินงานรายไตรมาสตามแผนปฏิบัติการ เพื่อความโปร่งใส",
    ),
    (
        "verbal",
        "clinic-closure-flood",
        "ประกาศงดให้บริการคลินิกนอกเวลาชั่วคราวเนื่องจากอุทกภัย",
        "แจ้งประชาชนให้ทราบทันทีเพื่อไม่ให้เดินทางมารับบริการในช่วงน้ำท่วม",
    ),
)


def _account(unit, role):
    """A demo account; network.demo gave it its name and position (STAFF)."""
    return get_user_model().objects.get(username=f"{unit.code.lower()}-{role}")


@transaction.atomic
def seed_workflow_cases(unit):
    """Create the three demo cases under the unit's "about" section, those missing only."""
    editor, editor2, approver = (_account(unit, role) for role in STAFF)
    about = (
        UnitHomePage.objects.get(unit=unit, locale__language_code="th")
        .get_children()
        .get(slug="about")
    )
    for case, slug, title, summary in CASES:
        if about.get_children().filter(slug=slug).exists():
            continue
        page = ContentPage(
            title=title,
            slug=slug,
            live=False,
            request_summary=summary,
            body=[("paragraph", RichText(f"<p>{summary}</p>"))],
            **OWNER,
        )
        about.add_child(instance=page)
        page.save_revision(user=editor2 if case == "verbal" else editor)
        if case == "verbal":
            publish_with_verbal_approval(
                page,
                editor2,
                approver=approver,
                approved_at=timezone.now(),
                reason="น้ำท่วมสูงบริเวณหน้าสำนักงาน ต้องแจ้งประชาชนก่อนเปิดทำการพรุ่งนี้เช้า",
            )
            continue
        workflow_state = page.get_workflow().start(page, editor)
        if case == "approved":
            task_state = workflow_state.current_task_state
            task_state.task.specific.on_action(task_state, approver, "approve")
