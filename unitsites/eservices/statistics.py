"""Complaint statistics the unit publishes (REQUIREMENTS C-16 d; MOIT 11-12): complaints about
service or staff conduct and corruption complaints, counted separately, per quarter of the
current and the previous Thai fiscal year and for the last 12 months. Where a period had none,
the page says so in words ("ไม่มีเรื่องร้องเรียน"), as the ITA assessors require.

Anonymised submissions still count: the retention purge wipes the data, not the row.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from unitsites import thaidates
from unitsites.models.submissions import RESOLVED_STATUSES, ServiceSubmission

from .formtemplates import COMPLAINT_TEMPLATES, FormTemplate

QUARTER_MONTHS = {1: (10, 12), 2: (1, 3), 3: (4, 6), 4: (7, 9)}


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    received: int
    resolved: int


@dataclass(frozen=True)
class Period:
    label: str
    counts: tuple  # one KindCount per complaint template
    first_month: datetime.date
    last_month: datetime.date

    @property
    def has_complaints(self):
        return any(count.received for count in self.counts)


@dataclass(frozen=True)
class FiscalYearStatistics:
    fiscal_year: int
    quarters: tuple  # the Periods of the quarters that have begun


@dataclass(frozen=True)
class ComplaintStatistics:
    fiscal_years: tuple  # current first
    last_12_months: Period
    kinds: tuple  # (value, label) of the counted templates


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _period(label, months, monthly):
    counts = []
    for kind in COMPLAINT_TEMPLATES:
        received = sum(monthly.get((kind, month), (0, 0))[0] for month in months)
        resolved = sum(monthly.get((kind, month), (0, 0))[1] for month in months)
        counts.append(KindCount(kind, FormTemplate(kind).label, received, resolved))
    return Period(label, tuple(counts), months[0], months[-1])


def _quarter_label(quarter):
    first, last = QUARTER_MONTHS[quarter]
    return _("Quarter %(quarter)s (%(first)s–%(last)s)") % {
        "quarter": quarter,
        "first": MONTHS[first],
        "last": MONTHS[last],
    }


def _quarter_months(fiscal_year, quarter):
    first_day, _last = thaidates.fiscal_year_bounds(fiscal_year)
    start = _add_months(first_day, 3 * (quarter - 1))
    return [_add_months(start, offset) for offset in range(3)]


def unit_complaints(unit):
    return ServiceSubmission.objects.filter(unit=unit, kind__in=COMPLAINT_TEMPLATES)


def monthly_counts(unit, since):
    """{(kind, first day of month): (received, resolved)} of the unit's complaints."""
    since_at = timezone.make_aware(datetime.datetime.combine(since, datetime.time.min))
    rows = (
        unit_complaints(unit)
        .filter(submit_time__gte=since_at)
        .annotate(month=TruncMonth("submit_time"))
        .values("kind", "month")
        .annotate(
            received=Count("pk"),
            resolved=Count("pk", filter=Q(status__in=RESOLVED_STATUSES)),
        )
    )
    return {
        (row["kind"], thaidates.local(row["month"]).date().replace(day=1)): (
            row["received"],
            row["resolved"],
        )
        for row in rows
    }


def complaint_statistics(unit, now):
    """The complaint figures of `unit` (a unit or its id) by fiscal year and quarter."""
    today = timezone.localdate(now)
    current_year = thaidates.fiscal_year(today)
    previous_start, _end = thaidates.fiscal_year_bounds(current_year - 1)
    monthly = monthly_counts(unit, previous_start) if unit else {}
    current_quarter = thaidates.fiscal_quarter(today)
    fiscal_years = tuple(
        FiscalYearStatistics(
            year,
            tuple(
                _period(_quarter_label(quarter), _quarter_months(year, quarter), monthly)
                for quarter in range(1, (current_quarter if year == current_year else 4) + 1)
            ),
        )
        for year in (current_year, current_year - 1)
    )
    this_month = today.replace(day=1)
    last_months = [_add_months(this_month, -offset) for offset in range(11, -1, -1)]
    return ComplaintStatistics(
        fiscal_years=fiscal_years,
        last_12_months=_period(_("The last 12 months"), last_months, monthly),
        kinds=tuple((kind, FormTemplate(kind).label) for kind in COMPLAINT_TEMPLATES),
    )
