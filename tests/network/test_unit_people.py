"""A unit's people by role on the unit's admin page (issue #18 item 3), through real requests:
who may manage them (a matrix of role x own/other unit x action), adding, changing and taking
off, the two-administrator rule, Thai role names and the audit trail."""

from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.models import ModelLogEntry

import pytest

from network.models import Role
from network.oversight.administrators import shortage_message
from network.unit_people import UNIT_ROLE_CHANGE_REFUSED, UNIT_ROLE_CHANGED, role_in
from tests.conftest import SUPERUSER, user_named

pytestmark = pytest.mark.django_db

ROLES = ["editor-h-a", "approver-h-a", "moderator", "central-admin", SUPERUSER]
ACTIONS = ["view", "add", "change", "remove", "deactivate"]
# A unit has no administrator of its own: accounts and roles are the central administrators'
# (DESIGN.md, Users). Moderators see every unit's content but manage no accounts.
ALLOWED = {"central-admin", SUPERUSER}


def url(unit):
    return f"/admin/units/people/{unit.pk}/"


def _act(client, unit, action):
    """Make the request for `action` on `unit`; returns whether it took effect."""
    slug = unit.code.lower()
    target = user_named(f"editor2-{slug}")
    if action == "view":
        response = client.get(url(unit))
        return response.status_code == 200 and f"editor2-{slug}" in response.text
    if action == "add":
        client.post(
            url(unit),
            {
                "action": "add",
                "role": "editor",
                "username": "newcomer",
                "email": "newcomer@example.test",
            },
        )
        newcomer = get_user_model().objects.filter(username="newcomer").first()
        return newcomer is not None and role_in(unit, newcomer) == Role.EDITOR
    if action == "change":
        client.post(url(unit), {"action": "change", "person": target.pk, "role": "approver"})
        return role_in(unit, target) == Role.APPROVER
    if action == "remove":
        client.post(url(unit), {"action": "remove", "person": target.pk})
        return role_in(unit, target) is None
    client.post(url(unit), {"action": "deactivate", "person": target.pk})
    target.refresh_from_db()
    return not target.is_active


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("target", ["own", "other"])
@pytest.mark.parametrize("username", ROLES)
def test_who_manages_a_units_people(login, unit_a, unit_b, username, target, action):
    unit = unit_a if target == "own" else unit_b
    assert _act(login(username), unit, action) is (username in ALLOWED)


def test_the_page_lists_people_under_thai_role_names_and_is_linked_from_the_unit(login, unit_a):
    client = login("central-admin")
    page = client.get(url(unit_a)).text
    with translation.override("th"):
        editors, approvers = str(Role.EDITOR.label), str(Role.APPROVER.label)
    assert editors == "ผู้แก้ไขเนื้อหาของหน่วยงาน" and approvers == "ผู้อนุมัติของหน่วยงาน"
    assert page.index(editors) < page.index("editor-h-a") < page.index(approvers)
    assert page.index(approvers) < page.index("approver-h-a")
    assert "นายเอ หนึ่ง" in page  # signs as
    assert "editor-h-b" not in page
    assert url(unit_a) in client.get(f"/admin/units/edit/{unit_a.pk}/").text
    assert url(unit_a) in client.get("/admin/units/").text


def _refusal(unit):
    with translation.override("th"):
        return shortage_message([unit])


@pytest.mark.parametrize("action", ["remove", "deactivate"])
def test_the_second_to_last_administrator_stays(login, unit_a, action):
    client = login("central-admin")
    first, second = user_named("editor2-h-a"), user_named("editor-h-a")
    client.post(url(unit_a), {"action": action, "person": first.pk})
    assert ModelLogEntry.objects.filter(action=UNIT_ROLE_CHANGED, object_id=str(first.pk)).exists()

    response = client.post(url(unit_a), {"action": action, "person": second.pk}, follow=True)
    assert _refusal(unit_a) in response.text
    assert "จะเหลือผู้ดูแลเว็บไซต์ที่ใช้งานอยู่น้อยกว่า 2 คน" in _refusal(unit_a)  # in Thai
    second.refresh_from_db()
    assert second.is_active and role_in(unit_a, second) == Role.EDITOR
    refused = ModelLogEntry.objects.get(action=UNIT_ROLE_CHANGE_REFUSED, object_id=str(second.pk))
    assert refused.data == {"unit": "H-A", "action": action, "role": "editor"}
    assert refused.user_id == user_named("central-admin").pk


def test_changing_a_role_keeps_the_count_and_is_recorded(login, unit_a):
    client = login("central-admin")
    editor = user_named("editor-h-a")
    client.post(url(unit_a), {"action": "change", "person": editor.pk, "role": "approver"})
    assert role_in(unit_a, editor) == Role.APPROVER
    entry = ModelLogEntry.objects.get(action=UNIT_ROLE_CHANGED, object_id=str(editor.pk))
    assert entry.data == {"unit": "H-A", "action": "change", "role": "approver"}
    history = client.get(f"/admin/users/history/{editor.pk}/").text
    with translation.override("th"):
        assert str(Role.APPROVER.label) in history


def test_an_existing_account_of_another_unit_joins_with_its_details_kept(login, unit_a, unit_b):
    client = login("central-admin")
    other = user_named("editor-h-b")
    data = {"action": "add", "role": "approver", "username": "editor-h-b", "email": ""}
    assert client.post(url(unit_a), data).status_code == 302
    other.refresh_from_db()
    assert role_in(unit_a, other) == Role.APPROVER and role_in(unit_b, other) == Role.EDITOR
    assert other.email == "editor@h-b.test"


def test_a_new_account_gets_its_name_position_and_no_password(login, unit_a):
    client = login("central-admin")
    data = {
        "action": "add",
        "role": "editor",
        "username": "somsri",
        "email": "somsri@h-a.test",
        "full_name": "นางสมศรี ใจดี",
        "position": "เจ้าพนักงานธุรการ",
    }
    client.post(url(unit_a), data)
    person = user_named("somsri")
    assert role_in(unit_a, person) == Role.EDITOR
    assert person.staff_profile.full_name == "นางสมศรี ใจดี"
    assert not person.has_usable_password()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"username": "nobody-yet", "email": ""}, "A new account needs an e-mail address."),
        (
            {"username": "editor2-h-a", "email": ""},
            "%(person)s already works in this unit; change their role instead.",
        ),
        (
            {"username": "other", "email": "editor@h-b.test"},
            "The e-mail address %(email)s already belongs to another account: accounts are "
            "personal, never shared.",
        ),
    ],
)
def test_a_refused_addition_says_why_in_thai_and_keeps_the_input(login, unit_a, data, message):
    users = get_user_model().objects.count()
    response = login("central-admin").post(
        url(unit_a), {"action": "add", "role": "approver", **data}
    )
    assert response.status_code == 200
    with translation.override("th"):
        expected = translation.gettext(message) % {
            "person": "นางสาวเอ สอง",
            "email": data["email"],
        }
    assert response.context["add_form"].non_field_errors() == [expected]
    assert f'value="{data["username"]}"' in response.text
    assert get_user_model().objects.count() == users
    assert role_in(unit_a, user_named("editor2-h-a")) == Role.EDITOR


def test_someone_outside_the_unit_cannot_be_changed_through_its_page(login, unit_a, unit_b):
    outsider = user_named("editor-h-b")
    response = login("central-admin").post(
        url(unit_a), {"action": "deactivate", "person": outsider.pk}, follow=True
    )
    with translation.override("th"):
        assert translation.gettext("That person does not work in this unit.") in response.text
    outsider.refresh_from_db()
    assert outsider.is_active and role_in(unit_b, outsider) == Role.EDITOR
