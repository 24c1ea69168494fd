"""A unit's staff are e-mailed of new e-service submissions and questions, at once or in one
daily digest as each chooses; the e-mails are Thai and carry no personal data, and a mail
server's failure loses nothing."""

import logging
import re
from datetime import datetime, timedelta
from smtplib import SMTPException
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client, override_settings

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network import scheduler
from network.accounts import grant_role
from network.models import Delivery, NotificationPreference, StaffDigest, StaffNotice
from network.staff_notices import DIGEST_HOUR, send_daily_digests
from tests.conftest import user_named
from tests.unitsites.eservices import (
    COMPLAINT,
    CORRUPTION,
    REFERENCE,
    eservices_section,
    make_form,
    path_of,
    receipt,
    submit,
)
from tests.unitsites.question_boards import BOARD_URL, HOSTS, make_board
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.eservices.references import example_reference
from unitsites.models import Question, ServiceSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db

QUESTION = {
    "text": "คลินิกเบาหวานเปิดวันไหนบ้าง โทร 081-234-5678",
    "asker_name": "สมศรี ขอถาม",
    "asker_email": "somsri@example.test",
}
STAFF_H_A = {"editor@h-a.test", "editor2@h-a.test", "approver@h-a.test"}
BANGKOK = ZoneInfo("Asia/Bangkok")


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise SMTPException("the mail server is down")


@pytest.fixture
def staff_h_a(unit_a):
    """H-A's staff as the session made them, plus an inactive editor and one with no address."""
    gone, _created = grant_role("gone-h-a", "editor", unit_a, email="gone@h-a.test")
    gone.is_active = False
    gone.save()
    grant_role("no-address-h-a", "editor", unit_a)
    return STAFF_H_A


@pytest.fixture
def digest_reader():
    NotificationPreference.objects.create(
        user=user_named("editor2-h-a"), delivery=Delivery.DAILY_DIGEST
    )
    return "editor2@h-a.test"


def send_submission(unit, data=CORRUPTION, template=FormTemplate.CORRUPTION_COMPLAINT, **values):
    form = make_form(unit, template, **values)
    response = submit(form, data)
    assert response.status_code == 200
    return form, ServiceSubmission.objects.get(page=form)


def ask(unit):
    board = make_board(unit)
    response = Client(HTTP_HOST=HOSTS[unit.code]).post(BOARD_URL, QUESTION)
    assert response.status_code == 302
    return Question.objects.get(board=board)


def recipients(messages):
    addresses = [address for message in messages for address in message.to]
    assert len(addresses) == len(set(addresses))  # nobody twice
    return set(addresses)


def assert_thai_without_personal_data(message, *private):
    text = message.subject + message.body
    assert re.search("[\u0e00-\u0e7f]", message.subject)
    assert "เลขที่อ้างอิง" in message.body
    assert "เพื่อคุ้มครองข้อมูลส่วนบุคคล" in message.body
    for value in private:
        if value:
            assert value not in text


def test_a_submission_e_mails_the_units_staff_at_once(
    unit_a, staff_h_a, digest_reader, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        form, submission = send_submission(unit_a)

    assert recipients(mailoutbox) == staff_h_a - {digest_reader}
    message = mailoutbox[0]
    assert len(message.to) == 1
    assert message.subject == (
        f"[โรงพยาบาลเอ] มีเรื่องที่ส่งผ่านบริการออนไลน์ใหม่ เลขที่ {submission.reference}"
    )
    assert form.title in message.body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/e-services/{submission.pk}/" in message.body
    assert_thai_without_personal_data(message, *CORRUPTION.values())
    # Everyone's notice is recorded; the digest reader's waits for the digest.
    notices = StaffNotice.objects.filter(item=f"submission:{submission.pk}")
    assert {notice.user.email for notice in notices} == staff_h_a
    assert [n.user.email for n in notices.filter(sent_at__isnull=True)] == [digest_reader]


def test_a_question_e_mails_the_units_staff_at_once(
    unit_a, unit_b, staff_h_a, digest_reader, mailoutbox, django_capture_on_commit_callbacks
):
    make_board(unit_b)
    with django_capture_on_commit_callbacks(execute=True):
        question = ask(unit_a)

    assert question.board.unit == unit_a
    assert recipients(mailoutbox) == staff_h_a - {digest_reader}  # nobody of H-B
    message = mailoutbox[0]
    assert message.subject == (f"[โรงพยาบาลเอ] มีคำถามบนกระดานถาม-ตอบใหม่ เลขที่ {question.pk}")
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/questions/edit/{question.pk}/" in message.body
    assert_thai_without_personal_data(message, *QUESTION.values())


def test_digest_readers_get_one_digest_a_day_with_each_item_once(
    unit_a, staff_h_a, digest_reader, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _form, submission = send_submission(unit_a)
        question = ask(unit_a)
    mailoutbox.clear()
    today = datetime.now(BANGKOK).replace(hour=DIGEST_HOUR, minute=5)

    assert send_daily_digests(today - timedelta(hours=1)) == 0  # before the office opens
    assert scheduler.tick("scheduler-1", today)["staff_digests"] == "staff digests: 1 sent"
    assert scheduler.tick("scheduler-2", today) is None  # the other scheduler holds the lease
    assert send_daily_digests(today + timedelta(hours=3)) == 0  # once a day
    assert send_daily_digests(today + timedelta(days=1)) == 0  # each item once

    [digest] = mailoutbox
    assert digest.to == [digest_reader]
    assert digest.subject == "สรุปประจำวัน: รายการใหม่ของหน่วยงาน 2 รายการ"
    assert submission.reference in digest.body
    assert f"/admin/questions/edit/{question.pk}/" in digest.body
    assert_thai_without_personal_data(digest, *CORRUPTION.values(), *QUESTION.values())
    assert StaffDigest.objects.filter(user__email=digest_reader).count() == 1
    assert not StaffNotice.objects.filter(sent_at__isnull=True).exists()


def test_a_submission_recorded_already_answered_tells_nobody(
    unit_a, mailoutbox, django_capture_on_commit_callbacks
):
    form = make_form(unit_a)
    with django_capture_on_commit_callbacks(execute=True):
        ServiceSubmission.objects.create(  # as the demo records its answered complaints
            page=form,
            unit=unit_a,
            kind=form.form_template,
            reference="H-A-2569-00099",
            form_data={},
            status=SubmissionStatus.ANSWERED,
        )
    assert mailoutbox == []
    assert not StaffNotice.objects.exists()


def test_a_failing_mail_server_keeps_the_submission_and_logs(
    unit_a, staff_h_a, mailoutbox, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.ERROR)
    with (
        override_settings(EMAIL_BACKEND="tests.network.test_staff_notices.FailingBackend"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        form = make_form(unit_a, to_address="complaints@h-a.test")
        response = submit(form, COMPLAINT)

    assert response.status_code == 200
    reference, _secret = receipt(response)  # the sender still reads their code
    assert ServiceSubmission.objects.get(page=form).reference == reference
    assert mailoutbox == []
    logged = [record.getMessage() for record in caplog.records]
    assert "Could not send the submission_receipt e-mail" in logged
    assert "Could not send the submission_arrived e-mail" in logged
    assert "Could not e-mail staff_notice to editor-h-a" in logged
    # Nothing told is lost: every staff notice waits for the next digest.
    waiting = StaffNotice.objects.filter(reference=reference, sent_at__isnull=True)
    assert {notice.user.email for notice in waiting} == staff_h_a


def test_staff_choose_the_daily_digest_in_their_account(login):
    client = login("editor-h-a")
    page = client.get("/admin/account/").content.decode()
    assert "อีเมลสรุปวันละหนึ่งฉบับ รวมรายการใหม่ทั้งหมด" in page

    data = querydict_from_html(page, form_id="w-editor-form")
    assert data["staff_notices-delivery"] == Delivery.IMMEDIATE
    data["name_email-first_name"], data["name_email-last_name"] = "เอ", "หนึ่ง"  # required
    data["staff_notices-delivery"] = Delivery.DAILY_DIGEST
    assert client.post("/admin/account/", data).status_code == 302
    preference = NotificationPreference.objects.get(user=user_named("editor-h-a"))
    assert preference.delivery == Delivery.DAILY_DIGEST


def test_people_told_of_nothing_are_not_offered_the_choice(login):
    page = login("central-admin").get("/admin/account/").content.decode()
    assert "staff_notices-delivery" not in page


def test_staff_among_a_forms_officers_are_told_once(
    unit_a, staff_h_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        form, submission = send_submission(
            unit_a, to_address="Approver@h-a.test, complaints@h-a.test"
        )

    assert recipients(mailoutbox) == staff_h_a | {"complaints@h-a.test"}  # nobody twice
    [arrived] = [message for message in mailoutbox if message.to == ["complaints@h-a.test"]]
    assert submission.reference in arrived.subject


def test_the_tracking_pages_example_is_a_real_reference_of_the_unit(unit_a):
    _form, submission = send_submission(unit_a)
    section = eservices_section(unit_a)
    page = Client().get(path_of(section) + "track/", HTTP_HOST=unit_a.hostname)
    example = REFERENCE.search(page.content.decode()).group(1)

    assert example == example_reference(unit_a, submission.submit_time)
    assert re.fullmatch(r"H-A-\d{4}-\d{5}", example)
    # The same shape as the reference the unit really gives, this year's included.
    assert example.rsplit("-", 1)[0] == submission.reference.rsplit("-", 1)[0]
