"""The public side of the questions-and-answers board: asking, what the public sees, abuse
and privacy rules, the retention purge and the demo boards."""

from datetime import timedelta

from django.core import mail
from django.test import Client
from django.utils import timezone

from wagtail import hooks

import pytest

from tests.conftest import SUPERUSER, publish_imported, signed_in
from unitsites.demo.questions import seed as seed_questions
from unitsites.hooks.questions import purge_expired_questions
from unitsites.models import (
    EServicesSection,
    LawfulBasis,
    PersonalDataPurge,
    Question,
    QuestionBoardPage,
    QuestionStatus,
    UnitHomePage,
)
from unitsites.publicforms import CONSENT_FIELD, HONEYPOT_FIELD
from unitsites.retention import Purged

from .admin_pages import form_errors, post_add_page
from .question_boards import BOARD_URL, HOSTS, make_board, make_question

pytestmark = pytest.mark.django_db

QUESTION = {
    "text": "คลินิกเบาหวานเปิดวันไหนบ้าง",
    "asker_name": "สมศรี ขอถาม",
    "asker_email": "somsri@example.test",
}


@pytest.fixture
def board_a(unit_a):
    return make_board(unit_a)


@pytest.fixture
def visitor():
    return Client(HTTP_HOST=HOSTS["H-A"])


def test_the_board_lives_once_under_e_services_only(unit_a, board_a):
    section = board_a.get_parent().specific
    assert isinstance(section, EServicesSection)
    assert not QuestionBoardPage.can_create_at(section)  # one per site
    assert not QuestionBoardPage.can_create_at(section.get_parent().specific)


def test_a_board_is_made_in_the_admin_with_its_privacy_notice(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    section = EServicesSection.objects.child_of(home).get()
    client = signed_in(SUPERUSER)
    fields = {"title": "ถาม–ตอบ", "slug": "questions", "intro": "ถามได้ที่นี่"}
    missing_notice = post_add_page(client, QuestionBoardPage, section, fields, publish=True)
    assert "privacy_purpose" in form_errors(missing_notice)
    fields["privacy_purpose"] = "เพื่อตอบคำถาม"
    response = post_add_page(client, QuestionBoardPage, section, fields, publish=True)
    assert response.status_code == 302
    assert QuestionBoardPage.objects.child_of(section).get().live


def test_asking_creates_a_pending_question_the_public_cannot_see(board_a, visitor):
    response = visitor.post(BOARD_URL, QUESTION)
    assert response.status_code == 302
    assert response["Location"] == f"{BOARD_URL}?asked=1#ask"
    question = Question.objects.get(board=board_a)
    assert question.status == QuestionStatus.PENDING
    assert (question.text, question.asker_name, question.asker_email) == tuple(QUESTION.values())
    assert question.language == "th"
    assert question.consent_given_at is None

    confirmation = visitor.get(response["Location"])
    assert confirmation.status_code == 200
    assert 'role="status"' in confirmation.content.decode()
    assert QUESTION["text"] not in confirmation.content.decode()


def test_only_approved_questions_appear_with_their_answers(board_a, visitor):
    make_question(board_a, "คำถามที่เผยแพร่แล้ว", QuestionStatus.PUBLISHED, answer="คำตอบที่อนุมัติ")
    make_question(board_a, "คำถามที่รอคำตอบ", answer="คำตอบร่าง")
    make_question(board_a, "คำถามที่ถูกปฏิเสธ", QuestionStatus.REJECTED, answer="ไม่เผยแพร่")
    page = visitor.get(BOARD_URL).content.decode()
    assert "คำถามที่เผยแพร่แล้ว" in page
    assert "คำตอบที่อนุมัติ" in page
    for hidden in ("คำถามที่รอคำตอบ", "คำตอบร่าง", "คำถามที่ถูกปฏิเสธ", "ไม่เผยแพร่"):
        assert hidden not in page


def test_published_questions_come_newest_first_in_pages(board_a, visitor):
    now = timezone.now()
    for number in range(12):
        make_question(
            board_a,
            f"คำถามหมายเลข {number:02d}",
            QuestionStatus.PUBLISHED,
            answer="ตอบแล้ว",
            asked_at=now - timedelta(days=number),
        )
    first = visitor.get(BOARD_URL).content.decode()
    assert first.index("หมายเลข 00") < first.index("หมายเลข 09")
    assert "หมายเลข 10" not in first
    assert 'rel="next"' in first
    second = visitor.get(BOARD_URL, {"page": 2}).content.decode()
    assert "หมายเลข 10" in second and "หมายเลข 11" in second


def test_the_askers_name_and_email_are_never_shown(board_a, visitor):
    make_question(
        board_a,
        "มีบริการตรวจสุขภาพที่บ้านไหม",
        QuestionStatus.PUBLISHED,
        answer="มีสำหรับผู้ป่วยติดเตียง",
        asker_name="สมชาย ใจดี",
        asker_email="somchai@example.test",
    )
    page = visitor.get(BOARD_URL).content.decode()
    assert "มีบริการตรวจสุขภาพที่บ้านไหม" in page
    assert "somchai@example.test" not in page
    assert "สมชาย ใจดี" not in page


def test_dates_are_thai_on_the_thai_board(board_a, visitor):
    asked_at = timezone.make_aware(timezone.datetime(2026, 11, 3, 10))
    make_question(
        board_a, "ถามเรื่องวันหยุด", QuestionStatus.PUBLISHED, answer="ตอบ", asked_at=asked_at
    )
    assert "3 พฤศจิกายน 2569" in visitor.get(BOARD_URL).content.decode()


def test_the_privacy_notice_comes_before_the_form(board_a, visitor):
    page = visitor.get(BOARD_URL).content.decode()
    assert 'class="privacy-notice"' in page
    assert page.index('class="privacy-notice"') < page.index('name="text"')
    assert CONSENT_FIELD not in page  # public task: no consent box


def test_consent_is_required_when_it_is_the_lawful_basis(unit_a, visitor):
    board = make_board(unit_a, lawful_basis=LawfulBasis.CONSENT)
    refused = visitor.post(BOARD_URL, QUESTION)
    assert refused.status_code == 200
    assert CONSENT_FIELD in refused.context["form"].errors
    assert QUESTION["text"] in refused.content.decode()  # nothing typed is lost
    assert not Question.objects.filter(board=board).exists()

    accepted = visitor.post(BOARD_URL, {**QUESTION, CONSENT_FIELD: "on"})
    assert accepted.status_code == 302
    assert Question.objects.get(board=board).consent_given_at is not None


def test_a_filled_honeypot_is_refused(board_a, visitor):
    response = visitor.post(BOARD_URL, {**QUESTION, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert response.context["form"].has_error("__all__", code="honeypot")
    assert not Question.objects.filter(board=board_a).exists()


def test_the_question_is_required_and_capped(board_a, visitor):
    empty = visitor.post(BOARD_URL, {"asker_name": "สมศรี"})
    assert "text" in empty.context["form"].errors
    too_long = visitor.post(BOARD_URL, {"text": "ก" * 2001})
    assert "text" in too_long.context["form"].errors
    assert not Question.objects.filter(board=board_a).exists()


def test_asking_needs_the_csrf_token(board_a):
    client = Client(HTTP_HOST=HOSTS["H-A"], enforce_csrf_checks=True)
    assert client.post(BOARD_URL, QUESTION).status_code == 403
    assert not Question.objects.filter(board=board_a).exists()


def test_too_many_questions_from_one_client_answer_429(board_a, visitor, settings):
    settings.PORTAL_PUBLIC_SUBMISSION_RATE = "2/m"
    assert visitor.post(BOARD_URL, QUESTION).status_code == 302
    assert visitor.post(BOARD_URL, QUESTION).status_code == 302
    limited = visitor.post(BOARD_URL, QUESTION)
    assert limited.status_code == 429
    assert "Retry-After" in limited
    assert Question.objects.filter(board=board_a).count() == 2
    assert visitor.get(BOARD_URL).status_code == 200  # reading is never limited


def test_the_english_board_lists_the_thai_answers_marked_as_thai(unit_a, board_a):
    home_en = UnitHomePage.objects.get(unit=unit_a, locale__language_code="en")
    english = board_a.copy_for_translation(home_en.locale)
    publish_imported(english)
    thai = make_question(board_a, "ถามเป็นภาษาไทย", QuestionStatus.PUBLISHED, answer="ตอบไทย")
    page = Client(HTTP_HOST=HOSTS["H-A"]).get("/en" + BOARD_URL).content.decode()
    assert f'id="question-{thai.pk}" lang="th"' in page
    assert "ถามเป็นภาษาไทย" in page
    Client(HTTP_HOST=HOSTS["H-A"]).post("/en" + BOARD_URL, {"text": "Where do I park?"})
    assert Question.objects.get(text="Where do I park?").language == "en"


def test_the_retention_purge_erases_askers_and_drops_unpublished_questions(unit_a, board_a):
    now = timezone.now()
    old = now - timedelta(days=366)
    person = {"asker_name": "สมศรี", "asker_email": "somsri@example.test", "asked_at": old}
    published = make_question(
        board_a, "เก่าเผยแพร่", QuestionStatus.PUBLISHED, answer="ตอบ", **person
    )
    make_question(board_a, "เก่ารอตอบ", **person)
    make_question(board_a, "เก่าถูกปฏิเสธ", QuestionStatus.REJECTED, **person)
    recent = make_question(board_a, "ใหม่รอตอบ", **{**person, "asked_at": now})

    assert purge_expired_questions in hooks.get_hooks("register_scheduler_job")
    assert purge_expired_questions(now) == Purged(deleted=2, anonymised=1)

    published.refresh_from_db()
    assert (published.text, published.answer, published.status) == ("เก่าเผยแพร่", "ตอบ", "published")
    assert (published.asker_name, published.asker_email) == ("", "")
    recent.refresh_from_db()
    assert recent.asker_email == "somsri@example.test"
    assert set(Question.objects.filter(board=board_a).values_list("text", flat=True)) == {
        "เก่าเผยแพร่",
        "ใหม่รอตอบ",
    }
    purge = PersonalDataPurge.objects.get()
    assert (purge.kind, purge.site, purge.deleted, purge.anonymised) == (
        "questions",
        unit_a.site,
        2,
        1,
    )
    assert purge.cutoff == board_a.retention_cutoff(now)

    assert purge_expired_questions(now) == Purged()
    assert PersonalDataPurge.objects.count() == 1  # nothing removed, nothing logged


def test_asking_mails_only_the_units_staff(board_a, visitor, django_capture_on_commit_callbacks):
    """Questions are anonymous: nobody but the unit's staff hears of one."""
    with django_capture_on_commit_callbacks(execute=True):
        visitor.post(BOARD_URL, QUESTION)
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"editor@h-a.test", "editor2@h-a.test", "approver@h-a.test"}


@pytest.mark.demo
def test_the_demo_gives_each_unit_one_board_in_both_languages(unit_a, unit_b):
    homes = UnitHomePage.objects.filter(unit=unit_a)
    home_th, home_en = homes.get(locale__language_code="th"), homes.get(locale__language_code="en")
    for _run in range(2):
        seed_questions(home_th, home_en, rich=True)
    board = QuestionBoardPage.objects.descendant_of(home_th).get()
    assert board.live and board.get_translation(home_en.locale).live
    assert board.questions.filter(status=QuestionStatus.PUBLISHED).count() == 3
    assert board.questions.filter(status=QuestionStatus.PENDING).count() == 1
    assert board.published_questions().count() == 4  # with the English one

    light_th = UnitHomePage.objects.get(unit=unit_b, locale__language_code="th")
    seed_questions(light_th, None, rich=False)
    light = QuestionBoardPage.objects.descendant_of(light_th).get()
    assert light.questions.count() == 2
    assert not light.questions.exclude(status=QuestionStatus.PUBLISHED).exists()
