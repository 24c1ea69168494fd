"""The figures a unit's statistics page publishes: views today, this month, this fiscal year and
in total, the most-read pages of the fiscal year, views per month for the last 12 months, and
the satisfaction level of the fiscal year. Each is one aggregate query over the day rows."""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from wagtail.models import Page

from unitsites import thaidates
from unitsites.models import PageViewDay, SurveyResponse
from unitsites.models.statistics import SATISFIED_RATINGS

from .chart import bar_chart

TOP_PAGES = 10
CHART_MONTHS = 12


@dataclass(frozen=True)
class FiscalYear:
    number: int  # B.E.
    first_day: datetime.date
    last_day: datetime.date

    @classmethod
    def of(cls, day):
        number = thaidates.fiscal_year(day)
        return cls(number, *thaidates.fiscal_year_bounds(number))

    @classmethod
    def numbered(cls, number):
        return cls(number, *thaidates.fiscal_year_bounds(number))

    def moments(self):
        """[start, end) as aware datetimes in the portal's time zone."""
        zone = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.first_day, datetime.time.min, tzinfo=zone)
        end = datetime.datetime.combine(
            self.last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return start, end


@dataclass(frozen=True)
class Satisfaction:
    responses: int
    mean: float | None
    satisfied_share: float | None  # percent of ratings 4 and 5


def months_back(day, count):
    """The first days of the `count` months ending with the month of `day`, oldest first."""
    index = day.year * 12 + day.month - 1
    return [datetime.date(i // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1)]


def view_totals(site_id, today):
    fiscal_year = FiscalYear.of(today)
    return PageViewDay.objects.filter(site_id=site_id).aggregate(
        today=Sum("views", filter=Q(day=today), default=0),
        month=Sum("views", filter=Q(day__gte=today.replace(day=1)), default=0),
        fiscal_year=Sum("views", filter=Q(day__gte=fiscal_year.first_day), default=0),
        total=Sum("views", default=0),
    )


def monthly_views(site_id, today, months=CHART_MONTHS):
    """[(first day of the month, views)] for the last `months` months, this one included."""
    firsts = months_back(today, months)
    counted = dict(
        PageViewDay.objects.filter(site_id=site_id, day__gte=firsts[0])
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(views=Sum("views"))
        .values_list("month", "views")
    )
    return [(first, counted.get(first, 0)) for first in firsts]


def top_pages(site_id, locale_id, fiscal_year, limit=TOP_PAGES):
    """[(page, views)] of the most-read pages of the fiscal year, a page and its translations
    counted together and shown in the language of `locale_id` where it is translated."""
    ranked = list(
        PageViewDay.objects.filter(
            site_id=site_id,
            day__range=(fiscal_year.first_day, fiscal_year.last_day),
            page__live=True,
        )
        .values("page__translation_key")
        .annotate(views=Sum("views"))
        .order_by("-views", "page__translation_key")
        .values_list("page__translation_key", "views")[:limit]
    )
    pages = {}
    candidates = Page.objects.live().filter(translation_key__in=[key for key, _ in ranked])
    for page in candidates.order_by("pk"):
        if page.translation_key not in pages or page.locale_id == locale_id:
            pages[page.translation_key] = page
    return [(pages[key], views) for key, views in ranked if key in pages]


def satisfaction(site_id, fiscal_year):
    start, end = fiscal_year.moments()
    figures = SurveyResponse.objects.filter(
        site_id=site_id, submitted_at__gte=start, submitted_at__lt=end
    ).aggregate(
        responses=Count("pk"),
        mean=Avg("rating"),
        satisfied=Count("pk", filter=Q(rating__in=SATISFIED_RATINGS)),
    )
    responses = figures["responses"]
    if not responses:
        return Satisfaction(0, None, None)
    return Satisfaction(
        responses, round(figures["mean"], 1), round(100 * figures["satisfied"] / responses, 1)
    )


def site_figures(section):
    """The template context of a statistics page."""
    site_id = section.unit.site_id
    today = timezone.localdate()
    fiscal_year = FiscalYear.of(today)
    months = monthly_views(site_id, today)
    return {
        "today": today,
        "fiscal_year": fiscal_year,
        "views": view_totals(site_id, today),
        "top_pages": top_pages(site_id, section.locale_id, fiscal_year),
        "months": months,
        "chart": bar_chart(months),
        "satisfaction": satisfaction(site_id, fiscal_year),
    }
