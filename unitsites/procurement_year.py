"""A unit's procurement records for one fiscal year, as its procurement page shows them: the
plan, a slot per month for form สขร.1 and per quarter for the plan-result report, the analysis
of the year before and the winner announcements. Which months and quarters are due by a day is
decided here for the page and for the compliance checks alike. The public sees what is
published; the unit's staff (and moderators) also see what is due and missing."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from unitsites import thaidates
from unitsites.ita_sheet import is_unit_staff
from unitsites.view_restrictions import public


def _first_of_month_after(month, count):
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_is_due(month, today, months_to_publish):
    """A month's summary is due by the end of the `months_to_publish`-th month after it."""
    return today >= _first_of_month_after(month, 1 + months_to_publish)


def quarter_is_due(fiscal_year, quarter, today, months_to_publish):
    last_month = thaidates.fiscal_quarter_months(fiscal_year, quarter)[-1]
    return month_is_due(last_month, today, months_to_publish)


MONTHS_TO_PUBLISH = 1  # the summary of a month or a quarter is published in the month after it


@dataclass
class Slot:
    label: str
    page: object
    due: bool

    @property
    def is_gap(self):
        return self.page is None and self.due


def selected_fiscal_year(request, today):
    value = request.GET.get("fy", "")
    return int(value) if value.isdigit() and len(value) == 4 else thaidates.fiscal_year(today)


def year_overview(section, request):
    from unitsites.models import NewsKind, NewsPage
    from unitsites.models.news import fiscal_year_range
    from unitsites.models.procurement import (
        ProcurementPlanPage,
        ProcurementReportPage,
        ProcurementSummaryPage,
        ReportKind,
    )
    from unitsites.templatetags.thai_dates import month_year

    today = timezone.localdate()
    year = selected_fiscal_year(request, today)
    records = public(section.get_children().live())
    # Every year's plans and summaries (a dozen pages a year) in a query each: the years to
    # choose from come with them.
    all_plans = list(ProcurementPlanPage.objects.filter(pk__in=records).order_by("path"))
    all_summaries = list(ProcurementSummaryPage.objects.filter(pk__in=records).order_by("path"))
    summaries = {page.month: page for page in all_summaries if page.fiscal_year == year}
    reports = list(
        ProcurementReportPage.objects.filter(
            pk__in=records, fiscal_year__in=(year, year - 1)
        ).order_by("path")
    )
    quarterly = {
        page.quarter: page
        for page in reports
        if page.kind == ReportKind.QUARTERLY and page.fiscal_year == year
    }
    start, end = fiscal_year_range(year)
    years = {page.fiscal_year for page in all_plans + all_summaries}
    years.add(thaidates.fiscal_year(today))
    user = request.user
    return {
        "fiscal_year": year,
        "fiscal_years": sorted(years, reverse=True),
        "sees_gaps": user.is_authenticated
        and section.unit is not None
        and is_unit_staff(user, section.unit),
        "plans": [page for page in all_plans if page.fiscal_year == year],
        "months": [
            Slot(
                month_year(month),
                summaries.get(month),
                month_is_due(month, today, MONTHS_TO_PUBLISH),
            )
            for month in thaidates.fiscal_months(year)
        ],
        "quarters": [
            Slot(
                str(quarter),
                quarterly.get(quarter),
                quarter_is_due(year, quarter, today, MONTHS_TO_PUBLISH),
            )
            for quarter in range(1, 5)
        ],
        "analyses": [
            page
            for page in reports
            if page.kind == ReportKind.ANALYSIS and page.fiscal_year == year - 1
        ],
        "winners": public(NewsPage.objects.descendant_of(section.unit_home).live())
        .filter(kind=NewsKind.WINNER, date__gte=start, date__lt=end)
        .order_by("-date"),
    }
