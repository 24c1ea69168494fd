"""Editors and approvers of a unit, and the moderators, read and download the answers of that
unit's satisfaction survey; nobody else does (P-07). The CSV is safe to open in a spreadsheet."""

import csv
import io
from datetime import timedelta

from django.urls import reverse

import pytest

from unitsites.models import StatisticsSection, SurveyResponse, UnitHomePage
from unitsites.statistics.figures import FiscalYear

pytestmark = pytest.mark.django_db

ADMIN = {"HTTP_HOST": "localhost"}


def statistics_page(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return StatisticsSection.objects.child_of(home).get()


def respond(unit, rating, when, comment="", language="th"):
    return SurveyResponse.objects.create(
        site=unit.site,
        page=statistics_page(unit, language),
        submitted_at=when,
        rating=rating,
        comment=comment,
    )


@pytest.fixture
def answers(unit_a, unit_b):
    start, _end = FiscalYear.numbered(2570).moments()
    return {
        "a": respond(unit_a, 5, start + timedelta(days=40), "บริการดีมาก"),
        "a-formula": respond(unit_a, 1, start + timedelta(days=41), '=HYPERLINK("http://x")'),
        "a-english": respond(unit_a, 4, start + timedelta(days=42), "Clear pages", "en"),
        "a-last-year": respond(unit_a, 3, start - timedelta(days=1), "ปีที่แล้ว"),
        "b": respond(unit_b, 2, start + timedelta(days=40), "ของโรงพยาบาลบี"),
    }


def urls(unit):
    return {
        "list": reverse("unitsites_survey_responses", args=[unit.pk]) + "?fiscal_year=2570",
        "export": reverse("unitsites_survey_export", args=[unit.pk]) + "?fiscal_year=2570",
    }


@pytest.mark.parametrize("view", ["list", "export"])
@pytest.mark.parametrize(
    ("username", "own_unit", "allowed"),
    [
        ("editor-h-a", True, True),
        ("editor-h-a", False, False),
        ("approver-h-a", True, True),
        ("approver-h-a", False, False),
        ("editor-h-b", True, True),
        ("editor-h-b", False, False),
        ("moderator", True, True),
        ("moderator", False, True),
        ("central-admin", True, False),
        ("central-admin", False, False),
    ],
)
def test_who_reads_which_unit(login, answers, unit_a, unit_b, username, own_unit, allowed, view):
    own, other = (unit_b, unit_a) if username.endswith("h-b") else (unit_a, unit_b)
    unit = own if own_unit else other
    response = login(username).get(urls(unit)[view], **ADMIN)
    if not allowed:  # Wagtail turns PermissionDenied into a redirect with a message
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert "บริการดีมาก" not in response.content.decode()
        assert "ของโรงพยาบาลบี" not in response.content.decode()
        return
    assert response.status_code == 200
    content = response.content.decode()
    mine, theirs = (
        ("ของโรงพยาบาลบี", "บริการดีมาก") if unit == unit_b else ("บริการดีมาก", "ของโรงพยาบาลบี")
    )
    assert mine in content and theirs not in content


def test_the_list_shows_the_chosen_fiscal_year(login, answers, unit_a):
    client = login("editor-h-a")
    this_year = client.get(urls(unit_a)["list"], **ADMIN).content.decode()
    assert "Clear pages" in this_year and "ปีที่แล้ว" not in this_year
    url = reverse("unitsites_survey_responses", args=[unit_a.pk])
    last_year = client.get(url + "?fiscal_year=2569", **ADMIN).content.decode()
    assert "ปีที่แล้ว" in last_year and "บริการดีมาก" not in last_year


def test_the_csv_has_the_answers_of_the_year_and_defuses_formulas(login, answers, unit_a):
    response = login("approver-h-a").get(urls(unit_a)["export"], **ADMIN)
    assert response["Content-Type"].startswith("text/csv")
    assert f"survey-{unit_a.code}-2570.csv" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == ["submitted_at", "rating", "comment", "language"]
    assert [row[1:] for row in rows[1:]] == [
        ["5", "บริการดีมาก", "th"],
        ["1", '\'=HYPERLINK("http://x")', "th"],
        ["4", "Clear pages", "en"],
    ]


def test_an_editor_goes_straight_to_the_unit_and_sees_the_menu(login, unit_a):
    client = login("editor-h-a")
    response = client.get(reverse("unitsites_survey_units"), **ADMIN)
    assert response.status_code == 302
    assert response["Location"] == reverse("unitsites_survey_responses", args=[unit_a.pk])
    home = client.get(reverse("wagtailadmin_home"), **ADMIN).content.decode()
    assert reverse("unitsites_survey_units") in home


def test_a_moderator_chooses_among_units(login, unit_a, unit_b):
    response = login("moderator").get(reverse("unitsites_survey_units"), **ADMIN)
    assert response.status_code == 200
    for unit in (unit_a, unit_b):
        assert reverse("unitsites_survey_responses", args=[unit.pk]) in response.content.decode()


def test_the_central_admin_has_no_menu_item_and_no_list(login):
    client = login("central-admin")
    home = client.get(reverse("wagtailadmin_home"), **ADMIN).content.decode()
    assert reverse("unitsites_survey_units") not in home
    response = client.get(reverse("unitsites_survey_units"), **ADMIN)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
