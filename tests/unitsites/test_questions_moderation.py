"""Moderating questions in the admin: only the unit's own staff (and the provincial
moderators) list, answer, publish and delete a board's questions; the asker is e-mailed the
link; and the whole journey from a visitor's question to its published answer."""

from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from tests.conftest import ANONYMOUS
from unitsites.models import Question, QuestionStatus

from .question_boards import BOARD_URL, HOSTS, make_board, make_question

pytestmark = pytest.mark.django_db

ROLES = ("editor-h-a", "approver-h-a", "moderator", "central-admin", ANONYMOUS)
# Who may moderate the questions of H-A's board ("own") and of H-B's ("other").
ALLOWED = {
    ("editor-h-a", "own"),
    ("approver-h-a", "own"),
    ("moderator", "own"),
    ("moderator", "other"),
}


@pytest.fixture
def questions(unit_a, unit_b):
    return {
        "own": make_question(make_board(unit_a), "คำถามของโรงพยาบาลเอ"),
        "other": make_question(make_board(unit_b), "คำถามของโรงพยาบาลบี"),
    }


def edit_url(question):
    return reverse("questions:edit", args=[question.pk])


def assert_refused(response, username):
    """Anonymous users are sent to sign in; staff get 404 for another unit's question, or
    Wagtail's refusal (back to the dashboard with "no permission") without any board."""
    if username == ANONYMOUS:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    elif response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    else:
        assert response.status_code in (403, 404)


def edit_form(client, question):
    response = client.get(edit_url(question))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="w-editor-form")


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("whose", ["own", "other"])
def test_listing(login, questions, username, whose):
    response = login(username).get(reverse("questions:index"))
    text = questions[whose].text
    if (username, whose) in ALLOWED:
        assert response.status_code == 200
        assert text in response.content.decode()
    elif username in ("editor-h-a", "approver-h-a"):
        assert response.status_code == 200  # they see their own unit's, never the other's
        assert text not in response.content.decode()
    else:
        assert_refused(response, username)


def test_staff_find_questions_by_status_and_words(login, unit_a):
    board = make_board(unit_a)
    make_question(board, "ถามเรื่องที่จอดรถ")
    make_question(board, "ถามเรื่องวัคซีน", QuestionStatus.PUBLISHED, answer="ตอบ")
    client = login("editor-h-a")
    pending = client.get(reverse("questions:index"), {"status": "pending"}).content.decode()
    assert "ถามเรื่องที่จอดรถ" in pending and "ถามเรื่องวัคซีน" not in pending
    found = client.get(reverse("questions:index"), {"q": "วัคซีน"}).content.decode()
    assert "ถามเรื่องวัคซีน" in found and "ถามเรื่องที่จอดรถ" not in found


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("whose", ["own", "other"])
def test_writing_an_answer(login, questions, username, whose):
    client = login(username)
    question = questions[whose]
    if (username, whose) in ALLOWED:
        data = edit_form(client, question)
        data["answer"] = "เปิดทุกวันพุธ"
        assert client.post(edit_url(question), data).status_code == 302
        question.refresh_from_db()
        assert question.answer == "เปิดทุกวันพุธ"
        assert question.answered_by.username == username
        assert question.status == QuestionStatus.PENDING  # saved, not yet published
    else:
        assert_refused(client.get(edit_url(question)), username)
        response = client.post(edit_url(question), {"text": question.text, "answer": "แอบตอบ"})
        assert_refused(response, username)
        question.refresh_from_db()
        assert question.answer == ""


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("whose", ["own", "other"])
def test_approving(login, questions, username, whose):
    client = login(username)
    question = questions[whose]
    data = {"text": question.text, "answer": "ตอบและอนุมัติ", "action-publish": "1"}
    response = client.post(edit_url(question), data)
    question.refresh_from_db()
    if (username, whose) in ALLOWED:
        assert response.status_code == 302
        assert question.status == QuestionStatus.PUBLISHED
        assert question.approved_by.username == username
        assert question.approved_at is not None
        host = HOSTS["H-A" if whose == "own" else "H-B"]
        assert "ตอบและอนุมัติ" in Client(HTTP_HOST=host).get(BOARD_URL).content.decode()
    else:
        assert_refused(response, username)
        assert question.status == QuestionStatus.PENDING


@pytest.mark.parametrize("username", ROLES)
@pytest.mark.parametrize("whose", ["own", "other"])
def test_deleting(login, questions, username, whose):
    client = login(username)
    question = questions[whose]
    url = reverse("questions:delete", args=[question.pk])
    if (username, whose) in ALLOWED:
        assert client.get(url).status_code == 200
        assert client.post(url).status_code == 302
        assert not Question.objects.filter(pk=question.pk).exists()
    else:
        assert_refused(client.get(url), username)
        assert_refused(client.post(url), username)
        assert Question.objects.filter(pk=question.pk).exists()


@pytest.mark.parametrize("view", ["history", "usage"])
def test_history_and_usage_stay_within_the_unit(login, questions, view):
    client = login("editor-h-a")
    assert client.get(reverse(f"questions:{view}", args=[questions["own"].pk])).status_code == 200
    other = client.get(reverse(f"questions:{view}", args=[questions["other"].pk]))
    assert other.status_code == 404


def test_export_holds_only_the_units_questions_and_no_email(login, questions):
    questions["own"].asker_email = "asker@example.test"
    questions["own"].save()
    response = login("editor-h-a").get(reverse("questions:index"), {"export": "csv"})
    assert response.status_code == 200
    exported = b"".join(response.streaming_content).decode()
    assert questions["own"].text in exported
    assert questions["other"].text not in exported
    assert "asker@example.test" not in exported


def test_nobody_adds_questions_in_the_admin(login, questions):
    assert_refused(login("moderator").get(reverse("questions:add")), "moderator")


@pytest.mark.parametrize(
    ("username", "shown"),
    [("editor-h-a", True), ("moderator", True), ("central-admin", False)],
)
def test_the_menu_item_shows_only_to_those_who_moderate(login, questions, username, shown):
    page = login(username).get(reverse("wagtailadmin_home")).content.decode()
    assert (reverse("questions:index") in page) is shown


def test_publishing_needs_an_answer(login, questions):
    client = login("editor-h-a")
    question = questions["own"]
    data = {"text": question.text, "answer": " ", "action-publish": "1"}
    response = client.post(edit_url(question), data)
    assert response.status_code == 200
    assert "answer" in response.context["form"].errors
    question.refresh_from_db()
    assert question.status == QuestionStatus.PENDING


def test_rejecting_keeps_the_question_hidden_and_is_logged(login, questions):
    client = login("approver-h-a")
    question = questions["own"]
    data = {"text": question.text, "answer": "ไม่เกี่ยวกับหน่วยงาน", "action-reject": "1"}
    assert client.post(edit_url(question), data).status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.REJECTED
    page = Client(HTTP_HOST=HOSTS["H-A"]).get(BOARD_URL).content.decode()
    assert question.text not in page
    assert ModelLogEntry.objects.filter(
        object_id=str(question.pk), action="unitsites.question.reject"
    ).exists()


def test_the_asker_is_mailed_the_link_once_in_their_language(login, unit_a):
    question = make_question(
        make_board(unit_a), "ถามเรื่องจอดรถ", asker_email="asker@example.test", asker_name="สมศรี"
    )
    client = login("editor-h-a")
    data = {"text": question.text, "answer": "จอดได้ที่ลานด้านหลัง", "action-publish": "1"}
    assert client.post(edit_url(question), data).status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asker@example.test"]
    assert f"http://hospital-a.localhost{BOARD_URL}#question-{question.pk}" in message.body
    assert "สมศรี" in message.body
    assert "โรงพยาบาลเอ" in message.subject  # the Thai site, where the question was asked

    data.update(answer="จอดได้ที่ลานด้านหลังและด้านข้าง")
    assert client.post(edit_url(question), data).status_code == 302
    assert len(mail.outbox) == 1  # already published: not mailed again


def test_the_whole_journey_over_http(login, unit_a):
    make_board(unit_a)
    visitor = Client(HTTP_HOST=HOSTS["H-A"])

    asked = visitor.post(
        BOARD_URL, {"text": "รับบัตรคิวออนไลน์ได้ไหม", "asker_email": "visitor@example.test"}
    )
    assert asked.status_code == 302
    assert "รับบัตรคิวออนไลน์ได้ไหม" not in visitor.get(BOARD_URL).content.decode()

    editor = login("editor-h-a")
    listing = editor.get(reverse("questions:index"), {"status": "pending"})
    question = Question.objects.get(text="รับบัตรคิวออนไลน์ได้ไหม")
    assert edit_url(question) in listing.content.decode()
    data = edit_form(editor, question)
    data["answer"] = "ได้ ผ่านแอปพลิเคชันของโรงพยาบาล"
    data["action-publish"] = "1"
    assert editor.post(edit_url(question), data).status_code == 302

    board = visitor.get(BOARD_URL).content.decode()
    assert "รับบัตรคิวออนไลน์ได้ไหม" in board
    assert "ได้ ผ่านแอปพลิเคชันของโรงพยาบาล" in board
    assert "visitor@example.test" not in board
    assert mail.outbox[0].to == ["visitor@example.test"]
