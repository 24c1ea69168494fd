"""The demo statistics: 13 months of page views and some survey answers, made once, cheaply;
and what the statistics page costs in queries."""

import re

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from unitsites.demo import statistics
from unitsites.models import PageViewDay, SurveyResponse, UnitHomePage
from unitsites.statistics.figures import monthly_views, months_back

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def homes(unit):
    found = UnitHomePage.objects.filter(unit=unit)
    return found.get(locale__language_code="th"), found.get(locale__language_code="en")


@pytest.mark.parametrize("rich", [True, False])
def test_seeding_fills_every_month_once_with_few_queries(unit_a, rich):
    home_th, home_en = homes(unit_a)
    with CaptureQueriesContext(connection) as queries:
        statistics.seed(home_th, home_en, rich)
    assert len(queries) < 40  # bulk inserts in batches, whatever the page count
    views = PageViewDay.objects.filter(site=unit_a.site)
    rows = views.count()
    assert 0 < rows < (4000 if rich else 1500)
    months = monthly_views(unit_a.site_id, timezone.localdate())
    assert [month for month, _views in months] == months_back(timezone.localdate(), 12)
    assert all(count > 0 for _month, count in months)
    answers = SurveyResponse.objects.filter(site=unit_a.site)
    assert answers.count() == (statistics.RICH_ANSWERS if rich else statistics.LIGHT_ANSWERS)
    assert not answers.exclude(visitor_key="").exists()
    statistics.seed(home_th, home_en, rich)
    assert views.count() == rows
    assert answers.count() == (statistics.RICH_ANSWERS if rich else statistics.LIGHT_ANSWERS)


def test_the_seeded_statistics_page_shows_figures(rich_unit):
    html = Client(HTTP_HOST=rich_unit.hostname).get("/statistics/").content.decode()
    assert "/ 5" in html  # the satisfaction level
    assert 'class="top-pages"' in html


def ranked_pages(html):
    ranking = re.search(r'<ol class="top-pages">(.*?)</ol>', html, re.DOTALL).group(1)
    return ranking.count("<li>")


def test_the_statistics_page_costs_the_same_queries_however_many_pages_are_ranked(unit_a):
    home_th, _home_en = homes(unit_a)
    today = timezone.localdate()
    PageViewDay.objects.create(site=unit_a.site, page=home_th, day=today, views=1)
    client = Client(HTTP_HOST=unit_a.hostname)
    client.get("/statistics/")  # caches the site's root paths and settings
    with CaptureQueriesContext(connection) as one_page:
        assert ranked_pages(client.get("/statistics/").content.decode()) == 1
    PageViewDay.objects.bulk_create(
        PageViewDay(site=unit_a.site, page=page, day=today, views=2)
        for page in home_th.get_children().live()
    )
    with CaptureQueriesContext(connection) as ten_pages:
        assert ranked_pages(client.get("/statistics/").content.decode()) == 10
    assert len(ten_pages) == len(one_page)
