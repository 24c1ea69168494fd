"""Every staff account acknowledges the Computer Crime Act duties in effect before its first action
in the admin, and again when a new version takes effect (seed §3.4, REQUIREMENTS W-18)."""

from datetime import timedelta
from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.accounts import grant_role
from network.acknowledgement import statement_in_effect
from network.models import DutyAcknowledgement, DutyStatement

from .conftest import edit_url

pytestmark = pytest.mark.django_db

ACKNOWLEDGE = "/admin/duties/acknowledge/"
HOST = {"HTTP_HOST": "localhost"}


def newcomer(username, role="editor", unit=None):
    """A staff account that has acknowledged nothing yet, signed in."""
    user, _created = grant_role(
        username,
        role,
        unit,
        email=f"{username}@h-a.test",
        full_name="นายใหม่ เพิ่งมา",
        position="นักวิชาการคอมพิวเตอร์",
    )
    client = Client(**HOST)
    client.force_login(user)
    return user, client


def sent_to_acknowledge(response, path):
    return response.status_code == 302 and response["Location"] == (
        f"{ACKNOWLEDGE}?{urlencode({'next': path})}"
    )


def agree(client, next_url="/admin/"):
    return client.post(ACKNOWLEDGE, {"agree": "on", "next": next_url})


def new_version(version, effective_from=None):
    return DutyStatement.objects.create(
        version=version,
        text_th=f"หน้าที่ตาม พ.ร.บ.คอมพิวเตอร์ ฉบับที่ {version}: ห้ามให้ผู้อื่นใช้บัญชี",
        text_en=f"Duties, version {version}: never share your account",
        effective_from=effective_from or timezone.localdate(),
    )


def posted_form(login, page, username, action):
    """The page's edit form as `username`'s browser would post it with `action` pressed."""
    form = login(username).get(edit_url(page)).content.decode()
    data = querydict_from_html(form, form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data[action] = "1"
    return data


def test_the_first_version_is_seeded_in_thai_from_the_rule_book():
    statement = statement_in_effect()
    assert statement.version == 1
    assert "พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์" in statement.text_th
    assert "มาตรา 14" in statement.text_th and "มาตรา 16" in statement.text_th
    assert "section 14" in statement.text_en


def test_an_approver_can_neither_open_the_editor_nor_publish_until_acknowledged(
    login, make_page, unit_a
):
    page = make_page(unit_a, slug="duties-first")
    data = posted_form(login, page, "approver-h-a", "action-publish")

    user, client = newcomer("approver3-h-a", "approver", unit_a)
    assert sent_to_acknowledge(client.get(edit_url(page)), edit_url(page))
    assert sent_to_acknowledge(client.post(edit_url(page), data), edit_url(page))
    page.refresh_from_db()
    assert not page.live
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()

    before = timezone.now()
    response = agree(client, edit_url(page))
    assert (response.status_code, response["Location"]) == (302, edit_url(page))
    record = DutyAcknowledgement.objects.get(user=user)
    assert record.statement == statement_in_effect()
    assert before <= record.acknowledged_at <= timezone.now()
    assert record.client_address == "127.0.0.1"

    assert client.get(edit_url(page)).status_code == 200
    del data["action-publish"]
    data.update({"title": "แก้ไขหลังรับทราบหน้าที่", "action-save-draft": "1"})
    assert client.post(edit_url(page), data).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "แก้ไขหลังรับทราบหน้าที่"


def test_an_editor_cannot_submit_a_request_until_acknowledged(login, make_page, unit_a):
    page = make_page(unit_a, slug="duties-submit")
    data = posted_form(login, page, "editor-h-a", "action-submit")
    _user, client = newcomer("editor3-h-a", "editor", unit_a)
    assert sent_to_acknowledge(client.post(edit_url(page)), edit_url(page))
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    agree(client)
    assert client.post(edit_url(page), data).status_code == 302
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"


@pytest.mark.parametrize("role", ["moderator", "central_admin"])
def test_network_roles_acknowledge_too(role):
    user, client = newcomer(f"new-{role}", role)
    assert sent_to_acknowledge(client.get("/admin/"), "/admin/")
    agree(client)
    assert client.get("/admin/").status_code == 200


def test_a_superuser_acknowledges_too(django_user_model):
    root = django_user_model.objects.create_superuser("root-new", "root-new@pho.test", "x")
    client = Client(**HOST)
    client.force_login(root)
    assert sent_to_acknowledge(client.get("/admin/users/"), "/admin/users/")
    agree(client)
    assert client.get("/admin/users/").status_code == 200


def test_a_new_version_is_acknowledged_again_and_both_are_kept(unit_a):
    user, client = newcomer("editor4-h-a", "editor", unit_a)
    agree(client)
    assert client.get("/admin/").status_code == 200

    new_version(3, timezone.localdate() + timedelta(days=1))  # not yet in effect
    assert client.get("/admin/").status_code == 200

    second = new_version(2)
    assert sent_to_acknowledge(client.get("/admin/pages/"), "/admin/pages/")
    page = client.get(f"{ACKNOWLEDGE}?next=/admin/pages/")
    assert "ฉบับที่ 2" in page.content.decode()
    agree(client, "/admin/pages/")
    assert client.get("/admin/pages/").status_code == 200
    versions = DutyAcknowledgement.objects.filter(user=user).values_list(
        "statement__version", flat=True
    )
    assert sorted(versions) == [1, 2]
    assert DutyAcknowledgement.objects.get(user=user, statement=second).acknowledged_at


def test_without_the_tick_nothing_is_recorded_and_the_reason_is_given_in_thai(unit_a):
    user, client = newcomer("editor5-h-a", "editor", unit_a)
    response = client.post(ACKNOWLEDGE, {"next": "/admin/"})
    assert response.status_code == 200
    assert "ทำเครื่องหมาย" in response.content.decode()
    assert not DutyAcknowledgement.objects.filter(user=user).exists()
    assert sent_to_acknowledge(client.get("/admin/"), "/admin/")


def test_signing_out_javascript_and_the_public_site_stay_open(unit_a):
    _user, client = newcomer("editor6-h-a", "editor", unit_a)
    assert client.get(ACKNOWLEDGE).status_code == 200
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200
    assert client.get("/", HTTP_HOST=unit_a.site.hostname).status_code == 200
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_page_returns_only_to_the_portal_itself(unit_a):
    _user, client = newcomer("editor7-h-a", "editor", unit_a)
    response = agree(client, "https://evil.example/admin/")
    assert response["Location"] == "/admin/"


def test_central_administrators_add_versions_others_cannot(login):
    add = reverse("duty_statements:add")
    form = login("central-admin").get(add)
    assert form.status_code == 200
    data = {
        "version": "2",
        "effective_from": timezone.localdate().isoformat(),
        "text_th": "หน้าที่ฉบับปรับปรุง",
        "text_en": "Revised duties",
    }
    for username in ("moderator", "approver-h-a", "editor-h-a"):
        login(username).post(add, data)
        assert not DutyStatement.objects.filter(version=2).exists()
    assert login("central-admin").post(add, data).status_code == 302
    assert statement_in_effect().version == 2
    assert login("moderator").get(reverse("duty_statements:index")).status_code == 200
    assert login("editor-h-a").get(reverse("duty_statements:index")).status_code == 302
