"""Listing and exporting citizens' personal data writes an audit entry, as opening one submission
does: who, which page (or unit), list or export, the format and how many rows (#12 item 8)."""

from wagtail.models import ModelLogEntry, PageLogEntry

import pytest

from tests.unitsites.eservices import COMPLAINT, make_form, submit
from tests.unitsites.question_boards import make_board, make_question
from tests.unitsites.test_survey_export import answers, urls  # noqa: F401 (fixture)
from unitsites.personal_data_log import EXPORTED, LISTED

pytestmark = pytest.mark.django_db

ADMIN = {"HTTP_HOST": "localhost"}


def entries(model, action, **filters):
    return [
        (entry.user.username, entry.data["rows"], entry.data["format"])
        for entry in model.objects.filter(action=action, **filters).order_by("pk")
    ]


@pytest.fixture
def complaint_form(unit_a):
    page = make_form(unit_a)
    for address in ("203.0.113.10", "203.0.113.11", "203.0.113.12"):
        assert submit(page, COMPLAINT, address=address).status_code in (200, 302)
    return page


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_forms_submissions_list_and_export_are_logged(login, complaint_form, export_format):
    client = login("editor-h-a")
    url = f"/admin/forms/submissions/{complaint_form.pk}/"
    assert client.get(url, **ADMIN).status_code == 200
    assert entries(PageLogEntry, LISTED, page=complaint_form) == [("editor-h-a", 3, "")]
    exported = client.get(f"{url}?export={export_format}", **ADMIN)
    assert exported.status_code == 200
    assert b"".join(exported.streaming_content if exported.streaming else [exported.content])
    assert entries(PageLogEntry, EXPORTED, page=complaint_form) == [
        ("editor-h-a", 3, export_format)
    ]


def test_the_eservice_inbox_is_logged_per_form(login, complaint_form):
    assert login("moderator").get("/admin/e-services/", **ADMIN).status_code == 200
    assert entries(PageLogEntry, LISTED, page=complaint_form) == [("moderator", 3, "")]


def test_the_questions_list_and_export_are_logged_per_board(login, unit_a, unit_b):
    board_a, board_b = make_board(unit_a), make_board(unit_b)
    make_question(board_a)
    make_question(board_a, text="เปิดกี่โมง")
    make_question(board_b)
    client = login("moderator")
    assert client.get("/admin/questions/", **ADMIN).status_code == 200
    assert entries(PageLogEntry, LISTED, page=board_a) == [("moderator", 2, "")]
    assert entries(PageLogEntry, LISTED, page=board_b) == [("moderator", 1, "")]
    assert client.get("/admin/questions/?export=csv", **ADMIN).status_code == 200
    assert entries(PageLogEntry, EXPORTED, page=board_a) == [("moderator", 2, "csv")]
    # An editor's list holds their own unit's questions only, and so does the log.
    assert login("editor-h-b").get("/admin/questions/", **ADMIN).status_code == 200
    assert entries(PageLogEntry, LISTED, user__username="editor-h-b") == [("editor-h-b", 1, "")]


def test_the_survey_list_and_export_are_logged_against_the_unit(login, answers, unit_a):  # noqa: F811
    client = login("approver-h-a")
    assert client.get(urls(unit_a)["list"], **ADMIN).status_code == 200
    assert client.get(urls(unit_a)["export"], **ADMIN).status_code == 200
    logged = ModelLogEntry.objects.filter(object_id=str(unit_a.pk), action__in=[LISTED, EXPORTED])
    assert [(entry.action, entry.data) for entry in logged.order_by("pk")] == [
        (LISTED, {"rows": 3, "format": ""}),
        (EXPORTED, {"rows": 3, "format": "csv"}),
    ]
    assert {entry.user.username for entry in logged} == {"approver-h-a"}


def test_the_log_reads_in_thai(login, complaint_form):
    login("editor-h-a").get(f"/admin/forms/submissions/{complaint_form.pk}/?export=csv", **ADMIN)
    entry = PageLogEntry.objects.get(action=EXPORTED)
    history = login("editor-h-a").get(f"/admin/pages/{complaint_form.pk}/history/", **ADMIN)
    assert history.status_code == 200
    assert entry.message in history.content.decode()
    assert "ส่งออก" in entry.message
