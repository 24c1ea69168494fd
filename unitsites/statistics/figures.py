"""The figures a unit's statistics page publishes: views today, this month, this fiscal year and
in total, the most-read pages of the fiscal year, views per month for the last 12 months, and
the satisfaction level of the fiscal year. Each is one aggregate query over the day rows."""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count, OuterRef, Q, Subquery, Sum
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


def views_by_month(site_id, today):
    """{first day of a month: (views, views today)} over the site's whole history: the totals
    and the chart from one query."""
    return {
        month: (views, views_today)
        for month, views, views_today in PageViewDay.objects.filter(site_id=site_id)
        .annotate(month=TruncMonth("day"))
        .values("month")
        .annotate(
            month_views=Sum("views"), today_views=Sum("views", filter=Q(day=today), default=0)
        )
        .values_list("month", "month_views", "today_views")
    }


def view_totals(site_id, today, by_month=None):
    """Views today, this month, this fiscal year and ever; `by_month` as views_by_month()."""
    if by_month is None:
        by_month = views_by_month(site_id, today)
    fiscal_year = FiscalYear.of(today)
    return {
        "today": sum(views_today for _views, views_today in by_month.values()),
        "month": by_month.get(today.replace(day=1), (0, 0))[0],
        "fiscal_year": sum(
            views for month, (views, _today) in by_month.items() if month >= fiscal_year.first_day
        ),
        "total": sum(views for views, _today in by_month.values()),
    }


def monthly_views(site_id, today, months=CHART_MONTHS, by_month=None):
    """[(first day of the month, views)] for the last `months` months, this one included;
    `by_month` as views_by_month()."""
    if by_month is None:
        by_month = views_by_month(site_id, today)
    return [(first, by_month.get(first, (0, 0))[0]) for first in months_back(today, months)]


def top_pages(site_id, locale_id, fiscal_year, limit=TOP_PAGES):
    """[(page, views)] of the most-read pages of the fiscal year, a page and its translations
    counted together and shown in the language of `locale_id` where it is translated: the
    ranked translation keys, their pages and their views in one query."""
    counted = PageViewDay.objects.filter(
        site_id=site_id,
        day__range=(fiscal_year.first_day, fiscal_year.last_day),
        page__live=True,
    ).values("page__translation_key")
    ranked_keys = (
        counted.annotate(views=Sum("views"))
        .order_by("-views", "page__translation_key")
        .values("page__translation_key")[:limit]
    )
    views_of_key = (
        counted.filter(page__translation_key=OuterRef("translation_key"))
        .annotate(views=Sum("views"))
        .values("views")
    )
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=ranked_keys)
        .annotate(views=Subquery(views_of_key))
        .order_by("pk")
    )
    pages = {}
    for page in candidates:
        if page.translation_key not in pages or page.locale_id == locale_id:
            pages[page.translation_key] = page
    ranked = sorted(pages.values(), key=lambda page: (-page.views, page.translation_key))
    return [(page, page.views) for page in ranked]


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
    site_id = section.get_url_parts()[0]  # from the cached site roots, not the unit's row
    today = timezone.localdate()
    fiscal_year = FiscalYear.of(today)
    by_month = views_by_month(site_id, today)
    months = monthly_views(site_id, today, by_month=by_month)
    return {
        "today": today,
        "fiscal_year": fiscal_year,
        "views": view_totals(site_id, today, by_month),
        "top_pages": top_pages(site_id, section.locale_id, fiscal_year),
        "months": months,
        "chart": bar_chart(months),
        "satisfaction": satisfaction(site_id, fiscal_year),
    }
