"""First enrolment of a required second factor needs a one-time link from a central
administrator: signed in as the account it names, once, before it expires."""

import io
import re
from datetime import timedelta

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from network.models import EnrolmentLink
from network.twofactor.enrolment import LINK_ISSUED, issue_link
from tests.conftest import user_named
from tests.network.test_login_protection import code_for, confirmed_device

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def second_factor_required(settings):
    settings.PORTAL_REQUIRE_2FA_FOR_ROLES = ["moderator", "central_admin"]


HOST = {"HTTP_HOST": "localhost"}


def verified(login, username):
    """A client signed in with password and code, as someone already enrolled."""
    device = confirmed_device(username)
    client = login(username)
    response = client.post("/admin/two-factor/verify/", {"token": code_for(device)}, **HOST)
    assert response.status_code == 302
    return client


def link_path(url):
    return re.search(r"/admin/two-factor/enrol/[\w-]+/", url).group()


def test_the_whole_journey_from_the_central_administrator_to_a_verified_moderator(login):
    admin = verified(login, "central-admin")
    form = admin.get("/admin/two-factor/links/", **HOST)
    assert form.status_code == 200
    assert "ลิงก์ลงทะเบียน" in form.content.decode()
    moderator = user_named("moderator")
    issued = admin.post("/admin/two-factor/links/", {"user": moderator.pk}, **HOST)
    assert issued.status_code == 200
    url = issued.context["issued"]
    assert url.startswith("http") and url in issued.content.decode()
    assert ModelLogEntry.objects.filter(
        action=LINK_ISSUED, object_id=str(moderator.pk), user__username="central-admin"
    ).exists()
    assert EnrolmentLink.objects.get().token_hash not in url  # only a keyed hash is kept

    client = login("moderator")
    opened = client.get(link_path(url), **HOST)
    assert opened.status_code == 302 and opened["Location"] == "/admin/two-factor/setup/"
    setup = client.get(opened["Location"], **HOST)
    assert setup.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in setup.content.decode()
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    done = client.post(
        "/admin/two-factor/setup/", {"token": code_for(device), "next": "/admin/pages/"}, **HOST
    )
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/", **HOST).status_code == 200

    # The next sign-in asks for the code, as for anyone enrolled.
    again = login("moderator")
    assert again.get("/admin/", **HOST)["Location"].startswith("/admin/two-factor/verify/")


def refused(client, path, reason):
    response = client.get(path, **HOST)
    assert response.status_code == 403
    page = response.content.decode()
    assert reason in page and "ขอลิงก์ลงทะเบียนใหม่" in page
    return response


def test_a_used_link_is_refused_even_to_its_own_account(login):
    path = issue_link(user_named("moderator"))
    assert login("moderator").get(path, **HOST).status_code == 302
    refused(login("moderator"), path, "ใช้ไปแล้ว")


def test_an_expired_link_is_refused_and_enrols_nothing(login):
    path = issue_link(user_named("moderator"))
    EnrolmentLink.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    client = login("moderator")
    refused(client, path, "หมดอายุ")
    assert client.get("/admin/two-factor/setup/", **HOST).status_code == 403
    assert EnrolmentLink.objects.get().used_at is None


def test_a_new_link_ends_the_earlier_one(login):
    first = issue_link(user_named("moderator"))
    second = issue_link(user_named("moderator"))
    refused(login("moderator"), first, "หมดอายุ")
    assert login("moderator").get(second, **HOST).status_code == 302


def test_another_accounts_link_is_refused_and_stays_usable(login):
    path = issue_link(user_named("moderator"))
    refused(login("central-admin"), path, "บัญชีอื่น")
    assert login("moderator").get(path, **HOST).status_code == 302


def test_a_made_up_link_is_refused(login):
    refused(login("moderator"), "/admin/two-factor/enrol/not-a-real-token/", "ไม่ถูกต้อง")


def test_only_central_administrators_issue_links_and_only_superusers_for_superusers(
    login, django_user_model
):
    denied = login("editor-h-a").get("/admin/two-factor/links/", **HOST)
    assert denied.status_code == 302 and denied["Location"] == "/admin/"  # Wagtail's "no access"
    root = django_user_model.objects.create_superuser("root-person", "root@pho.test", "x-Long-1")
    admin = verified(login, "central-admin")
    response = admin.post("/admin/two-factor/links/", {"user": root.pk}, **HOST)
    assert response.status_code == 200 and "issued" not in response.context
    assert not EnrolmentLink.objects.exists()


def test_a_link_from_the_command_line(login, settings):
    out = io.StringIO()
    call_command("issue_enrolment_link", "moderator", "--hours", "2", stdout=out)
    url = out.getvalue().strip()
    assert url.startswith(settings.WAGTAILADMIN_BASE_URL)
    link = EnrolmentLink.objects.get(user__username="moderator")
    assert timedelta(hours=1, minutes=59) < link.expires_at - link.issued_at <= timedelta(hours=2)
    assert login("moderator").get(link_path(url), **HOST).status_code == 302
    with pytest.raises(CommandError):
        call_command("issue_enrolment_link", "nobody")


def test_people_not_required_still_add_an_authenticator_on_their_own(login):
    client = login("editor-h-a")
    assert client.get("/admin/two-factor/setup/", **HOST).status_code == 200
