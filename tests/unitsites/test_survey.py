"""The satisfaction survey: a rating and an optional comment, one answer per visitor a day
without cookies, consent, honeypot and rate limit; the published satisfaction figures; the
retention purge that erases comments and keeps ratings."""

import re
from datetime import date, timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from network.scheduler import tick
from unitsites.models import PersonalDataPurge, StatisticsSection, SurveyResponse, UnitHomePage
from unitsites.publicforms import CONSENT_FIELD, HONEYPOT_FIELD
from unitsites.retention import Purged, purge
from unitsites.statistics.figures import FiscalYear, Satisfaction, satisfaction
from unitsites.survey.forms import visitor_key
from unitsites.survey.retention import SURVEY_COMMENTS

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1"
ADDRESS = "203.0.113.9"


def statistics_page(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return StatisticsSection.objects.child_of(home).get()


def answers_of(unit):
    return SurveyResponse.objects.filter(site=unit.site)


@pytest.fixture
def visitor(unit_a):
    return Client(HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ADDRESS)


def answer(client, rating=5, comment="", consent=True, **extra):
    data = {"rating": str(rating), "comment": comment, **extra}
    if consent:
        data[CONSENT_FIELD] = "on"
    return client.post("/statistics/", data)


def test_the_form_follows_its_privacy_notice_with_an_accessible_rating(visitor):
    html = visitor.get("/statistics/").content.decode()
    assert html.index('id="privacy-notice-heading"') < html.index('method="post"')
    fieldset = re.search(r"<fieldset.*?</fieldset>", html, re.DOTALL).group()
    assert "<legend>" in fieldset
    assert fieldset.count('type="radio"') == 5
    assert f'name="{CONSENT_FIELD}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'class="form-trap" aria-hidden="true"' in html


def test_an_answer_is_stored_with_a_daily_key_and_no_address(visitor, unit_a):
    response = answer(visitor, rating=4, comment="  ค้นหาข้อมูลง่าย  ")
    assert response.status_code == 302
    assert response["Location"] == "/statistics/?survey=thanks#survey"
    stored = answers_of(unit_a).get()
    assert (stored.site_id, stored.rating, stored.comment) == (unit_a.site_id, 4, "ค้นหาข้อมูลง่าย")
    assert stored.page_id == statistics_page(unit_a).pk
    assert stored.consent_given_at is not None
    assert re.fullmatch(r"[0-9a-f]{64}", stored.visitor_key)
    assert all(ADDRESS not in str(value) for value in answers_of(unit_a).values_list().get())
    assert not response.cookies or set(response.cookies) <= {"csrftoken"}
    thanks = visitor.get(response["Location"]).content.decode()
    assert 'role="status"' in thanks


def test_one_answer_per_visitor_a_day(visitor, unit_a, unit_b):
    assert answer(visitor, rating=5).status_code == 302
    again = answer(visitor, rating=1, comment="อีกครั้ง")
    assert again.status_code == 200
    assert "ท่านได้ตอบแบบประเมินแล้วในวันนี้" in again.content.decode()
    assert list(answers_of(unit_a).values_list("rating", flat=True)) == [5]
    other_address = Client(
        HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.10"
    )
    assert answer(other_address, rating=3).status_code == 302
    other_unit = Client(HTTP_HOST=unit_b.hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ADDRESS)
    assert answer(other_unit, rating=2).status_code == 302
    assert sorted(answers_of(unit_a).values_list("rating", flat=True)) == [3, 5]
    assert list(answers_of(unit_b).values_list("rating", flat=True)) == [2]


def test_the_key_changes_with_the_day_the_address_and_the_site_but_not_the_browser(rf):
    request = rf.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ADDRESS)
    day = date(2026, 11, 26)
    key = visitor_key(request, day, 2)
    assert key == visitor_key(request, day, 2)
    assert key == visitor_key(rf.get("/", HTTP_USER_AGENT="Other", REMOTE_ADDR=ADDRESS), day, 2)
    assert key != visitor_key(request, day + timedelta(days=1), 2)
    assert key != visitor_key(request, day, 3)
    assert key != visitor_key(rf.get("/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="192.0.2.1"), day, 2)
    assert ADDRESS not in key


def test_another_browser_from_the_same_address_is_the_same_visitor(visitor, unit_a):
    assert answer(visitor, rating=5, comment="ดีมาก").status_code == 302
    other_browser = Client(
        HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT="curl/8.5", REMOTE_ADDR=ADDRESS
    )
    again = answer(other_browser, rating=1, comment="แย่")
    assert again.status_code == 200
    assert "ท่านได้ตอบแบบประเมินแล้วในวันนี้" in again.content.decode()
    assert list(answers_of(unit_a).values_list("rating", "comment")) == [(5, "ดีมาก")]


def test_the_english_page_takes_answers_for_the_same_unit(visitor, unit_a):
    english = statistics_page(unit_a, "en")
    response = visitor.post(english.url, {"rating": "5", CONSENT_FIELD: "on"})
    assert response.status_code == 302
    assert answers_of(unit_a).get().page_id == english.pk


def test_without_consent_nothing_is_kept_and_the_comment_is_shown_again(visitor, unit_a):
    response = answer(visitor, rating=4, comment="ตัวอักษรเล็กไป", consent=False)
    assert response.status_code == 200
    html = response.content.decode()
    assert "โปรดทำเครื่องหมายในช่องให้ความยินยอม" in html
    assert "ตัวอักษรเล็กไป" in html
    assert not answers_of(unit_a).exists()


def test_consent_is_not_asked_when_the_basis_is_not_consent(visitor, unit_a):
    StatisticsSection.objects.filter(pk=statistics_page(unit_a).pk).update(
        lawful_basis="public_task"
    )
    assert CONSENT_FIELD not in visitor.get("/statistics/").content.decode()
    assert answer(visitor, consent=False).status_code == 302
    assert answers_of(unit_a).get().consent_given_at is None


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"rating": "6"}, 'class="field-error"'),  # Django's own message, in Thai
        ({"rating": ""}, "โปรดเลือกหนึ่งในห้าระดับ"),
        ({"rating": "4", "comment": "ก" * 1001}, "at most 1000 characters"),
        ({"rating": "4", HONEYPOT_FIELD: "http://spam.example"}, "ส่งโดยอัตโนมัติ"),
    ],
)
def test_bad_answers_are_refused_with_a_clear_error(visitor, unit_a, data, error):
    response = visitor.post("/statistics/", {CONSENT_FIELD: "on", **data})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not answers_of(unit_a).exists()


def test_too_many_answers_from_one_address_get_429(visitor, settings):
    settings.PORTAL_PUBLIC_SUBMISSION_RATE = "2/m"
    assert answer(visitor).status_code == 302
    assert answer(visitor).status_code == 200  # already answered today
    limited = answer(visitor)
    assert limited.status_code == 429
    assert "Retry-After" in limited


def test_the_form_needs_its_csrf_token(unit_a):
    client = Client(enforce_csrf_checks=True, HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=BROWSER)
    assert answer(client).status_code == 403
    assert not answers_of(unit_a).exists()


def respond(unit, rating, when, comment="", key=""):
    return SurveyResponse.objects.create(
        site=unit.site,
        page=statistics_page(unit),
        submitted_at=when,
        rating=rating,
        comment=comment,
        visitor_key=key,
    )


def test_satisfaction_figures_of_the_fiscal_year(unit_a, unit_b):
    year = FiscalYear.numbered(2570)
    start, _end = year.moments()
    for rating in (5, 4, 3, 5, 1):
        respond(unit_a, rating, start + timedelta(days=3))
    respond(unit_a, 1, start - timedelta(seconds=1))  # fiscal year 2569
    respond(unit_b, 1, start + timedelta(days=3))
    assert satisfaction(unit_a.site_id, year) == Satisfaction(5, 3.6, 60.0)
    assert satisfaction(unit_a.site_id, FiscalYear.numbered(2500)) == Satisfaction(0, None, None)


def test_the_page_shows_satisfaction_and_it_moves_with_an_answer(visitor, unit_a):
    respond(unit_a, 4, timezone.now() - timedelta(minutes=5))
    before = visitor.get("/statistics/").content.decode()
    assert "4.0 / 5" in before and "100.0%" in before
    assert answer(visitor, rating=1).status_code == 302
    after = visitor.get("/statistics/").content.decode()
    assert "2.5 / 5" in after and "50.0%" in after
    assert re.search(r"<dd>2</dd>", after)


def test_the_purge_erases_comments_and_keys_past_retention_and_keeps_ratings(unit_a, unit_b):
    now = timezone.now()
    page = statistics_page(unit_a)
    old = respond(unit_a, 2, now - timedelta(days=366), comment="ช้ามาก", key="a" * 64)
    recent = respond(unit_a, 5, now - timedelta(days=10), comment="ดีมาก", key="b" * 64)
    other = respond(unit_b, 3, now - timedelta(days=200), comment="พอใช้", key="c" * 64)
    StatisticsSection.objects.filter(pk=statistics_page(unit_b).pk).update(retention_days=100)
    assert page.retention_days == 365
    assert purge(SURVEY_COMMENTS, now) == Purged(anonymised=2)
    old.refresh_from_db()
    other.refresh_from_db()
    recent.refresh_from_db()
    assert (old.rating, old.comment, old.visitor_key) == (2, "", "")
    assert (other.rating, other.comment, other.visitor_key) == (3, "", "")
    assert (recent.comment, recent.visitor_key) == ("ดีมาก", "b" * 64)
    logged = {(row.site_id, row.anonymised) for row in PersonalDataPurge.objects.all()}
    assert logged == {(unit_a.site_id, 1), (unit_b.site_id, 1)}
    assert purge(SURVEY_COMMENTS, now) == Purged()  # nothing left to erase, nothing logged
    assert PersonalDataPurge.objects.count() == 2


def test_the_scheduler_runs_the_purge(unit_a):
    old = respond(unit_a, 2, timezone.now() - timedelta(days=400), comment="เก่า")
    tick("test-scheduler", now=timezone.now())
    old.refresh_from_db()
    assert old.comment == ""
    assert PersonalDataPurge.objects.filter(kind__contains="survey").count() == 1


def test_a_new_statistics_page_asks_for_consent_with_a_filled_in_notice():
    page = StatisticsSection(title="สถิติ", slug="statistics")
    assert page.lawful_basis == "consent" and page.requires_consent
    assert page.privacy_purpose and page.data_collected
    assert page.retention_days == 365


def test_editors_edit_the_survey_privacy_notice(login, unit_a):
    edit = reverse("wagtailadmin_pages:edit", args=[statistics_page(unit_a).pk])
    html = login("editor-h-a").get(edit, HTTP_HOST="localhost").content.decode()
    for field in ("privacy_purpose", "lawful_basis", "retention_days", "offline_channel"):
        assert f'name="{field}"' in html
