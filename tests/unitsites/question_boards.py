"""Boards and questions for the questions-and-answers tests."""

from unitsites.demo.pages import ensure_page
from unitsites.models import (
    EServicesSection,
    LawfulBasis,
    Question,
    QuestionBoardPage,
    QuestionStatus,
    UnitHomePage,
)

HOSTS = {"H-A": "hospital-a.localhost", "H-B": "hospital-b.localhost"}
BOARD_URL = "/e-services/questions/"


def make_board(unit, lawful_basis=LawfulBasis.PUBLIC_TASK, retention_days=365):
    """The unit's Thai board, published."""
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    section = EServicesSection.objects.child_of(home).get()
    board, _created = ensure_page(
        section,
        QuestionBoardPage,
        "questions",
        lambda: {
            "title": "ถาม–ตอบ",
            "intro": "สอบถามเรื่องการรับบริการได้ที่นี่",
            "privacy_purpose": "เพื่อตอบคำถามและเผยแพร่คำถามพร้อมคำตอบ",
            "lawful_basis": lawful_basis,
            "retention_days": retention_days,
        },
    )
    return board


def make_question(board, text="ต้องนำเอกสารอะไรมาบ้าง", status=QuestionStatus.PENDING, **fields):
    return Question.objects.create(board=board, text=text, status=status, **fields)
