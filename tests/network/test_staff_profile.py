"""Staff members set the name and position printed on publication records."""

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.models import StaffProfile, signatory
from tests.conftest import user_named

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


def test_without_a_profile_the_account_name_is_used():
    person = signatory(user_named("approver-h-b"))
    assert person.name == "approver-h-b"
    assert person.position == ""
