"""Demo questions-and-answers board: one per unit under e-Services, with a few answered
questions (and, on the fuller sites, one still waiting for its answer)."""

import datetime
from functools import partial

from django.utils import timezone

from unitsites.models import EServicesSection, Question, QuestionBoardPage, QuestionStatus

from .pages import ensure_page, ensure_translation

SLUG = "questions"

BOARD_TH = {
    "title": "ถาม–ตอบ",
    "intro": "สอบถามเรื่องการรับบริการ สิทธิการรักษา หรือการดำเนินงานของหน่วยงานได้ที่นี่ "
    "เจ้าหน้าที่จะตอบภายใน 3 วันทำการ และเผยแพร่คำถามพร้อมคำตอบเมื่อผ่านการอนุมัติ",
    "privacy_purpose": "เพื่อตอบคำถามของท่านและเผยแพร่คำถามพร้อมคำตอบเป็นประโยชน์แก่ผู้อื่น "
    "โดยไม่เปิดเผยชื่อและอีเมลของผู้ถาม",
    "data_collected": "ชื่อ (ไม่บังคับ) และอีเมล (ไม่บังคับ ใช้แจ้งเมื่อคำตอบเผยแพร่แล้ว)",
    "retention_days": 365,
    "offline_channel": "สอบถามด้วยตนเองที่จุดประชาสัมพันธ์ในวันและเวลาราชการ หรือส่งไปรษณีย์ถึงหน่วยงาน",
}
BOARD_EN = {
    "title": "Questions and answers",
    "intro": "Ask about our services, your healthcare rights or the unit's work. Officers "
    "answer within three working days; questions appear with their answers once approved.",
    "privacy_purpose": "To answer your question and publish it with its answer for others, "
    "without the asker's name or e-mail address.",
    "data_collected": "Name (optional) and e-mail address (optional, to tell you when the "
    "answer is published).",
    "offline_channel": "Ask at the information desk during office hours, or write to the unit.",
}

# (days ago, question, answer); the first two also on the lighter sites.
ANSWERED = (
    (
        40,
        "ต้องนำเอกสารอะไรมาบ้างเมื่อมารับบริการครั้งแรก",
        "กรุณานำบัตรประจำตัวประชาชน และหากมีประวัติการรักษาจากที่อื่น ให้นำใบส่งตัวหรือผลการตรวจมาด้วย",
    ),
    (
        25,
        "ฉีดวัคซีนไข้หวัดใหญ่ได้วันไหนบ้าง เสียค่าใช้จ่ายหรือไม่",
        "ฉีดได้ทุกวันทำการ เวลา 08.30–12.00 น. ไม่เสียค่าใช้จ่ายสำหรับกลุ่มเสี่ยงตามเกณฑ์",
    ),
    (
        12,
        "ขอสำเนาเวชระเบียนของตนเองได้อย่างไร",
        "ยื่นคำร้องที่งานเวชระเบียนพร้อมบัตรประจำตัวประชาชน รับสำเนาได้ภายใน 3 วันทำการ",
    ),
)
PENDING = "มีบริการตรวจสุขภาพประจำปีสำหรับผู้สูงอายุที่บ้านหรือไม่"
ANSWERED_EN = (
    7,
    "Do you have staff who speak English at the outpatient desk?",
    "Yes: ask at the information desk and an English-speaking officer will help you.",
)


def _question(board, now, days_ago, text, answer, language="th"):
    asked_at = now - datetime.timedelta(days=days_ago)
    answered_at = asked_at + datetime.timedelta(days=1)
    return Question(
        board=board,
        text=text,
        answer=answer,
        language=language,
        asked_at=asked_at,
        answered_at=answered_at,
        status=QuestionStatus.PUBLISHED,
        approved_at=answered_at,
    )


def seed(home_th, home_en, rich):
    section = EServicesSection.objects.child_of(home_th).get()
    board, created = ensure_page(section, QuestionBoardPage, SLUG, partial(dict, BOARD_TH))
    english = ensure_translation(board, home_en, partial(dict, BOARD_EN))
    if not created:
        return
    now = timezone.now()
    questions = [_question(board, now, *item) for item in (ANSWERED if rich else ANSWERED[:2])]
    if rich:
        questions.append(Question(board=board, text=PENDING, asked_at=now))
        if english is not None:
            questions.append(_question(english, now, *ANSWERED_EN, language="en"))
    Question.objects.bulk_create(questions)
