"""The statistics page publishes views today, this month, this fiscal year and in total, the
most-read pages of the fiscal year and the last 12 months as an accessible SVG chart."""

import re
from datetime import date

from django.test import Client
from django.utils import timezone, translation

import pytest

from unitsites.models import PageViewDay, StatisticsSection, UnitHomePage
from unitsites.statistics.chart import bar_chart, nice_maximum
from unitsites.statistics.figures import (
    FiscalYear,
    monthly_views,
    months_back,
    top_pages,
    view_totals,
)

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 15)  # fiscal year 2570 began on 1 October 2026


def home(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def section(unit, slug, language="th"):
    return home(unit, language).get_children().get(slug=slug)


def count(unit, page, day, views):
    PageViewDay.objects.create(site=unit.site, page=page, day=day, views=views)


@pytest.fixture
def fixed_views(unit_a, unit_b):
    """Views of unit A on days around the boundaries, and one of unit B that must not show."""
    th, en = home(unit_a), home(unit_a, "en")
    about, news = section(unit_a, "about"), section(unit_a, "news")
    count(unit_a, th, TODAY, 5)
    count(unit_a, en, TODAY, 2)
    count(unit_a, about, date(2026, 11, 1), 8)  # this month
    count(unit_a, news, date(2026, 10, 31), 11)  # last month, this fiscal year
    count(unit_a, news, date(2026, 9, 30), 13)  # the previous fiscal year
    count(unit_a, about, date(2025, 12, 1), 17)  # the oldest month of the chart
    count(unit_a, about, date(2025, 11, 30), 19)  # before the chart
    count(unit_b, home(unit_b), TODAY, 1000)
    return {"th": th, "en": en, "about": about, "news": news}


def test_fiscal_year_follows_the_thai_calendar():
    year = FiscalYear.of(TODAY)
    assert (year.number, year.first_day, year.last_day) == (
        2570,
        date(2026, 10, 1),
        date(2027, 9, 30),
    )
    assert FiscalYear.of(date(2026, 9, 30)).number == 2569


def test_totals_today_month_fiscal_year_and_all_time(fixed_views, unit_a):
    assert view_totals(unit_a.site_id, TODAY) == {
        "today": 7,
        "month": 15,
        "fiscal_year": 26,
        "total": 75,
    }


def test_totals_of_a_site_without_views_are_zero(unit_a):
    assert view_totals(unit_a.site_id, TODAY) == {
        "today": 0,
        "month": 0,
        "fiscal_year": 0,
        "total": 0,
    }


def test_twelve_months_end_with_this_month(fixed_views, unit_a):
    months = monthly_views(unit_a.site_id, TODAY)
    assert [first for first, _views in months] == months_back(TODAY, 12)
    assert months[0] == (date(2025, 12, 1), 17)
    assert months[-1] == (date(2026, 11, 1), 15)
    assert dict(months)[date(2026, 10, 1)] == 11
    assert dict(months)[date(2026, 9, 1)] == 13
    assert sum(views for _month, views in months) == 56  # not the 19 of November 2025


def test_months_back_crosses_the_year():
    assert months_back(date(2026, 2, 10), 3) == [
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]


def test_top_pages_join_translations_and_use_the_page_language(fixed_views, unit_a):
    year = FiscalYear.of(TODAY)
    thai = top_pages(unit_a.site_id, fixed_views["th"].locale_id, year)
    assert [(page.pk, views) for page, views in thai] == [
        (fixed_views["news"].pk, 11),
        (fixed_views["about"].pk, 8),
        (fixed_views["th"].pk, 7),  # Thai 5 + English 2
    ]
    english = top_pages(unit_a.site_id, fixed_views["en"].locale_id, year)
    assert english[2][0].pk == fixed_views["en"].pk
    assert english[2][1] == 7


def test_top_pages_are_at_most_ten(unit_a):
    pages = list(home(unit_a).get_children().live())
    assert len(pages) > 10
    for views, page in enumerate(pages, start=1):
        count(unit_a, page, TODAY, views)
    ranked = top_pages(unit_a.site_id, pages[0].locale_id, FiscalYear.of(TODAY))
    assert [views for _page, views in ranked] == list(range(len(pages), len(pages) - 10, -1))


def test_chart_bars_are_proportional_with_a_round_scale():
    months = [(date(2026, m, 1), v) for m, v in ((9, 0), (10, 600), (11, 1234))]
    chart = bar_chart(months)
    assert [tick.value for tick in chart["ticks"]] == [0, 500, 1000, 1500, 2000]
    zero, middle, highest = chart["bars"]
    assert zero.height == 0
    assert highest.height == pytest.approx(middle.height * 1234 / 600, abs=0.2)
    assert highest.y + highest.height == chart["baseline"]
    assert nice_maximum(0) == 4 and nice_maximum(7) == 8 and nice_maximum(1000) == 1000


def test_the_page_shows_the_figures_the_chart_and_the_table(unit_a):
    today = timezone.localdate()
    count(unit_a, home(unit_a), today, 1234)
    statistics = section(unit_a, "statistics")
    count(unit_a, statistics, today, 3)
    client = Client(HTTP_HOST=unit_a.hostname)
    html = client.get("/statistics/").content.decode()
    figures = re.findall(r"<dd>([\d,]+)</dd>", html)
    assert figures[:4] == ["1,237"] * 4
    assert '<svg viewBox="0 0 720 260" role="img"' in html
    assert 'aria-labelledby="views-chart-title views-chart-desc"' in html
    assert html.count('<rect class="bar"') == 12
    assert "<caption>" in html and html.count('<th scope="row">') == 12
    assert f'href="/statistics/">{statistics.title}</a>' in html  # most read, in Thai
    be_year = str(today.year + 543)
    assert be_year in html  # month names with the Buddhist Era year
    assert "cdn" not in html.lower()


def test_the_english_page_shows_the_same_site_figures_in_english(unit_a):
    today = timezone.localdate()
    count(unit_a, home(unit_a), today, 42)
    english = StatisticsSection.objects.get(
        locale__language_code="en", pk__in=section(unit_a, "statistics").get_translations()
    )
    html = Client(HTTP_HOST=unit_a.hostname).get(english.url).content.decode()
    assert re.findall(r"<dd>([\d,]+)</dd>", html)[:4] == ["42"] * 4
    with translation.override("en"):
        assert today.strftime("%B %Y") in html
    assert f">{home(unit_a, 'en').title}</a>" in html
