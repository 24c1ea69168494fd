"""The urgent path: publish now under a verbal approval, confirm afterwards (seed §2.2, W-05)."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from network.models import ApprovalKind, PublicationRecord, VerbalApproval
from tests.conftest import user_named
from tests.network.conftest import edit_url

pytestmark = pytest.mark.django_db

REASON = "ประกาศเตือนภัยน้ำท่วม ต้องแจ้งประชาชนภายในวันนี้"


def urgent_url(page):
    return reverse("network_urgent_publish", args=[page.pk])


def minute(when):
    return timezone.localtime(when).strftime("%Y-%m-%d %H:%M")


def publish_urgently(client, page, approver="approver-h-a", **changes):
    data = {
        "approver": user_named(approver).pk if approver else "",
        "approved_at": minute(timezone.now()),
        "reason": REASON,
        **changes,
    }
    return client.post(urgent_url(page), data)


def test_the_editor_is_offered_the_urgent_path_on_their_units_page(make_page, login, unit_a):
    page = make_page(unit_a)

    editor_view = login("editor-h-a").get(edit_url(page)).content.decode()
    approver_view = login("approver-h-a").get(edit_url(page)).content.decode()

    assert urgent_url(page) in editor_view
    assert urgent_url(page) not in approver_view  # theirs go to another approver
    assert login("editor-h-a").get(urgent_url(page)).status_code == 200
    assert login("editor-h-b").get(urgent_url(page)).status_code in (302, 403)


def test_urgent_publication_goes_live_and_waits_for_confirmation(
    make_page, login, unit_a, staff_profiles, client
):
    page = make_page(unit_a)
    mail.outbox.clear()

    response = publish_urgently(login("editor-h-a"), page)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert client.get(f"/about/{page.slug}/", HTTP_HOST=unit_a.hostname).status_code == 200
    verbal = VerbalApproval.objects.get(page=page)
    assert verbal.approver == user_named("approver-h-a")
    assert (verbal.approver_name, verbal.approver_position) == staff_profiles["approver-h-a"]
    assert verbal.published_by == user_named("editor-h-a")
    assert not verbal.is_confirmed
    assert not user_named("editor-h-a").has_perm("wagtailcore.publish_page")
    logs = PageLogEntry.objects.filter(page=page)
    assert logs.get(action="network.verbal_approval").user == user_named("editor-h-a")
    assert logs.get(action="wagtail.publish").user == user_named("editor-h-a")
    # Only the unit's approvers are asked to confirm.
    [message] = mail.outbox
    assert message.to == ["approver@h-a.test"]
    assert REASON in message.body

    record = PublicationRecord.objects.get(page=page)
    assert record.approval_kind == ApprovalKind.VERBAL
    assert record.approved_by == user_named("approver-h-a")
    assert record.approved_by_name == staff_profiles["approver-h-a"][0]
    assert record.published_by_name == staff_profiles["editor-h-a"][0]

    # It stays on the unit approver's and the moderator's dashboards until confirmed.
    assert page.title in login("approver-h-a").get("/admin/").content.decode()
    assert page.title in login("moderator").get("/admin/").content.decode()
    assert page.title not in login("approver-h-b").get("/admin/").content.decode()

    confirm_url = reverse("network_confirm_verbal_approval", args=[verbal.pk])
    assert login("editor-h-a").post(confirm_url).status_code in (302, 403)
    assert login("approver-h-b").post(confirm_url).status_code in (302, 403)
    verbal.refresh_from_db()
    assert not verbal.is_confirmed

    assert login("approver-h-a").post(confirm_url).status_code == 302
    verbal.refresh_from_db()
    assert verbal.confirmed_by == user_named("approver-h-a")
    assert verbal.confirmed_by_name == staff_profiles["approver-h-a"][0]
    assert logs.filter(action="network.verbal_approval_confirmed").count() == 1
    assert page.title not in login("approver-h-a").get("/admin/").content.decode()


def test_the_urgent_path_needs_a_complete_request(make_page, login, unit_a):
    page = make_page(unit_a, owner_position="")

    response = publish_urgently(login("editor-h-a"), page)

    assert response.status_code == 200
    page.refresh_from_db()
    assert not page.live
    assert not VerbalApproval.objects.exists()


def test_the_verbal_approval_must_name_who_and_why(make_page, login, unit_a):
    page = make_page(unit_a)

    response = publish_urgently(login("editor-h-a"), page, approver=None, reason="\u200b \u2060")

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"approver", "reason"}
    page.refresh_from_db()
    assert not page.live


def test_an_editor_of_another_unit_cannot_publish_urgently(make_page, login, unit_a):
    page = make_page(unit_a)

    response = publish_urgently(login("editor-h-b"), page)

    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert not VerbalApproval.objects.exists()


@pytest.mark.parametrize("approver", ["editor-h-a", "editor2-h-a", "approver-h-b", "central-admin"])
def test_the_approver_is_chosen_from_the_units_approvers(make_page, login, unit_a, approver):
    page = make_page(unit_a)

    response = publish_urgently(login("editor-h-a"), page, approver=approver)

    assert response.status_code == 200
    assert "approver" in response.context["form"].errors
    page.refresh_from_db()
    assert not page.live


def test_a_free_text_approver_is_refused(make_page, login, unit_a):
    page = make_page(unit_a)

    response = publish_urgently(login("editor-h-a"), page, approver="", approver_name="ใครก็ได้")

    assert "approver" in response.context["form"].errors
    assert not VerbalApproval.objects.exists()


@pytest.mark.parametrize(
    "when, field_error",
    [
        (timedelta(days=2), "approved_at"),  # in the future
        (-timedelta(days=2), "approved_at"),  # before the version was saved
    ],
)
def test_the_approval_time_lies_between_the_request_and_now(
    make_page, login, unit_a, when, field_error
):
    page = make_page(unit_a)

    response = publish_urgently(
        login("editor-h-a"), page, approved_at=minute(timezone.now() + when)
    )

    assert response.status_code == 200
    assert field_error in response.context["form"].errors
    page.refresh_from_db()
    assert not page.live


def test_rejected_content_cannot_go_round_the_request(make_page, login, unit_a):
    page = make_page(unit_a)
    workflow_state = page.get_workflow().start(page, user_named("editor-h-a"))
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, user_named("approver-h-a"), "reject", comment="ข้อมูลไม่ถูกต้อง"
    )

    response = publish_urgently(login("editor-h-a"), page)

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    page.refresh_from_db()
    assert not page.live
    assert not VerbalApproval.objects.exists()


def test_the_named_moderator_is_told_at_once(make_page, login, unit_a):
    page = make_page(unit_a)
    mail.outbox.clear()

    response = publish_urgently(login("editor-h-a"), page, approver="moderator")

    assert response.status_code == 302
    [message] = mail.outbox
    assert sorted(message.to) == ["approver@h-a.test", "moderator@pho.test"]
