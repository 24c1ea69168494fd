"""The admin journeys a unit's staff make, in a real browser, with no serious or critical
accessibility violation (axe, WCAG 2.1 AA) on any screen on the way (issue #18 item 8): an editor
submits a page for approval, the approver approves it with a comment and sends another back, an
editor publishes urgently on a verbal approval, and an officer answers a complaint."""

from django.conf import settings
from django.urls import reverse

import pytest

from tests.browser.test_public_site import axe_violations
from tests.conftest import signed_in, user_named
from tests.network.conftest import REQUEST
from tests.unitsites.eservices import COMPLAINT, make_form, receipt, submit
from unitsites.models import ContentPage, ServiceSubmission, UnitHomePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SERIOUS = ("serious", "critical")
DESKTOP = {"width": 1280, "height": 900}
FINITE_ANIMATIONS_ENDED = """async () => {
    const finite = document.getAnimations().filter(
        (animation) => animation.effect.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => null)));
}"""


def draft(unit, slug, title):
    about = (
        UnitHomePage.objects.get(unit=unit, locale__language_code="th")
        .get_children()
        .get(slug="about")
    )
    page = ContentPage(title=title, slug=slug, live=False, **REQUEST)
    about.add_child(instance=page)
    page.save_revision(user=user_named("editor-h-a"))
    return page


@pytest.fixture
def journeys(unit_a):
    """Everything the journeys start from, written before the server and the browser start:
    Django refuses database calls from the thread Playwright's event loop runs in, and a test
    client's request reconnects the connection-closing signal the shared server turns off."""
    in_review = draft(unit_a, "flu-vaccine", "รณรงค์ฉีดวัคซีนไข้หวัดใหญ่")
    to_send_back = draft(unit_a, "clinic-hours", "ปรับเวลาเปิดคลินิกเบาหวาน")
    for page in (in_review, to_send_back):
        page.get_workflow().start(page, user_named("editor-h-a"))
    reference, _ = receipt(submit(make_form(unit_a), COMPLAINT))
    return {
        "to_submit": draft(unit_a, "dengue-week", "สัปดาห์รณรงค์ป้องกันไข้เลือดออก"),
        "in_review": in_review,
        "to_send_back": to_send_back,
        "urgent": draft(unit_a, "storm-closure", "ประกาศปิดให้บริการชั่วคราวจากพายุ"),
        "complaint": ServiceSubmission.objects.get(reference=reference),
        "sessions": {
            username: signed_in(username).cookies[settings.SESSION_COOKIE_NAME].value
            for username in ("editor-h-a", "approver-h-a")
        },
    }


def staff_page(chromium, unit_site, journeys, username):
    context = chromium.new_context(viewport=DESKTOP, locale="th-TH")
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": journeys["sessions"][username],
                "url": unit_site.portal_url,
            }
        ]
    )
    return context.new_page()


def open_screen(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    assert_accessible(page, url)


def assert_accessible(page, where):
    """After the screen has loaded and its transitions (messages fading in) have ended."""
    page.wait_for_load_state()
    page.evaluate(FINITE_ANIMATIONS_ENDED)
    assert axe_violations(page, impacts=SERIOUS) == [], where


def footer_action(page, button):
    """`button` of the editor's footer, opening the footer's menu when it is folded in it."""
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    return button


def act_with_comment(page, action, comment):
    """The approver's workflow action that asks for a comment in a modal, then sends it."""
    buttons = page.locator(
        f"[data-workflow-action-name='{action}'][data-workflow-action-modal-url]"
    )
    footer_action(page, buttons.first).click()
    modal = page.locator(".modal-content")
    modal.wait_for()
    assert_accessible(page, f"the {action} modal")
    modal.get_by_role("textbox").first.fill(comment)
    with page.expect_navigation():
        modal.locator("button[type=submit]").click()


def test_an_editor_submits_a_page_for_approval(journeys, unit_site, chromium):
    page = staff_page(chromium, unit_site, journeys, "editor-h-a")
    admin = unit_site.portal_url + "/admin/"
    open_screen(page, admin)
    open_screen(page, f"{admin}pages/{journeys['to_submit'].pk}/edit/")

    with page.expect_navigation():
        footer_action(page, page.get_by_role("button", name="ส่งขออนุมัติ")).click()

    assert page.locator(".messages").get_by_text("ส่ง").count() >= 1
    assert_accessible(page, "after submitting")


def test_an_approver_approves_one_page_and_sends_another_back_with_comments(
    journeys, unit_site, chromium
):
    page = staff_page(chromium, unit_site, journeys, "approver-h-a")
    admin = unit_site.portal_url + "/admin/"
    open_screen(page, admin)
    assert page.get_by_text(journeys["in_review"].title).count() >= 1
    editor_url = f"{admin}pages/{journeys['in_review'].pk}/edit/"
    open_screen(page, editor_url)

    act_with_comment(page, "approve", "ตรวจแล้ว เผยแพร่ได้")

    assert page.locator(".messages").count() == 1
    assert_accessible(page, "after approving")

    open_screen(page, f"{admin}pages/{journeys['to_send_back'].pk}/edit/")
    act_with_comment(page, "reject", "ขอให้แก้ไขวันที่ของกิจกรรม")
    assert page.locator(".messages").count() == 1
    assert_accessible(page, "after sending back")


def test_an_editor_publishes_urgently_on_a_verbal_approval(journeys, unit_site, chromium):
    page = staff_page(chromium, unit_site, journeys, "editor-h-a")
    url = unit_site.portal_url + reverse("network_urgent_publish", args=[journeys["urgent"].pk])
    open_screen(page, url)

    with page.expect_navigation():
        page.locator("form button[type=submit]").last.click()

    assert_accessible(page, "the urgent form answered")


def test_an_officer_answers_a_complaint(journeys, unit_site, chromium):
    page = staff_page(chromium, unit_site, journeys, "editor-h-a")
    admin = unit_site.portal_url + "/admin/"
    open_screen(page, f"{admin}e-services/")
    open_screen(page, f"{admin}e-services/{journeys['complaint'].pk}/")

    page.locator("#id_status").select_option("answered")
    page.locator("#id_answer").fill("หน่วยงานได้ปรับระบบคิวห้องจ่ายยาแล้ว ขออภัยในความไม่สะดวก")
    with page.expect_navigation():
        page.locator("form button[type=submit], form input[type=submit]").last.click()

    assert page.locator(".messages").count() == 1
    assert_accessible(page, "the answer saved")
