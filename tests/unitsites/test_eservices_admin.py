"""Officers answer e-service submissions in the admin; only the unit's own staff and the
provincial moderators read or answer them, in our views and in Wagtail's Forms menu alike
(issue #7 item 1, P-07). The whole journey runs over HTTP at the end."""

from django.test import Client

from wagtail.models import ModelLogEntry

import pytest

from tests.unitsites.eservices import COMPLAINT, make_form, receipt, submit, track
from unitsites.eservices.admin_views import SUBMISSION_ANSWERED, SUBMISSION_READ
from unitsites.models import ServiceSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db

ANSWER = "หน่วยงานได้ปรับระบบคิวห้องจ่ายยาแล้ว ขออภัยในความไม่สะดวก"


@pytest.fixture
def admin_login(login):
    def _login(username):
        client = login(username)
        client.defaults["HTTP_HOST"] = "localhost"
        return client

    return _login


def file_complaint(unit, **changes):
    page = make_form(unit)
    reference, secret = receipt(submit(page, {**COMPLAINT, **changes}))
    return ServiceSubmission.objects.get(reference=reference), secret


def refused(response):
    """Wagtail answers a refused admin request with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def detail_url(submission):
    return f"/admin/e-services/{submission.pk}/"


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a", "moderator"])
def test_the_units_staff_and_moderators_read_a_submission(unit_a, admin_login, username):
    submission, _secret = file_complaint(unit_a)
    response = admin_login(username).get(detail_url(submission))
    assert response.status_code == 200
    html = response.content.decode()
    assert COMPLAINT["details"] in html and submission.reference in html
    access = ModelLogEntry.objects.for_instance(submission).get()
    assert (access.action, access.user.username) == (SUBMISSION_READ, username)


@pytest.mark.parametrize("username", ["editor-h-b", "approver-h-b", "central-admin"])
def test_other_people_can_neither_read_nor_answer(unit_a, admin_login, username, mailoutbox):
    submission, _secret = file_complaint(unit_a)
    client = admin_login(username)
    assert refused(client.get(detail_url(submission)))
    assert refused(client.post(detail_url(submission), {"status": "answered", "answer": "ไม่ใช่"}))
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED and submission.answer == ""


def test_visitors_are_sent_to_the_login(unit_a):
    submission, _secret = file_complaint(unit_a)
    response = Client(HTTP_HOST="localhost").get(detail_url(submission))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_inbox_lists_only_the_units_own_submissions(unit_a, unit_b, admin_login):
    own, _secret = file_complaint(unit_a)
    other, _secret = file_complaint(unit_b)
    html = admin_login("editor-h-a").get("/admin/e-services/").content.decode()
    assert own.reference in html and other.reference not in html
    everything = admin_login("moderator").get("/admin/e-services/").content.decode()
    assert own.reference in everything and other.reference in everything


def test_wagtails_forms_menu_shows_no_other_units_forms_or_submissions(unit_a, unit_b, admin_login):
    own, _secret = file_complaint(unit_a)
    other, _secret = file_complaint(unit_b)
    client = admin_login("editor-h-a")
    index = client.get("/admin/forms/").content.decode()
    assert f"/admin/forms/submissions/{own.page_id}/" in index
    assert f"/admin/forms/submissions/{other.page_id}/" not in index
    assert refused(client.get(f"/admin/forms/submissions/{other.page_id}/"))
    assert refused(client.get(f"/admin/forms/submissions/{other.page_id}/?export=csv"))
    listing = client.get(f"/admin/forms/submissions/{own.page_id}/")
    assert listing.status_code == 200
    assert f'href="/admin/e-services/{own.pk}/"' in listing.content.decode()
    assert refused(admin_login("central-admin").get("/admin/forms/"))


def test_submissions_cannot_be_deleted_through_wagtails_forms_view(unit_a, admin_login):
    submission, _secret = file_complaint(unit_a)
    url = f"/admin/forms/submissions/{submission.page_id}/delete/"
    query = f"?selected-submissions={submission.pk}"
    client = admin_login("editor-h-a")
    assert refused(client.get(url + query))
    assert refused(client.post(url + query))
    assert ServiceSubmission.objects.filter(pk=submission.pk).exists()


def test_an_answer_is_recorded_and_e_mailed_to_the_sender(unit_a, admin_login, mailoutbox):
    submission, _secret = file_complaint(unit_a)
    mailoutbox.clear()
    response = admin_login("editor-h-a").post(
        detail_url(submission), {"status": SubmissionStatus.ANSWERED, "answer": ANSWER}
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ANSWERED and submission.answer == ANSWER
    assert submission.answered_by.username == "editor-h-a" and submission.answered_at
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [COMPLAINT["email"]] and ANSWER in mailoutbox[0].body
    assert (
        ModelLogEntry.objects.for_instance(submission).filter(action=SUBMISSION_ANSWERED).exists()
    )


def test_a_status_change_alone_sends_nothing(unit_a, admin_login, mailoutbox):
    submission, _secret = file_complaint(unit_a)
    mailoutbox.clear()
    admin_login("editor-h-a").post(
        detail_url(submission), {"status": SubmissionStatus.IN_PROGRESS, "answer": ""}
    )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.IN_PROGRESS and submission.answered_at is None
    assert mailoutbox == []


def test_answered_needs_an_answer(unit_a, admin_login):
    submission, _secret = file_complaint(unit_a)
    response = admin_login("editor-h-a").post(
        detail_url(submission), {"status": SubmissionStatus.ANSWERED, "answer": "  "}
    )
    assert response.status_code == 200
    assert "answer" in response.context["form"].errors
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.RECEIVED


def test_journey_a_visitor_complains_an_editor_answers_the_visitor_reads_it(
    unit_a, admin_login, mailoutbox
):
    page = make_form(unit_a, title="ร้องเรียนการให้บริการ")
    visitor = Client()
    form = visitor.get("/e-services/", HTTP_HOST=unit_a.hostname).content.decode()
    assert 'href="/e-services/test-service-complaint/"' in form
    landing = submit(page, {**COMPLAINT, "email": ""}, client=visitor)
    reference, secret = receipt(landing)
    assert mailoutbox == []  # no address given: the landing page is the only receipt

    editor = admin_login("editor-h-a")
    inbox = editor.get("/admin/e-services/?status=received").content.decode()
    assert reference in inbox
    submission = ServiceSubmission.objects.get(reference=reference)
    assert editor.get(detail_url(submission)).status_code == 200
    editor.post(detail_url(submission), {"status": SubmissionStatus.ANSWERED, "answer": ANSWER})

    before = track(unit_a, reference, secret, client=visitor)
    assert ANSWER in before.content.decode()
    assert str(SubmissionStatus.ANSWERED.label) in before.content.decode()
