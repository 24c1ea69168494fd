"""Published complaint statistics per fiscal quarter and for 12 months, with "no complaints" in
words (C-16 d), and the retention purge that anonymises old submissions but keeps them counted
(P-06)."""

import datetime
import logging

from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext

import pytest

from network.scheduler import tick
from tests.conftest import user_named
from tests.unitsites.eservices import make_form
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.eservices.references import next_reference
from unitsites.eservices.retention import SUBMISSIONS
from unitsites.eservices.statistics import complaint_statistics
from unitsites.models import PersonalDataPurge, ServiceSubmission, SubmissionStatus
from unitsites.retention import Purged, purge

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 11, 20, 10, 0))  # FY 2570, quarter 1
SERVICE, CORRUPTION = FormTemplate.SERVICE_COMPLAINT, FormTemplate.CORRUPTION_COMPLAINT


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9, 0))


def dated(page, when, status=SubmissionStatus.RECEIVED, **fields):
    """A submission of `page` as if sent at `when`."""
    submission = ServiceSubmission.objects.create(
        page=page,
        unit=page.unit,
        kind=page.form_template,
        reference=next_reference(page.unit, when),
        secret_hash="",
        form_data={"details": "ทดสอบ"},
        status=status,
        **fields,
    )
    ServiceSubmission.objects.filter(pk=submission.pk).update(submit_time=when)
    return submission


def counts(period):
    return {count.kind: (count.received, count.resolved) for count in period.counts}


def test_complaints_are_counted_per_quarter_and_for_12_months(unit_a, unit_b):
    service, corruption = make_form(unit_a, SERVICE), make_form(unit_a, CORRUPTION)
    request = make_form(unit_a, FormTemplate.SERVICE_REQUEST)
    dated(service, at(2026, 10, 5), SubmissionStatus.ANSWERED)  # FY 2570 Q1
    dated(service, at(2025, 12, 1))  # FY 2569 Q1, within the last 12 months
    dated(service, at(2025, 11, 30), SubmissionStatus.CLOSED)  # FY 2569 Q1, before them
    dated(corruption, at(2026, 2, 10), SubmissionStatus.CLOSED)  # FY 2569 Q2
    dated(request, at(2026, 10, 6))  # not a complaint
    dated(service, at(2025, 8, 15))  # FY 2568: not shown
    dated(make_form(unit_b, SERVICE), at(2026, 10, 7))  # another unit

    statistics = complaint_statistics(unit_a, NOW)
    current, previous = statistics.fiscal_years
    assert (current.fiscal_year, previous.fiscal_year) == (2570, 2569)
    assert len(current.quarters) == 1 and len(previous.quarters) == 4
    assert counts(current.quarters[0]) == {SERVICE: (1, 1), CORRUPTION: (0, 0)}
    assert counts(previous.quarters[0]) == {SERVICE: (2, 1), CORRUPTION: (0, 0)}
    assert counts(previous.quarters[1]) == {SERVICE: (0, 0), CORRUPTION: (1, 1)}
    assert not previous.quarters[2].has_complaints and not previous.quarters[3].has_complaints
    last_12 = statistics.last_12_months
    assert (last_12.first_month, last_12.last_month) == (
        datetime.date(2025, 12, 1),
        datetime.date(2026, 11, 1),
    )
    assert counts(last_12) == {SERVICE: (2, 1), CORRUPTION: (1, 1)}


def test_the_section_says_no_complaints_where_there_were_none(unit_a):
    form = make_form(unit_a, SERVICE)
    dated(form, timezone.now() - datetime.timedelta(days=1))
    html = Client().get("/e-services/", HTTP_HOST=unit_a.hostname).content.decode()
    statistics = html[html.index('class="complaint-statistics"') :]
    no_complaints = gettext("No complaints")
    # The current quarter has one service complaint and no corruption complaint.
    assert '<td class="number">1</td>' in statistics
    assert statistics.count(no_complaints) >= 2 + 4 * 2
    assert gettext("Complaint about a service or staff conduct") in statistics


@pytest.fixture
def expiring(unit_a):
    """A complaint form kept 365 days, with an answered submission past that and a recent one."""
    page = make_form(unit_a, SERVICE, retention_days=365)
    old = dated(
        page,
        NOW - datetime.timedelta(days=400),
        SubmissionStatus.ANSWERED,
        email="old@example.test",
        answer="ตอบนายสมชายแล้ว",
        answered_at=NOW - datetime.timedelta(days=390),
        answered_by=user_named("editor-h-a"),
    )
    recent = dated(page, NOW - datetime.timedelta(days=10), email="new@example.test")
    return old, recent


def test_submissions_past_retention_are_anonymised_and_logged(unit_a, expiring, caplog):
    old, recent = expiring
    with caplog.at_level(logging.INFO, logger="unitsites.retention"):
        assert purge(SUBMISSIONS, NOW) == Purged(anonymised=1)
    old.refresh_from_db()
    assert old.form_data == {} and old.email == "" and old.answer == ""
    assert old.answered_by is None and old.anonymised_at == NOW
    assert old.status == SubmissionStatus.ANSWERED and old.reference  # still counted
    recent.refresh_from_db()
    assert recent.form_data and recent.email == "new@example.test" and recent.anonymised_at is None
    logged = PersonalDataPurge.objects.get()
    assert (logged.site, logged.anonymised, logged.deleted) == (unit_a.site, 1, 0)
    assert logged.cutoff == NOW - datetime.timedelta(days=365)
    assert "Retention purge of e-service submissions" in caplog.text
    assert purge(SUBMISSIONS, NOW) == Purged()
    assert PersonalDataPurge.objects.count() == 1


def test_the_scheduler_runs_the_purge(unit_a, expiring):
    results = tick("test-scheduler", NOW)
    assert results["purge_eservice_submissions"] == Purged(anonymised=1)
    assert ServiceSubmission.objects.filter(anonymised_at=NOW).count() == 1
