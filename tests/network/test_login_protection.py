"""Admin login protection (REQUIREMENTS S-06, S-09): lockout after repeated failures, a second
factor for moderators and central administrators, sessions that end, personal accounts."""

import io
from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.utils import timezone

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from network.accounts import RoleError, grant_role
from tests.conftest import PASSWORD, user_named

pytestmark = pytest.mark.django_db

REQUIRED = override_settings(PORTAL_REQUIRE_2FA_FOR_ROLES=["moderator", "central_admin"])


def code_for(device):
    token = totp(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{token:0{device.digits}d}"


def error_code(response):
    return response.context["form"].errors.as_data()["token"][0].code


def with_password(username):
    user = user_named(username)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, username, password=PASSWORD):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        HTTP_HOST="localhost",
        REMOTE_ADDR="198.51.100.20",
    )


def confirmed_device(username):
    return TOTPDevice.objects.create(user=user_named(username), name="phone", confirmed=True)


@override_settings(AXES_ENABLED=True)
def test_five_wrong_passwords_lock_the_account_from_that_address_with_a_thai_page():
    with_password("editor-h-a")
    client = Client()
    statuses = [sign_in(client, "editor-h-a", "wrong-password").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    locked = sign_in(client, "editor-h-a")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "ระงับการเข้าสู่ระบบชั่วคราว" in page and "30 นาที" in page
    assert "_auth_user_id" not in client.session
    # Someone else at the same address (a shared office connection) can still sign in.
    with_password("editor2-h-a")
    assert sign_in(Client(), "editor2-h-a").status_code == 302


@override_settings(AXES_ENABLED=True)
def test_a_success_before_the_limit_resets_the_count():
    with_password("editor-h-a")
    client = Client()
    for _ in range(4):
        sign_in(client, "editor-h-a", "wrong-password")
    assert sign_in(client, "editor-h-a").status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "editor-h-a", "wrong-password").status_code == 200


@REQUIRED
def test_a_moderator_must_enrol_before_using_the_admin_and_a_password_alone_cannot(login):
    client = login("moderator")
    response = client.get("/admin/pages/", HTTP_HOST="localhost")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/setup/?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"], HTTP_HOST="localhost")
    assert page.status_code == 403
    assert "ลิงก์ลงทะเบียน" in page.content.decode()
    assert "data:image/svg+xml" not in page.content.decode()
    refused = client.post("/admin/two-factor/setup/", {"token": "123456"}, HTTP_HOST="localhost")
    assert refused.status_code == 403
    assert not TOTPDevice.objects.filter(user__username="moderator").exists()
    assert client.get("/admin/pages/", HTTP_HOST="localhost").status_code == 302


@REQUIRED
def test_central_admins_and_superusers_are_required_but_editors_are_not(login, django_user_model):
    assert login("central-admin").get("/admin/", HTTP_HOST="localhost").status_code == 302
    root = django_user_model.objects.create_superuser("root-person", "root@pho.test", PASSWORD)
    client = Client()
    client.force_login(root)
    assert client.get("/admin/", HTTP_HOST="localhost").status_code == 302
    assert login("editor-h-a").get("/admin/", HTTP_HOST="localhost").status_code == 200


@REQUIRED
def test_the_admin_api_is_guarded_too(login):
    response = login("moderator").get("/admin/api/main/pages/", HTTP_HOST="localhost")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/setup/")


@override_settings(PORTAL_REQUIRE_2FA_FOR_ROLES=[])
def test_when_not_required_nobody_is_forced(login):
    assert login("moderator").get("/admin/", HTTP_HOST="localhost").status_code == 200


def test_anyone_with_an_authenticator_signs_in_with_password_then_code():
    with_password("editor-h-a")
    device = confirmed_device("editor-h-a")
    client = Client()
    response = sign_in(client, "editor-h-a")
    assert response.status_code == 302
    first = client.get(response["Location"], HTTP_HOST="localhost")
    assert first.status_code == 302 and first["Location"].startswith("/admin/two-factor/verify/")
    page = client.get(first["Location"], HTTP_HOST="localhost")
    assert page.status_code == 200
    verified = client.post(
        "/admin/two-factor/verify/",
        {"token": code_for(device), "next": "/admin/"},
        HTTP_HOST="localhost",
    )
    assert verified.status_code == 302 and verified["Location"] == "/admin/"
    assert client.get("/admin/", HTTP_HOST="localhost").status_code == 200


def test_a_code_works_once_and_wrong_codes_are_throttled(login):
    device = confirmed_device("editor-h-a")
    code = code_for(device)
    first = login("editor-h-a")
    assert (
        first.post("/admin/two-factor/verify/", {"token": code}, HTTP_HOST="localhost").status_code
        == 302
    )
    replay = login("editor-h-a")
    response = replay.post("/admin/two-factor/verify/", {"token": code}, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert error_code(response) == "wrong_code"
    # Right after a wrong code, even a good one waits (django-otp's growing delay).
    again = replay.post(
        "/admin/two-factor/verify/", {"token": code_for(device)}, HTTP_HOST="localhost"
    )
    assert error_code(again) == "throttled"
    assert replay.get("/admin/", HTTP_HOST="localhost").status_code == 302


def test_the_code_page_never_redirects_off_site(login):
    device = confirmed_device("editor-h-a")
    response = login("editor-h-a").post(
        "/admin/two-factor/verify/",
        {"token": code_for(device), "next": "https://evil.example/"},
        HTTP_HOST="localhost",
    )
    assert response["Location"] == "/admin/"


def test_sessions_end_with_the_browser_and_always_after_eight_hours():
    with_password("editor-h-a")
    client = Client()
    sign_in(client, "editor-h-a")
    cookie = client.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""
    session = Session.objects.get(session_key=cookie.value)
    lifetime = session.expire_date - timezone.now()
    assert timedelta(hours=7, minutes=59) < lifetime <= timedelta(hours=8)
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/admin/", HTTP_HOST="localhost")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    # "Remember me" keeps the session past the browser, but still only for eight hours.
    remembered = Client()
    remembered.post(
        "/admin/login/",
        {"username": "editor-h-a", "password": PASSWORD, "remember": "on"},
        HTTP_HOST="localhost",
    )
    assert remembered.cookies["sessionid"]["max-age"] == 8 * 60 * 60


def test_accounts_are_personal(unit_a, english):
    with pytest.raises(RoleError, match="accounts are personal"):
        grant_role("web-team", "editor", unit_a, email="editor@h-a.test")
    # Granting a role affects only the named person.
    grant_role("new-editor-h-a", "editor", unit_a, email="new@h-a.test")
    assert user_named("new-editor-h-a").groups.count() == 1
    assert user_named("editor2-h-a").groups.count() == 1


def test_a_lost_authenticator_can_be_reset_from_the_command_line(login):
    confirmed_device("editor-h-a")
    assert login("editor-h-a").get("/admin/", HTTP_HOST="localhost").status_code == 302
    call_command("reset_two_factor", "editor-h-a", stdout=io.StringIO())
    assert login("editor-h-a").get("/admin/", HTTP_HOST="localhost").status_code == 200
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")
