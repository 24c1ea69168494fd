"""Control characters and formula text never break a page or an export (issue #12 items 4 and 5):
they are removed where visitors and editors type them, and the feeds and exports still answer
for rows saved before that."""

import io

import pytest
from openpyxl import load_workbook

from tests.conftest import add_live
from tests.unitsites.eservices import COMPLAINT, make_form, submit
from tests.unitsites.question_boards import make_board, make_question
from unitsites.models import NewsPage, NewsSection, ServiceSubmission, UnitHomePage

pytestmark = pytest.mark.django_db

BELL = "\x07"
FORMULA = '=HYPERLINK("http://evil.example","คลิก")'


def xlsx_cells(response):
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


def test_a_visitors_control_characters_are_dropped_when_they_submit(unit_a):
    form = make_form(unit_a)

    submit(form, {**COMPLAINT, "details": f"รอนาน{BELL}มาก\x1b"})

    submission = ServiceSubmission.objects.get(page=form)
    assert submission.get_data()["details"] == "รอนานมาก"


def test_a_nul_character_gets_a_clear_answer_and_nothing_is_stored(unit_a):
    form = make_form(unit_a)

    response = submit(form, {**COMPLAINT, "details": "รอนาน\x00มาก"})

    assert response.status_code == 200
    assert response.context["form"].errors["details"]
    assert not ServiceSubmission.objects.filter(page=form).exists()


@pytest.mark.parametrize("export", ["xlsx", "csv"])
def test_a_forms_export_answers_with_old_control_characters_and_formula_text(unit_a, login, export):
    form = make_form(unit_a)
    submit(form, {**COMPLAINT, "subject": FORMULA})
    # A row saved before input was cleaned.
    submission = ServiceSubmission.objects.get(page=form)
    submission.form_data = {**submission.form_data, "details": f"ข้อความ{BELL}เก่า"}
    submission.save(update_fields=["form_data"])

    client = login("editor-h-a")
    response = client.get(f"/admin/forms/submissions/{form.pk}/?export={export}")

    assert response.status_code == 200
    if export == "xlsx":
        cells = xlsx_cells(response)
        assert "ข้อความเก่า" in cells
        assert FORMULA in cells  # stored as text, never as a formula
    else:
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        assert "ข้อความเก่า" in text
        assert "'=HYPERLINK" in text


@pytest.mark.parametrize("export", ["xlsx", "csv"])
def test_the_questions_export_answers_with_a_pending_control_character(unit_a, login, export):
    board = make_board(unit_a)
    make_question(board, text=f"คำถาม{BELL}ที่ค้างอยู่")
    make_question(board, text=FORMULA)

    response = login("editor-h-a").get(f"/admin/questions/?export={export}")

    assert response.status_code == 200
    if export == "xlsx":
        assert "คำถามที่ค้างอยู่" in xlsx_cells(response)
    else:
        text = b"".join(response.streaming_content).decode("utf-8-sig")
        assert "คำถามที่ค้างอยู่" in text
        assert "'=HYPERLINK" in text


def test_the_news_feed_answers_with_a_title_saved_with_a_control_character(unit_a, client):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    news = NewsSection.objects.child_of(home).get()
    add_live(news, NewsPage(title="ข่าวทดสอบ", slug="bell", summary="สรุป"))
    NewsPage.objects.filter(slug="bell").update(title=f"ข่าว{BELL}ทดสอบ")

    response = client.get("/news/rss/", HTTP_HOST=unit_a.hostname)

    assert response.status_code == 200
    assert "ข่าวทดสอบ" in response.content.decode()


def test_an_editor_typing_a_control_character_in_a_title_saves_it_without(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    page = NewsPage(title=f"ประกาศ{BELL}ใหม่", slug="notice", summary="สรุป", live=False)
    NewsSection.objects.child_of(home).get().add_child(instance=page)
    page.full_clean()
    assert page.title == "ประกาศใหม่"
