"""Staff members set the name and position printed on publication records."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.accounts import set_signatory_details
from network.models import Signatory, StaffProfile, missing_signatory_details, signatory
from tests.conftest import SIGNATORIES, user_named

pytestmark = pytest.mark.django_db


def test_staff_set_their_name_and_position_in_their_account(login):
    client = login("editor-h-a")
    page = client.get("/admin/account/")
    assert page.status_code == 200
    assert "staff_profile-position" in page.content.decode()

    data = querydict_from_html(page.content.decode(), form_id="w-editor-form")
    data["name_email-first_name"], data["name_email-last_name"] = "เอก", "ขยันดี"
    data["staff_profile-full_name"] = "นายเอก ขยันดี"
    data["staff_profile-position"] = "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"
    response = client.post("/admin/account/", data)

    assert response.status_code == 302
    profile = StaffProfile.objects.get(user=user_named("editor-h-a"))
    assert profile.position == "นักวิชาการคอมพิวเตอร์ปฏิบัติการ"
    assert signatory(profile.user).name == "นายเอก ขยันดี"


def test_an_account_without_name_or_position_signs_with_neither_never_its_username():
    user = get_user_model().objects.create_user("no-profile", email="np@h-a.test")
    person = signatory(user)
    assert (person.name, person.position) == ("", "")
    assert [str(name) for name in missing_signatory_details(user)] == ["ชื่อ-นามสกุล", "ตำแหน่ง"]

    user.first_name, user.last_name = "สมหญิง", "ตั้งใจ"
    user.save()
    assert signatory(user).name == "สมหญิง ตั้งใจ"
    assert [str(name) for name in missing_signatory_details(user)] == ["ตำแหน่ง"]

    set_signatory_details(user, position="พยาบาลวิชาชีพ")
    assert missing_signatory_details(user) == []


def test_every_test_account_signs_with_a_name_and_position():
    for username, (full_name, position) in SIGNATORIES.items():
        assert signatory(user_named(username)) == Signatory(full_name, position)
        assert missing_signatory_details(user_named(username)) == []


def test_the_admin_home_tells_staff_without_a_position_where_to_set_it(login):
    StaffProfile.objects.filter(user=user_named("editor-h-a")).update(position="")
    home = login("editor-h-a").get("/admin/").content.decode()
    assert "ชื่อและตำแหน่งของท่านสำหรับแบบฟอร์มทางราชการ" in home
    assert "บัญชีของท่านยังไม่มีตำแหน่ง" in home
    assert f'href="{reverse("wagtailadmin_account")}#staff_profile-section"' in home

    other = login("approver-h-a").get("/admin/").content.decode()
    assert "ชื่อและตำแหน่งของท่านสำหรับแบบฟอร์มทางราชการ" not in other


def test_grant_role_sets_the_name_and_position(unit_a):
    call_command(
        "grant_role",
        "new-approver",
        "approver",
        "H-A",
        "--full-name",
        "นายใหม่ ผู้อนุมัติ",
        "--position",
        "หัวหน้ากลุ่มงานการพยาบาล",
        stdout=io.StringIO(),
    )
    user = user_named("new-approver")
    assert signatory(user) == Signatory("นายใหม่ ผู้อนุมัติ", "หัวหน้ากลุ่มงานการพยาบาล")

    # Granting another role without them leaves them as they were.
    call_command("grant_role", "new-approver", "editor", "H-A", stdout=io.StringIO())
    assert signatory(user).position == "หัวหน้ากลุ่มงานการพยาบาล"


def test_the_central_administrator_sets_them_when_creating_and_editing_accounts(login):
    client = login("central-admin")
    page = client.get(reverse("wagtailusers_users:add"))
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="w-editor-form")
    data.update(
        {
            "username": "nurse-h-a",
            "email": "nurse@h-a.test",
            "first_name": "สมศรี",
            "last_name": "ใจงาม",
            "password1": "a-Long-nurse-passphrase-2569",
            "password2": "a-Long-nurse-passphrase-2569",
            "full_name": "นางสมศรี ใจงาม",
            "position": "",
        }
    )
    refused = client.post(reverse("wagtailusers_users:add"), data)
    assert refused.status_code == 200
    assert "position" in refused.context["form"].errors
    assert not get_user_model().objects.filter(username="nurse-h-a").exists()

    data["position"] = "พยาบาลวิชาชีพชำนาญการ"
    assert client.post(reverse("wagtailusers_users:add"), data).status_code == 302
    nurse = user_named("nurse-h-a")
    assert signatory(nurse) == Signatory("นางสมศรี ใจงาม", "พยาบาลวิชาชีพชำนาญการ")

    edit = client.get(reverse("wagtailusers_users:edit", args=[nurse.pk]))
    assert "พยาบาลวิชาชีพชำนาญการ" in edit.content.decode()
    data = querydict_from_html(edit.content.decode(), form_id="w-editor-form")
    data["position"] = "พยาบาลวิชาชีพชำนาญการพิเศษ"
    assert client.post(reverse("wagtailusers_users:edit", args=[nurse.pk]), data).status_code == 302
    assert signatory(nurse).position == "พยาบาลวิชาชีพชำนาญการพิเศษ"
