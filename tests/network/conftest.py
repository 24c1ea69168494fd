"""Fixtures for the publication workflow: content pages of a unit and the admin's own forms."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.models import StaffProfile
from tests.conftest import user_named
from unitsites.models import ContentPage, UnitHomePage

REQUEST = {
    "owner_name": "นางสาวสมใจ ใจดี",
    "owner_position": "นักวิชาการสาธารณสุขชำนาญการ",
    "owner_department": "กลุ่มงานส่งเสริมสุขภาพ",
    "owner_email": "owner@h-a.test",
    "request_summary": "ประชาสัมพันธ์การรณรงค์ฉีดวัคซีนไข้หวัดใหญ่ประจำปี",
}
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def login(login):
    """As the shared `login`, on the portal's host, where the admin is served."""

    def _login(username):
        client = login(username)
        client.defaults["HTTP_HOST"] = "localhost"
        return client

    return _login


@pytest.fixture
def make_page(db):
    """make_page(unit, slug=..., language="th", **fields) -> a draft ContentPage under about/."""

    def _make(unit, slug="vaccine-campaign", language="th", title=None, **fields):
        home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
        about = home.get_children().get(slug="about")
        page = ContentPage(
            title=title or f"รณรงค์ฉีดวัคซีน {slug}", slug=slug, live=False, **{**REQUEST, **fields}
        )
        about.add_child(instance=page)
        page.save_revision(user=user_named(f"editor-{unit.code.lower()}"))
        return page

    return _make


@pytest.fixture
def staff_profiles(db):
    """Names and positions as staff members set them in their account settings."""
    profiles = {
        "editor-h-a": ("นายเอก ขยันดี", "นักวิชาการคอมพิวเตอร์"),
        "approver-h-a": ("นางบี ผู้อนุมัติ", "หัวหน้ากลุ่มงานยุทธศาสตร์"),
        "moderator": ("นายซี ผู้กำกับ", "นักวิเคราะห์นโยบายและแผน"),
    }
    for username, (name, position) in profiles.items():
        StaffProfile.objects.update_or_create(
            user=user_named(username), defaults={"full_name": name, "position": position}
        )
    return profiles


def approve(page, requester="editor-h-a", approver="approver-h-a"):
    """Send the page's latest revision through the real workflow and approve it."""
    workflow_state = page.get_workflow().start(page, user_named(requester))
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, user_named(approver), "approve")
    page.refresh_from_db()
    return page


def approve_request(page, approver="moderator"):
    """Approve the request the page is waiting on."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user_named(approver), "approve")
    page.refresh_from_db()
    return page


def arrive(revision):
    """As if the approved start of `revision` had come (its go-live time is now past)."""
    past = timezone.now() - timedelta(minutes=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, action="action-submit", **changes):
    """Load the page's edit form as the browser would, change fields, press `action`."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")  # the StreamField editor is drawn by JavaScript
    for name, value in changes.items():
        data[name] = value
    data[action] = "1"
    return client.post(edit_url(page), data)


def workflow_action_url(page, action):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def approve_through_admin(login, page, **changes):
    """editor-h-a asks for publication (with `changes` made in the form), approver-h-a approves."""
    post_edit(login("editor-h-a"), page, **changes)
    response = login("approver-h-a").post(workflow_action_url(page, "approve"), {}, **XHR)
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    return page
