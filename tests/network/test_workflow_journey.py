"""The request → approve → publish journey through the real admin (seed §2.2, W-01 to W-06)."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

from wagtail.models import PageLogEntry, TaskState, Workflow, WorkflowState

import pytest

from network.models import UnitApprovalTask
from network.publication.workflow import WORKFLOW_NAME
from tests.conftest import user_named
from tests.network.conftest import REQUEST, XHR, edit_url, post_edit, workflow_action_url
from unitsites.models import ContentPage, UnitHomePage

pytestmark = pytest.mark.django_db


def test_one_network_workflow_covers_both_language_trees_of_every_unit(unit_a, unit_b):
    workflows = Workflow.objects.filter(workflow_tasks__task__in=UnitApprovalTask.objects.all())
    assert [workflow.name for workflow in workflows] == [WORKFLOW_NAME]
    for home in UnitHomePage.objects.filter(unit__in=[unit_a, unit_b]):
        about = home.get_children().get(slug="about")
        assert about.get_workflow() == workflows.get()


def test_editors_cannot_publish_directly(make_page, login, unit_a):
    page = make_page(unit_a)
    assert not page.permissions_for_user(user_named("editor-h-a")).can_publish()

    post_edit(login("editor-h-a"), page, action="action-publish")

    page.refresh_from_db()
    assert not page.live
    assert not PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()


def test_submit_tells_only_the_units_approvers_and_the_moderators(make_page, login, unit_a):
    page = make_page(unit_a)
    mail.outbox.clear()

    response = post_edit(login("editor-h-a"), page)

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == user_named("editor-h-a")
    page.refresh_from_db()
    assert not page.live
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["approver@h-a.test", "moderator@pho.test"]
    [message] = mail.outbox
    assert "รอการอนุมัติ" in message.subject
    assert page.title in message.body
    assert REQUEST["owner_name"] in message.body
    assert edit_url(page) in message.body


def test_an_incomplete_request_cannot_be_submitted(make_page, login, unit_a):
    page = make_page(unit_a, owner_name="", request_summary="")

    response = post_edit(login("editor-h-a"), page)

    assert response.status_code == 200
    assert set(response.context["form"].errors) >= {"owner_name", "request_summary"}
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_an_incomplete_draft_can_still_be_saved(make_page, login, unit_a):
    page = make_page(unit_a)

    response = post_edit(login("editor-h-a"), page, action="action-save-draft", owner_name="")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().owner_name == ""


def test_announcements_that_must_end_need_an_end_date(make_page, login, unit_a, monkeypatch):
    page = make_page(unit_a)
    monkeypatch.setattr(ContentPage, "requires_end_date", True)  # every save needs one now
    client = login("editor-h-a")

    refused = post_edit(client, page)
    assert refused.status_code == 200
    assert "expire_at" in refused.context["form"].errors

    end = timezone.localtime() + timedelta(days=30)
    accepted = post_edit(client, page, expire_at=end.strftime("%Y-%m-%d %H:%M"))
    assert accepted.status_code == 302
    assert WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_evidence_items_do_not_expire(make_page, login, unit_a, monkeypatch):
    monkeypatch.setattr(ContentPage, "evidence_item", True)
    page = make_page(unit_a)
    end = timezone.localtime() + timedelta(days=30)

    response = post_edit(
        login("editor-h-a"),
        page,
        action="action-save-draft",
        expire_at=end.strftime("%Y-%m-%d %H:%M"),
    )

    assert response.status_code == 200
    assert "expire_at" in response.context["form"].errors
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().expire_at is None


def test_the_task_refuses_to_start_on_an_incomplete_request(make_page, unit_a):
    from network.models.approval import IncompleteRequest

    page = make_page(unit_a, owner_email="")
    with pytest.raises(IncompleteRequest):
        page.get_workflow().start(page, user_named("editor-h-a"))
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_an_approver_of_another_unit_cannot_act(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    url = workflow_action_url(page, "approve")

    response = login("approver-h-b").post(url, {}, **XHR)

    assert response.status_code == 403
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert page.current_workflow_task.get_actions(page, user_named("approver-h-b")) == []
    assert not TaskState.objects.reviewable_by(user_named("approver-h-b")).exists()
    assert TaskState.objects.reviewable_by(user_named("approver-h-a")).count() == 1
    assert TaskState.objects.reviewable_by(user_named("moderator")).count() == 1
    assert login("approver-h-b").get(edit_url(page)).status_code == 302


def test_the_units_approver_approves_and_the_page_is_live_on_its_host(
    make_page, login, unit_a, client
):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    mail.outbox.clear()

    approver = login("approver-h-a")
    assert approver.get(edit_url(page)).status_code == 200
    response = approver.post(workflow_action_url(page, "approve"), {}, **XHR)

    assert response.status_code == 200
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    assert page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "approved"
    public = client.get(f"/about/{page.slug}/", HTTP_HOST="hospital-a.localhost")
    assert public.status_code == 200
    assert page.title in public.content.decode()
    assert client.get(f"/about/{page.slug}/", HTTP_HOST="hospital-b.localhost").status_code == 404
    actions = list(
        PageLogEntry.objects.filter(page=page).order_by("timestamp").values_list("action", "user")
    )
    editor, approver_user = user_named("editor-h-a").pk, user_named("approver-h-a").pk
    assert ("wagtail.workflow.start", editor) in actions
    assert ("wagtail.workflow.approve", approver_user) in actions
    assert ("wagtail.publish", approver_user) in actions
    [message] = mail.outbox
    assert sorted(message.to) == ["editor@h-a.test", REQUEST["owner_email"]]
    assert "อนุมัติ" in message.subject
    assert f"http://hospital-a.localhost/about/{page.slug}/" in message.body


def test_approval_schedules_a_future_start(make_page, login, unit_a):
    page = make_page(unit_a)
    start = timezone.localtime() + timedelta(days=3)
    post_edit(login("editor-h-a"), page, go_live_at=start.strftime("%Y-%m-%d %H:%M"))
    mail.outbox.clear()

    login("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)

    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None
    [message] = mail.outbox
    assert "จะเผยแพร่บนเว็บไซต์ตั้งแต่" in message.body


def test_nobody_approves_their_own_request(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("approver-h-a"), page)
    page.refresh_from_db()
    task = page.current_workflow_task

    assert task.get_actions(page, user_named("approver-h-a")) == []
    assert not TaskState.objects.reviewable_by(user_named("approver-h-a")).exists()
    response = login("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)
    assert response.status_code == 403
    assert [name for name, _label, _modal in task.get_actions(page, user_named("moderator"))] == [
        "reject",
        "approve",
        "approve",
    ]


def test_rejecting_without_a_reason_is_refused(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    approver = login("approver-h-a")

    modal = approver.post(workflow_action_url(page, "reject"), {"comment": "  "}, **XHR)
    assert modal.status_code == 200
    assert modal.json()["step"] == "action"

    # The page editor's own workflow-action post skips the modal's form (WAGTAIL-NOTES §3).
    bypass = post_edit(
        approver,
        page,
        action="action-workflow-action",
        **{"workflow-action-name": "reject", "workflow-action-extra-data": "{}"},
    )
    assert bypass.status_code in (302, 403)

    page.refresh_from_db()
    assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"


def test_rejecting_with_a_reason_tells_the_requester_and_the_owner(make_page, login, unit_a):
    page = make_page(unit_a)
    post_edit(login("editor-h-a"), page)
    mail.outbox.clear()
    reason = "ขอให้แนบหนังสือสั่งการประกอบ"

    response = login("approver-h-a").post(
        workflow_action_url(page, "reject"), {"comment": reason}, **XHR
    )

    assert response.json()["step"] == "success"
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == reason
    [message] = mail.outbox
    assert sorted(message.to) == ["editor@h-a.test", REQUEST["owner_email"]]
    assert "ไม่อนุมัติ" in message.subject
    assert reason in message.body
    page.refresh_from_db()
    assert not page.live

    # Resubmitting after the fix goes back to the same unit's approvers.
    mail.outbox.clear()
    post_edit(login("editor-h-a"), page, request_summary="แนบหนังสือสั่งการแล้ว")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert sorted(a for m in mail.outbox for a in m.to) == [
        "approver@h-a.test",
        "moderator@pho.test",
    ]


def test_english_pages_go_through_the_same_units_approvers(make_page, login, unit_a, client):
    page = make_page(unit_a, slug="flu-campaign", language="en", title="Flu vaccination campaign")
    mail.outbox.clear()

    post_edit(login("editor-h-a"), page)

    assert sorted(a for m in mail.outbox for a in m.to) == [
        "approver@h-a.test",
        "moderator@pho.test",
    ]
    assert (
        login("approver-h-b").post(workflow_action_url(page, "approve"), {}, **XHR).status_code
        == 403
    )
    login("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)
    response = client.get("/en/about/flu-campaign/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert "Flu vaccination campaign" in response.content.decode()
