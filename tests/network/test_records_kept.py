"""Records are evidence (issue #11 item 6): a page, form or board that holds publication records,
submissions or questions cannot be deleted, by anyone, on any path; it is archived (unpublished)
instead and its records stay. A draft that holds nothing is deleted as before."""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.db.models import ProtectedError
from django.urls import reverse

from wagtail.models import Page, PageLogEntry

import pytest

from network.models import PublicationRecord
from tests.network.conftest import approve_through_admin
from tests.unitsites.eservices import COMPLAINT, eservices_section, make_form, receipt, submit
from tests.unitsites.question_boards import make_board, make_question
from unitsites.models import Question, ServiceSubmission

pytestmark = pytest.mark.django_db

REFUSED = "ลบไม่ได้ เพราะหน้านี้หรือหน้าย่อยมีบันทึกที่ต้องเก็บไว้เป็นหลักฐาน"
SUBMISSIONS = "เรื่องที่ส่งผ่านบริการออนไลน์"


@pytest.fixture
def login(login):
    """As the admin's `login`, and "superuser" too."""

    def _login(username):
        if username == "superuser":
            get_user_model().objects.create_superuser("superuser", "root@pho.test", "x-Long-pass-1")
        return login(username)

    return _login


@pytest.fixture
def complaints(unit_a):
    """A live complaint form of H-A with one submission."""
    form = make_form(unit_a)
    reference, _secret = receipt(submit(form, COMPLAINT))
    return form, ServiceSubmission.objects.get(reference=reference)


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def assert_refused_with_reason(response, parent, *records):
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=[parent.pk])
    message = messages_of(response)[-1]
    assert message.startswith(REFUSED) and "“ยกเลิกการเผยแพร่”" in message
    for record in records:
        assert record in message


def bulk_delete(client, *pages, next_url="/admin/pages/"):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    query = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"{url}?{query}&next={next_url}")


@pytest.mark.parametrize("username", ["approver-h-a", "moderator", "superuser"])
def test_a_form_with_submissions_is_not_deleted(login, complaints, username):
    form, submission = complaints
    client = login(username)
    parent = form.get_parent()

    assert_refused_with_reason(client.get(delete_url(form)), parent, f"{SUBMISSIONS} 1 รายการ")
    assert_refused_with_reason(client.post(delete_url(form)), parent, f"{SUBMISSIONS} 1 รายการ")

    assert Page.objects.filter(pk=form.pk).exists()
    assert ServiceSubmission.objects.filter(pk=submission.pk, page=form).exists()
    assert not PageLogEntry.objects.filter(page=form, action="wagtail.delete").exists()
    for screen in (f"/admin/pages/{parent.pk}/", f"/admin/pages/{form.pk}/edit/"):
        assert delete_url(form) not in client.get(screen).content.decode(), screen


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-b", "editor-h-b"])
def test_those_who_may_not_delete_it_anyway_get_wagtails_answer(login, complaints, username):
    form, _submission = complaints
    response = login(username).post(delete_url(form))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not any(REFUSED in message for message in messages_of(response))
    assert Page.objects.filter(pk=form.pk).exists()


@pytest.mark.parametrize("username", ["approver-h-a", "moderator"])
def test_a_board_with_questions_is_not_deleted(login, unit_a, username):
    board = make_board(unit_a)
    question = make_question(board)
    response = login(username).post(delete_url(board))
    assert_refused_with_reason(response, board.get_parent(), "ถาม-ตอบ 1 รายการ")
    assert Question.objects.filter(pk=question.pk, board=board).exists()


def test_a_page_with_publication_records_is_not_deleted_even_unpublished(login, make_page, unit_a):
    page = approve_through_admin(login, make_page(unit_a))
    approver = login("approver-h-a")
    approver.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    assert not page.live

    response = approver.post(delete_url(page))

    assert_refused_with_reason(response, page.get_parent(), "บันทึกการเผยแพร่ 1 รายการ")
    assert PublicationRecord.objects.filter(page=page).count() == 1


def test_a_section_holding_a_form_with_submissions_is_not_deleted(login, unit_a, complaints):
    form, submission = complaints
    section = eservices_section(unit_a)
    response = login("superuser").post(delete_url(section))
    assert_refused_with_reason(response, section.get_parent(), f"{SUBMISSIONS} 1 รายการ")
    assert Page.objects.filter(pk=form.pk).exists()


@pytest.mark.parametrize("username", ["approver-h-a", "moderator", "superuser"])
def test_bulk_delete_is_refused_when_a_chosen_page_holds_records(
    login, make_page, unit_a, complaints, username
):
    form, submission = complaints
    draft = make_page(unit_a)
    response = bulk_delete(login(username), form, draft)
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    [message] = messages_of(response)
    assert message.startswith(REFUSED) and f"{SUBMISSIONS} 1 รายการ" in message
    assert Page.objects.filter(pk__in=[form.pk, draft.pk]).count() == 2
    assert ServiceSubmission.objects.filter(pk=submission.pk).exists()


def test_bulk_delete_of_drafts_that_hold_nothing_goes_ahead(login, make_page, unit_a):
    draft = make_page(unit_a)
    bulk_delete(login("approver-h-a"), draft)
    assert not Page.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a", "moderator"])
def test_a_fresh_draft_is_deleted_as_before(login, make_page, unit_a, username):
    draft = make_page(unit_a)
    response = login(username).post(delete_url(draft))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_code_cannot_delete_them_either(unit_a, complaints):
    form, submission = complaints
    board = make_board(unit_a)
    make_question(board)
    section = eservices_section(unit_a)
    children = section.numchild
    for page in (form, board, section, section.get_parent().specific):
        with pytest.raises(ProtectedError):
            page.delete()
    section.refresh_from_db()
    assert section.numchild == children
    assert ServiceSubmission.objects.filter(pk=submission.pk, page=form).exists()
    deleted = PageLogEntry.objects.filter(
        action="wagtail.delete", page__path__startswith=section.path
    )
    assert not deleted.exists()


def test_an_archived_form_keeps_its_submissions_readable_in_the_admin(login, complaints):
    form, submission = complaints
    login("approver-h-a").post(reverse("wagtailadmin_pages:unpublish", args=[form.pk]))
    form.refresh_from_db()
    assert not form.live

    editor = login("editor-h-a")
    assert submission.reference in editor.get("/admin/e-services/").content.decode()
    detail = editor.get(f"/admin/e-services/{submission.pk}/")
    assert detail.status_code == 200
    assert COMPLAINT["details"] in detail.content.decode()
