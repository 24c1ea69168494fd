"""Roles above the unit (provincial moderator, central administrator, superuser) are granted,
removed or redefined only by a superuser (issue #12 item 3), on every admin path: the account
edit and create forms and the role's group. Each change, made or refused, is in the audit log
and announced by e-mail to the other central administrators."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry, Page
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.accounts import grant_role
from network.models import Role, StaffProfile
from network.provisioning import role_group
from network.role_changes import ROLE_CHANGE_REFUSED, ROLE_CHANGED
from tests.conftest import PASSWORD, user_named

pytestmark = pytest.mark.django_db

ACTORS = ["central-admin", "moderator", "approver-h-a", "root"]
TARGET_ROLES = [Role.MODERATOR, Role.CENTRAL_ADMIN, "superuser"]
REFUSED = "ผู้ดูแลระบบสูงสุดเท่านั้น"  # "only a superuser", in the Thai refusal
OTHER_CENTRAL_ADMIN = "admin2@pho.test"


@pytest.fixture(autouse=True)
def network_people(db):
    """A superuser and a second central administrator, who hears of the first one's doings."""
    root = get_user_model().objects.create_superuser("root", "root@pho.test", PASSWORD)
    StaffProfile.objects.create(user=root, full_name="นายสูงสุด ระบบ", position="ผู้ดูแลระบบ")
    grant_role(
        "central-admin-2",
        Role.CENTRAL_ADMIN,
        email=OTHER_CENTRAL_ADMIN,
        full_name="นางกลาง สอง",
        position="นักวิชาการคอมพิวเตอร์",
    )


@pytest.fixture
def nurse(unit_a):
    user, _created = grant_role(
        "nurse-h-a",
        Role.EDITOR,
        unit_a,
        email="nurse@h-a.test",
        full_name="นางสมศรี ใจงาม",
        position="พยาบาลวิชาชีพ",
    )
    return user


def account_data(username, groups, is_superuser, password=""):
    """What Wagtail's account form posts."""
    data = {
        "username": username,
        "email": f"{username}@h-a.test",
        "first_name": "สมศรี",
        "last_name": "ใจงาม",
        "is_active": "on",
        "groups": [str(group.pk) for group in groups],
        "password1": password,
        "password2": password,
        "full_name": "นางสมศรี ใจงาม",
        "position": "พยาบาลวิชาชีพ",
    }
    if is_superuser:
        data["is_superuser"] = "on"
    return data


def role_target(role):
    """(groups to add, is_superuser) that give an account `role`."""
    if role == "superuser":
        return [], True
    return [role_group(role)], False


def holds(user, role):
    user = get_user_model().objects.get(pk=user.pk)
    if role == "superuser":
        return user.is_superuser
    return user.groups.filter(pk=role_group(role).pk).exists()


def logged(action):
    return ModelLogEntry.objects.filter(action=action)


def announced():
    return [message for message in mail.outbox if OTHER_CENTRAL_ADMIN in message.to]


def assert_outcome(response, actor, granted):
    if actor == "root":
        assert granted
        assert logged(ROLE_CHANGED).filter(user=user_named("root")).exists()
        assert len(announced()) == 1
    elif actor == "central-admin":
        assert not granted
        assert REFUSED in response.content.decode()
        assert logged(ROLE_CHANGE_REFUSED).filter(user=user_named(actor)).exists()
        [message] = announced()
        assert "ปฏิเสธ" in message.subject
    else:  # no access to accounts at all: Wagtail turns them away before any form
        assert not granted
        assert response.status_code == 302
        assert not logged(ROLE_CHANGED).exists()


@pytest.mark.parametrize("role", TARGET_ROLES)
@pytest.mark.parametrize("actor", ACTORS)
def test_granting_through_the_account_edit_form(login, nurse, actor, role):
    groups, is_superuser = role_target(role)
    data = account_data("nurse-h-a", [*nurse.groups.all(), *groups], is_superuser)

    response = login(actor).post(reverse("wagtailusers_users:edit", args=[nurse.pk]), data)

    assert_outcome(response, actor, holds(nurse, role))


@pytest.mark.parametrize("role", TARGET_ROLES)
@pytest.mark.parametrize("actor", ACTORS)
def test_granting_through_the_account_create_form(login, actor, role):
    groups, is_superuser = role_target(role)
    data = account_data("new-officer", groups, is_superuser, password="a-Long-new-passphrase-2569")

    response = login(actor).post(reverse("wagtailusers_users:add"), data)

    created = get_user_model().objects.filter(username="new-officer").first()
    assert_outcome(response, actor, created is not None and holds(created, role))
    if actor != "root":
        assert created is None


@pytest.mark.parametrize("role", [Role.MODERATOR, Role.CENTRAL_ADMIN])
@pytest.mark.parametrize("actor", ACTORS)
def test_changing_what_the_roles_group_may_do(login, actor, role):
    group = role_group(role)
    url = reverse("wagtailusers_groups:edit", args=[group.pk])
    form = login("root").get(url)
    data = querydict_from_html(form.content.decode(), form_id=None)
    extra = Permission.objects.get(
        content_type__app_label="wagtailredirects", codename="add_redirect"
    )
    assert not group.permissions.filter(pk=extra.pk).exists()
    data.appendlist("permissions", str(extra.pk))

    response = login(actor).post(url, data, follow=actor == "central-admin")

    granted = group.permissions.filter(pk=extra.pk).exists()
    assert_outcome(response, actor, granted)


def test_the_central_administrator_cannot_make_themself_a_moderator(login):
    me = user_named("central-admin")
    data = account_data("central-admin", [*me.groups.all(), role_group(Role.MODERATOR)], False)
    data["email"] = me.email

    response = login("central-admin").post(reverse("wagtailusers_users:edit", args=[me.pk]), data)

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not holds(me, Role.MODERATOR)
    entry = logged(ROLE_CHANGE_REFUSED).get()
    assert entry.data["changes"] == [{"role": Role.MODERATOR, "kind": "granted"}]
    assert int(entry.object_id) == me.pk


def test_only_a_superuser_removes_a_moderator(login):
    moderator = user_named("moderator")
    data = account_data("moderator", [], False)
    data["email"] = moderator.email

    refused = login("central-admin").post(
        reverse("wagtailusers_users:edit", args=[moderator.pk]), data
    )
    assert REFUSED in refused.content.decode()
    assert holds(moderator, Role.MODERATOR)

    login("root").post(reverse("wagtailusers_users:edit", args=[moderator.pk]), data)
    assert not holds(moderator, Role.MODERATOR)
    assert logged(ROLE_CHANGED).get().data["changes"] == [
        {"role": Role.MODERATOR, "kind": "removed"}
    ]


def test_unit_roles_stay_with_the_central_administrator(login, nurse, unit_a):
    """Managing accounts and unit roles is their job: no refusal, no alarm."""
    approvers = role_group(Role.APPROVER, unit_a)
    data = account_data("nurse-h-a", [*nurse.groups.all(), approvers], False)

    response = login("central-admin").post(
        reverse("wagtailusers_users:edit", args=[nurse.pk]), data
    )

    assert response.status_code == 302
    assert nurse.groups.filter(pk=approvers.pk).exists()
    assert not logged(ROLE_CHANGE_REFUSED).exists()
    assert announced() == []


def test_the_announcement_names_who_did_what(login, nurse):
    data = account_data("nurse-h-a", [*nurse.groups.all(), role_group(Role.MODERATOR)], False)

    login("root").post(reverse("wagtailusers_users:edit", args=[nurse.pk]), data)

    [message] = announced()
    assert "nurse-h-a" in message.subject
    assert "นายสูงสุด ระบบ" in message.body
    assert "ผู้ตรวจสอบระดับจังหวัด" in message.body  # the role, in Thai
    assert "root@pho.test" not in message.to  # the one who acted is not told


def test_only_a_superuser_edits_the_account_of_a_peer(login):
    """A new password or e-mail on another central administrator's account would hand over
    the role; their own account stays theirs to edit."""
    peer = user_named("central-admin-2")
    data = account_data("central-admin-2", peer.groups.all(), False, password="a-Long-taken-2569")
    data["email"] = peer.email
    url = reverse("wagtailusers_users:edit", args=[peer.pk])

    refused = login("central-admin").post(url, data)

    assert refused.status_code == 200
    assert REFUSED in refused.content.decode()
    peer.refresh_from_db()
    assert not peer.check_password("a-Long-taken-2569")
    assert logged(ROLE_CHANGE_REFUSED).get().data["changes"] == [
        {"role": Role.CENTRAL_ADMIN, "kind": "account"}
    ]

    assert login("root").post(url, data).status_code == 302
    peer.refresh_from_db()
    assert peer.check_password("a-Long-taken-2569")

    me = user_named("central-admin")
    mine = account_data("central-admin", me.groups.all(), False)
    mine["email"] = me.email
    mine["first_name"] = "สมชาย"
    own = login("central-admin").post(reverse("wagtailusers_users:edit", args=[me.pk]), mine)
    assert own.status_code == 302


def test_only_a_superuser_deletes_a_moderators_account(login):
    moderator = user_named("moderator")
    url = reverse("wagtailusers_users:delete", args=[moderator.pk])

    response = login("central-admin").post(url, follow=True)

    assert REFUSED in response.content.decode()
    assert get_user_model().objects.filter(pk=moderator.pk).exists()
    assert logged(ROLE_CHANGE_REFUSED).get().data["changes"] == [
        {"role": Role.MODERATOR, "kind": "removed"}
    ]

    login("root").post(url)
    assert not get_user_model().objects.filter(pk=moderator.pk).exists()
    assert logged(ROLE_CHANGED).exists()


def new_group_data(login, **changes):
    form = login("root").get(reverse("wagtailusers_groups:add"))
    data = querydict_from_html(form.content.decode(), form_id=None)
    data["name"] = "ผู้ดูคำร้องทั้งเครือข่าย"
    for name, value in changes.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data


WIDER_GROUPS = {
    "page permissions at the root": lambda: {
        "page_permissions-TOTAL_FORMS": "1",
        "page_permissions-INITIAL_FORMS": "0",
        "page_permissions-0-page": str(Page.get_first_root_node().pk),
        "page_permissions-0-permissions": ["change_page"],
        "page_permissions-0-DELETE": "",
    },
    "a permission its maker lacks": lambda: {
        "permissions": [
            str(Permission.objects.get(content_type__app_label="unitsites", codename=codename).pk)
            for codename in ("change_question",)
        ]
    },
}


@pytest.mark.parametrize("grant", WIDER_GROUPS)
def test_a_new_group_with_a_moderators_reach_is_made_only_by_a_superuser(login, grant):
    data = new_group_data(login, **WIDER_GROUPS[grant]())

    refused = login("central-admin").post(reverse("wagtailusers_groups:add"), data)

    assert refused.status_code == 200
    assert REFUSED in refused.content.decode()
    assert not Group.objects.filter(name=data["name"]).exists()
    assert logged(ROLE_CHANGE_REFUSED).filter(user=user_named("central-admin")).exists()
    assert len(announced()) == 1

    assert login("root").post(reverse("wagtailusers_groups:add"), data).status_code == 302
    assert Group.objects.filter(name=data["name"]).exists()


def test_a_group_for_a_units_pages_stays_with_the_central_administrator(login, unit_a):
    home = Page.objects.get(pk=unit_a.site.root_page_id)
    data = new_group_data(
        login,
        **{
            "page_permissions-TOTAL_FORMS": "1",
            "page_permissions-INITIAL_FORMS": "0",
            "page_permissions-0-page": str(home.pk),
            "page_permissions-0-permissions": ["change_page"],
            "page_permissions-0-DELETE": "",
        },
    )

    response = login("central-admin").post(reverse("wagtailusers_groups:add"), data)

    assert response.status_code == 302
    assert Group.objects.filter(name=data["name"]).exists()
