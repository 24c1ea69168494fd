"""Notice and takedown (S-07, W-18; issue #15 item 7, issue #18 item 5): the public form of every
unit, its reference and tracking, the e-mails to the unit's approvers and the moderators, the
handling to an outcome in the admin, isolation between units and the retention purge."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import Client, override_settings
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from network.models import Delivery, NotificationPreference, StaffNotice
from network.provisioning import provision_unit
from network.staff_notices import DIGEST_HOUR, send_daily_digests
from tests.conftest import user_named
from tests.unitsites.eservices import REFERENCE, SECRET
from unitsites.eservices.forms import TrackingForm
from unitsites.models import (
    PersonalDataPurge,
    TakedownPage,
    TakedownRequest,
    TakedownStatus,
    UnitHomePage,
)
from unitsites.models.privacy import PurgeKind
from unitsites.retention import purge
from unitsites.takedown.retention import TAKEDOWN_REQUESTS

pytestmark = pytest.mark.django_db

BANGKOK = ZoneInfo("Asia/Bangkok")

PATH = "/report-content/"
REPORT = {
    "content_url": "http://hospital-a.localhost/news/ข่าวที่ผิด/",
    "ground": "personal_data",
    "description": "ภาพถ่ายของข้าพเจ้าพร้อมเลขบัตรประชาชนถูกเผยแพร่โดยไม่ได้รับความยินยอม",
    "reporter_name": "นางสาวสมใจ ร้องขอ",
    "reporter_email": "somjai@example.test",
    "reporter_phone": "",
    "declaration": "on",
}
# Who is told of a request of H-A and may handle it: its approver and the moderators only.
HANDLERS_H_A = {"approver-h-a", "moderator"}
OTHERS = ("editor-h-a", "editor2-h-a", "editor-h-b", "approver-h-b", "central-admin")


def send(unit=None, address="203.0.113.40", path=PATH, **changes):
    host = unit.hostname if unit else "hospital-a.localhost"
    return Client().post(path, {**REPORT, **changes}, HTTP_HOST=host, REMOTE_ADDR=address)


def main_text(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def field_errors(response, name):
    return [str(error) for error in response.context["form"].errors.get(name, [])]


def received(unit_a):
    return TakedownRequest.objects.filter(unit=unit_a)


@pytest.fixture
def filed(unit_a, django_capture_on_commit_callbacks):
    """(request, secret) of a report sent to H-A, its staff notices sent."""
    with django_capture_on_commit_callbacks(execute=True):
        response = send()
    assert response.status_code == 200
    html = response.content.decode()
    return received(unit_a).get(), SECRET.search(html).group(1)


def track(reference, secret, host="hospital-a.localhost"):
    return Client().post(
        PATH + "track/",
        {"reference": reference, "secret": secret},
        HTTP_HOST=host,
        REMOTE_ADDR="203.0.113.41",
    )


# The public form ---------------------------------------------------------------------------


def test_a_report_is_kept_with_its_reference_and_first_step(unit_a, filed, mailoutbox):
    takedown, secret = filed
    assert re.fullmatch(r"H-A-\d{4}-\d{5}", takedown.reference)
    assert takedown.ground == "personal_data"
    assert takedown.status == TakedownStatus.RECEIVED
    assert takedown.declared_at is not None
    [step] = takedown.steps.all()
    assert step.status == TakedownStatus.RECEIVED and step.user is None
    receipt = next(m for m in mailoutbox if m.to == [REPORT["reporter_email"]])
    assert takedown.reference in receipt.subject
    assert secret in receipt.body
    assert "http://hospital-a.localhost/report-content/track/" in receipt.body


def test_the_receipt_shows_both_codes_once_and_is_never_cached(unit_a):
    response = send()
    text = main_text(response)
    assert REFERENCE.search(text) and SECRET.search(text)
    assert "no-store" in response["Cache-Control"]
    secret = SECRET.search(text).group(1)
    assert secret not in received(unit_a).get().secret_hash


def test_a_report_needs_an_e_mail_address_or_a_telephone_number(unit_a):
    response = send(reporter_email="", reporter_phone="")
    assert field_errors(response, "reporter_email") == [
        "กรุณาให้อีเมลหรือหมายเลขโทรศัพท์ เพื่อให้หน่วยงานติดต่อท่านได้"
    ]
    assert "นางสาวสมใจ ร้องขอ" in response.content.decode()  # what was typed is kept
    assert not received(unit_a).exists()
    # A telephone number alone is enough.
    assert send(reporter_email="", reporter_phone="081 234 5678").status_code == 200
    assert received(unit_a).get().reporter_phone == "081 234 5678"


def test_a_telephone_number_must_look_like_one(unit_a):
    response = send(reporter_email="", reporter_phone="โทรมาได้เลย")
    assert field_errors(response, "reporter_phone") == [
        "กรุณากรอกหมายเลขโทรศัพท์ 9 ถึง 15 หลัก เช่น 081 234 5678"
    ]
    assert not received(unit_a).exists()


@pytest.mark.parametrize(
    "url",
    [
        "http://hospital-b.localhost/news/",  # another unit's site
        "https://hospital-a.localhost.evil.test/news/",
        "https://example.com/?next=hospital-a.localhost",
    ],
)
def test_the_address_must_be_on_the_units_own_site(unit_a, url):
    response = send(content_url=url)
    assert field_errors(response, "content_url") == [
        "กรุณาให้ที่อยู่ของหน้าในเว็บไซต์นี้ ซึ่งต้องขึ้นต้นด้วย https://hospital-a.localhost/"
    ]
    assert not received(unit_a).exists()


def test_the_same_report_on_h_b_names_h_bs_site(unit_b):
    response = send(unit_b)
    assert field_errors(response, "content_url") == [
        "กรุณาให้ที่อยู่ของหน้าในเว็บไซต์นี้ ซึ่งต้องขึ้นต้นด้วย https://hospital-b.localhost/"
    ]
    assert send(unit_b, content_url="https://hospital-b.localhost/about/").status_code == 200
    assert TakedownRequest.objects.get(unit=unit_b).reference.startswith("H-B-")


def test_the_declaration_must_be_ticked(unit_a):
    response = send(declaration="")
    assert field_errors(response, "declaration") == [
        "กรุณาทำเครื่องหมายคำรับรอง หน่วยงานรับเรื่องโดยไม่มีคำรับรองไม่ได้"
    ]
    assert not received(unit_a).exists()


def test_nul_and_overlong_input_get_a_thai_error_and_nothing_is_stored(unit_a):
    response = send(description="ข้อความ\x00ซ่อน")
    assert field_errors(response, "description") == ["ข้อความมีอักขระ NUL ซึ่งไม่อนุญาต กรุณาลบออก"]
    response = send(description="ก" * 5001, reporter_name="ข" * 121)
    assert field_errors(response, "description")
    assert field_errors(response, "reporter_name")
    response = send(content_url="http://hospital-a.localhost/" + "a" * 500)
    assert field_errors(response, "content_url")
    assert not received(unit_a).exists()


def test_control_characters_are_dropped_and_the_honeypot_refuses(unit_a):
    assert "ไม่ได้รับ" in main_text(send(website_address="http://spam.test/"))
    assert not received(unit_a).exists()
    send(description="รูป\x1bของฉัน")
    assert received(unit_a).get().description == "รูปของฉัน"


# An hour's window: a minute's could turn over between the posts on a slow machine.
@override_settings(PORTAL_PUBLIC_SUBMISSION_RATE="2/h")
def test_too_many_reports_from_one_client_get_a_429_but_reading_is_free(unit_a, unit_b):
    statuses = [send(description=f"เรื่องที่ {n}").status_code for n in range(3)]
    assert statuses == [200, 200, 429]
    assert received(unit_a).count() == 2
    client = Client(REMOTE_ADDR="203.0.113.40")
    assert client.get(PATH, HTTP_HOST=unit_a.hostname).status_code == 200
    # Another unit's site counts on its own.
    other = send(unit_b, content_url="http://hospital-b.localhost/", address="203.0.113.40")
    assert other.status_code == 200


# Tracking ----------------------------------------------------------------------------------


def test_the_reporter_reads_the_status_and_the_outcome(unit_a, filed):
    takedown, secret = filed
    text = main_text(track(takedown.reference, secret))
    assert "<strong>รับเรื่อง</strong>" in text
    takedown.move_to(TakedownStatus.UNDER_REVIEW, user_named("approver-h-a"), "ตรวจสอบกับผู้ลงข่าว")
    takedown.move_to(TakedownStatus.REFUSED, user_named("approver-h-a"), "ภาพนี้ไม่มีข้อมูลของผู้แจ้ง")

    text = main_text(track(takedown.reference.lower(), secret.replace("-", " ")))
    assert "ไม่ดำเนินการตามคำขอ" in text
    assert "ภาพนี้ไม่มีข้อมูลของผู้แจ้ง" in text
    start = text.index('<ol class="steps">')
    steps = text[start : text.index("</ol>", start)]
    assert steps.count("<li>") == 3
    # Nobody else's personal data: not the approver's name nor the internal note.
    assert "นางเอ ผู้อนุมัติ" not in text and "approver" not in text
    assert "ตรวจสอบกับผู้ลงข่าว" not in text


def test_a_wrong_code_or_another_units_site_finds_nothing(unit_a, filed):
    takedown, secret = filed
    not_found = str(TrackingForm.not_found_message)
    for response in (
        track(takedown.reference, "AAAA-BBBB-CCCC"),
        track(takedown.reference, secret, host="hospital-b.localhost"),
    ):
        text = main_text(response)
        assert "ไม่พบเรื่อง" in text or not_found in text
        assert REPORT["content_url"] not in text


def test_the_tracking_example_is_a_real_reference_of_the_unit(unit_a, filed):
    takedown, _secret = filed
    html = Client().get(PATH + "track/", HTTP_HOST=unit_a.hostname).content.decode()
    example = REFERENCE.search(html).group(1)
    assert example.rsplit("-", 1)[0] == takedown.reference.rsplit("-", 1)[0]


# Staff notices -----------------------------------------------------------------------------


@pytest.mark.parametrize("username", sorted(HANDLERS_H_A) + list(OTHERS))
def test_a_report_e_mails_the_units_approvers_and_the_moderators_only(filed, mailoutbox, username):
    takedown, _secret = filed
    user = user_named(username)
    told = [m for m in mailoutbox if m.to == [user.email]]
    noticed = StaffNotice.objects.filter(user=user, item=f"takedown:{takedown.pk}")
    if username in HANDLERS_H_A:
        [message] = told
        assert message.subject == (f"[โรงพยาบาลเอ] มีคำขอให้นำเนื้อหาออกใหม่ เลขที่ {takedown.reference}")
        assert f"/admin/takedown/{takedown.pk}/" in message.body
        for private in (REPORT["reporter_name"], REPORT["reporter_email"], REPORT["description"]):
            assert private not in message.subject + message.body
        assert noticed.get().sent_at is not None
    else:
        assert told == [] and not noticed.exists()


def test_the_daily_digest_carries_a_report(unit_a, mailoutbox, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(
        user=user_named("moderator"), delivery=Delivery.DAILY_DIGEST
    )
    with django_capture_on_commit_callbacks(execute=True):
        send()
    takedown = received(unit_a).get()
    assert not [m for m in mailoutbox if m.to == ["moderator@pho.test"]]
    mailoutbox.clear()
    assert send_daily_digests(datetime.now(BANGKOK).replace(hour=DIGEST_HOUR, minute=5)) >= 1
    [digest] = [m for m in mailoutbox if m.to == ["moderator@pho.test"]]
    assert takedown.reference in digest.body


def test_moderators_may_choose_the_daily_digest(login):
    assert "staff_notices-delivery" in login("moderator").get("/admin/account/").content.decode()


# Handling in the admin ---------------------------------------------------------------------


def step(client, takedown, status, note=""):
    return client.post(f"/admin/takedown/{takedown.pk}/", {"status": status, "note": note})


def test_the_approver_handles_a_report_to_an_outcome_with_who_and_when(filed, login, mailoutbox):
    takedown, _secret = filed
    client = login("approver-h-a")
    page = client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert REPORT["reporter_name"] in page and REPORT["description"] in page

    assert step(client, takedown, TakedownStatus.UNDER_REVIEW).status_code == 302
    response = step(client, takedown, TakedownStatus.REFUSED)  # no reason
    assert response.status_code == 200
    assert "กรุณาระบุเหตุผลที่ไม่ดำเนินการตามคำขอ" in response.content.decode()
    mailoutbox.clear()
    assert step(client, takedown, TakedownStatus.REFUSED, "เป็นภาพกิจกรรมสาธารณะ").status_code == 302

    takedown.refresh_from_db()
    assert takedown.status == TakedownStatus.REFUSED
    assert takedown.reason == "เป็นภาพกิจกรรมสาธารณะ"
    steps = list(takedown.steps.all())
    assert [s.status for s in steps] == ["received", "under_review", "refused"]
    assert [s.user.username for s in steps[1:]] == ["approver-h-a", "approver-h-a"]
    assert steps[1].at <= steps[2].at
    actions = ModelLogEntry.objects.filter(object_id=str(takedown.pk)).values_list(
        "action", "user__username"
    )
    assert ("unitsites.takedown.read", "approver-h-a") in actions
    assert list(actions).count(("unitsites.takedown.step", "approver-h-a")) == 2
    [outcome] = mailoutbox
    assert outcome.to == [REPORT["reporter_email"]]
    assert "เป็นภาพกิจกรรมสาธารณะ" in outcome.body
    # The outcome is final.
    page = client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert "ผลการพิจารณาเป็นที่สุดแล้ว" in page
    step(client, takedown, TakedownStatus.TAKEN_DOWN)
    takedown.refresh_from_db()
    assert takedown.status == TakedownStatus.REFUSED


def test_a_forwarding_says_to_whom_and_a_takedown_needs_no_reason(filed, login):
    takedown, _secret = filed
    client = login("moderator")
    response = step(client, takedown, TakedownStatus.FORWARDED)
    assert "กรุณาระบุหน่วยงานที่ส่งเรื่องต่อไป" in response.content.decode()
    assert step(client, takedown, TakedownStatus.TAKEN_DOWN).status_code == 302
    takedown.refresh_from_db()
    assert takedown.status == TakedownStatus.TAKEN_DOWN
    assert takedown.steps.last().user == user_named("moderator")


# Isolation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("username", ["approver-h-a", "moderator", *OTHERS])
def test_only_the_units_approvers_and_the_moderators_see_or_act(filed, login, username):
    takedown, _secret = filed
    client = login(username)
    inbox = client.get("/admin/takedown/")
    detail = client.get(f"/admin/takedown/{takedown.pk}/")
    acted = step(client, takedown, TakedownStatus.TAKEN_DOWN)
    takedown.refresh_from_db()
    menu = client.get("/admin/").content.decode()
    if username in HANDLERS_H_A:
        assert takedown.reference in inbox.content.decode()
        assert detail.status_code == 200 and acted.status_code == 302
        assert takedown.status == TakedownStatus.TAKEN_DOWN
    else:
        assert takedown.reference not in inbox.content.decode()
        assert detail.status_code == 404 and acted.status_code == 404
        assert takedown.status == TakedownStatus.RECEIVED
        assert REPORT["reporter_name"] not in detail.content.decode()
    assert ("/admin/takedown/" in menu) == (username in HANDLERS_H_A or username == "approver-h-b")


# Retention ---------------------------------------------------------------------------------


def test_decided_reports_lose_their_personal_data_after_the_retention_period(unit_a, filed):
    takedown, _secret = filed
    page = takedown.page
    open_one = TakedownRequest.objects.get(pk=takedown.pk)
    send(description="อีกเรื่องหนึ่ง")
    other = received(unit_a).exclude(pk=takedown.pk).get()
    takedown.move_to(TakedownStatus.TAKEN_DOWN, user_named("approver-h-a"))
    later = timezone.now() + timedelta(days=page.retention_days + 1)

    purged = purge(TAKEDOWN_REQUESTS, later)

    assert purged.anonymised == 1
    takedown.refresh_from_db()
    assert takedown.anonymised_at == later
    assert (takedown.reporter_name, takedown.reporter_email, takedown.description) == ("", "", "")
    assert takedown.content_url == open_one.content_url
    assert takedown.status == TakedownStatus.TAKEN_DOWN
    other.refresh_from_db()
    assert other.reporter_name == REPORT["reporter_name"]  # still open: kept until decided
    record = PersonalDataPurge.objects.get(site=unit_a.site, kind=PurgeKind.TAKEDOWN_REQUESTS)
    assert record.anonymised == 1
    assert purge(TAKEDOWN_REQUESTS, later).anonymised == 0


# Provisioning and the page -----------------------------------------------------------------


def test_provisioning_gives_a_new_unit_the_page_in_both_languages(db):
    from network.models import Unit

    unit = Unit.objects.create(
        code="N-9",
        kind="health_promoting_hospital",
        name_th="โรงพยาบาลส่งเสริมสุขภาพตำบลใหม่",
        name_en="New Subdistrict Health Promoting Hospital",
        hostname="new-takedown.localhost",
        district="เมืองทดสอบ",
    )
    provision_unit(unit)
    for language, title in (
        ("th", "แจ้งเนื้อหาไม่เหมาะสมหรือขอให้นำข้อมูลออก"),
        ("en", "Report unlawful content or ask for removal"),
    ):
        home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
        page = TakedownPage.objects.child_of(home).get()
        assert page.live and page.slug == "report-content" and page.title == title
        assert page.privacy_purpose
    assert not provision_unit(unit).changed


def test_every_unit_of_the_session_has_its_page(unit_a, unit_b, rich_unit):
    for unit in (unit_a, unit_b, rich_unit):
        homes = UnitHomePage.objects.filter(unit=unit)
        assert sum(TakedownPage.objects.child_of(home).live().count() for home in homes) == 2


@pytest.mark.parametrize(
    ("prefix", "language", "title", "heading"),
    [
        ("/", "th", "แจ้งเนื้อหาไม่เหมาะสมหรือขอให้นำข้อมูลออก", "สิ่งที่ท่านแจ้ง"),
        ("/en/", "en", "Report unlawful content or ask for removal", "Your report"),
    ],
)
def test_the_page_and_every_footer_in_thai_and_english(unit_a, prefix, language, title, heading):
    client = Client()
    html = client.get(prefix + "report-content/", HTTP_HOST=unit_a.hostname).content.decode()
    assert f'<html lang="{language}">' in html
    assert re.search(rf"<title>{re.escape(title)}[^<]*</title>", html)
    assert heading in html
    assert 'name="declaration"' in html and 'name="content_url"' in html
    for path in ("", "news/", "e-services/"):
        page = client.get(prefix + path, HTTP_HOST=unit_a.hostname).content.decode()
        footer = page[page.index("<footer") : page.index("</footer>")]
        assert f'<a href="{prefix}report-content/">{title}</a>' in footer, path
