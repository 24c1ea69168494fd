"""Every export answers whatever text was stored before input was cleaned (issue #12): form
submissions, questions, survey answers, the publication register, the compliance grid and the
traffic log, as CSV and XLSX, each a well-formed file whose cells never run as formulas."""

import csv
import io

from django.urls import reverse
from django.utils import timezone

import pytest
from hypothesis import given
from openpyxl import load_workbook

from network.models import PublicationRecord, TrafficRecord
from tests.hostile import HYPOTHESIS, hostile_text
from tests.network.conftest import approve_through_admin
from tests.unitsites.eservices import COMPLAINT, make_form, submit
from tests.unitsites.question_boards import make_board, make_question
from unitsites.models import ServiceSubmission, StatisticsSection, SurveyResponse, UnitHomePage
from unitsites.thaidates import fiscal_year

pytestmark = pytest.mark.django_db

FORMULA_STARTS = ("=", "+", "-", "@")


@pytest.fixture
def stored(unit_a, login, make_page):
    """One row of each kind of exported data in unit H-A, to be overwritten with hostile text."""
    form = make_form(unit_a)
    submit(form, COMPLAINT)
    board = make_board(unit_a)
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    page = make_page(unit_a, slug="hostile-export")
    approve_through_admin(login, page)
    return {
        "submission": ServiceSubmission.objects.get(page=form),
        "question": make_question(board),
        "survey": SurveyResponse.objects.create(
            site=unit_a.site,
            page=StatisticsSection.objects.child_of(home).get(),
            submitted_at=timezone.now(),
            rating=4,
        ),
        "record": PublicationRecord.objects.get(page=page),
        "form": form,
    }


def fitting(model, field, text):
    """`text` cut to what the column holds: PostgreSQL refuses longer values outright."""
    return text[: model._meta.get_field(field).max_length]


def overwrite(stored, text):
    """Store `text` the way rows saved before input cleaning hold it (less NUL, which
    PostgreSQL refuses to store at all)."""
    text = text.replace("\x00", "")
    submission = stored["submission"]
    submission.form_data = {**submission.form_data, "subject": text, "details": text}
    submission.save(update_fields=["form_data"])
    type(stored["question"]).objects.filter(pk=stored["question"].pk).update(text=text or "x")
    SurveyResponse.objects.filter(pk=stored["survey"].pk).update(comment=text)
    PublicationRecord.objects.filter(pk=stored["record"].pk).update(
        title=fitting(PublicationRecord, "title", text), remarks=text
    )
    TrafficRecord.objects.bulk_create(
        [
            TrafficRecord(
                time=timezone.now(),
                kind="request",
                host="x",
                user_agent=fitting(TrafficRecord, "user_agent", text),
            )
        ]
    )


def exports(stored, unit):
    year = fiscal_year(timezone.now())
    today = timezone.localdate().isoformat()
    for export in ("csv", "xlsx"):
        form = stored["form"]
        yield "editor-h-a", f"/admin/forms/submissions/{form.pk}/", {"export": export}
        yield "editor-h-a", reverse("questions:index"), {"export": export}
        yield (
            "moderator",
            reverse("network_publication_register"),
            {"unit": unit.code, "year": year, "export": export},
        )
        yield "moderator", reverse("network_compliance_dashboard"), {"export": export}
    yield (
        "editor-h-a",
        reverse("unitsites_survey_export", args=[unit.pk]),
        {"fiscal_year": year},
    )
    yield (
        "central-admin",
        reverse("network_traffic_export"),
        {"first_day": today, "last_day": today},
    )


def cells(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("text/csv"):
        rows = csv.reader(io.StringIO(content.decode("utf-8-sig")))
        return [(cell, "s") for row in rows for cell in row]  # every CSV cell is text
    sheet = load_workbook(io.BytesIO(content)).active
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row]


@HYPOTHESIS
@given(text=hostile_text)
def test_every_export_answers_hostile_stored_text_with_a_safe_file(stored, unit_a, login, text):
    overwrite(stored, text)
    for username, path, query in exports(stored, unit_a):
        response = login(username).get(path, query)

        assert response.status_code == 200, (path, query)
        for value, data_type in cells(response):
            assert data_type != "f", (path, value)
            if response["Content-Type"].startswith("text/csv"):
                assert not value.startswith(FORMULA_STARTS), (path, value)
