"""Demo statistics: page views for the last 13 months and some survey answers, so that every
statistics page has figures, a chart and a satisfaction level. Made once per unit with two
bulk inserts, the same numbers every time (the random generator is seeded with the unit code).
"""

import datetime
import math
import random

from django.utils import timezone

from wagtail.models import Page

from unitsites.models import PageViewDay, StatisticsSection, SurveyResponse

DAYS = 400
# Pages given views, with the most-viewed page's views on an ordinary weekday.
RICH_PAGES, RICH_PEAK = 8, 40.0
LIGHT_PAGES, LIGHT_PEAK = 3, 3.0
WEEKEND = 0.4
RICH_ANSWERS, LIGHT_ANSWERS = 24, 6
RATING_WEIGHTS = {5: 45, 4: 35, 3: 12, 2: 5, 1: 3}
COMMENTS = (
    "ค้นหาข้อมูลได้ง่าย ขอบคุณครับ",
    "อยากให้มีตารางเวรแพทย์ออกตรวจ",
    "ตัวอักษรบนมือถือเล็กไปนิด",
    "ข่าวประชาสัมพันธ์อัปเดตดีมาก",
    "",
    "",
    "",
)


def _poisson(generator, mean):
    """A count with the given mean: Knuth's method for small means, a normal curve above."""
    if mean > 10:
        return max(0, round(generator.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, generator.random()
    while product > limit:
        count += 1
        product *= generator.random()
    return count


def _viewed_pages(home_th, home_en, count):
    """The Thai home page, its first sections in menu order, then the English home page."""
    sections = Page.objects.child_of(home_th).live().order_by("path")
    pages = [home_th.pk, *sections.values_list("pk", flat=True)[: count - 1]]
    return pages + [home_en.pk] if home_en is not None else pages


def seed_page_views(home_th, home_en, rich, generator, today):
    site_id = home_th.unit.site_id
    if PageViewDay.objects.filter(site_id=site_id).exists():
        return
    pages = _viewed_pages(home_th, home_en, RICH_PAGES if rich else LIGHT_PAGES)
    peak = RICH_PEAK if rich else LIGHT_PEAK
    rows = []
    for rank, page_id in enumerate(pages):
        for days_ago in range(DAYS):
            day = today - datetime.timedelta(days=days_ago)
            growth = 1 - days_ago / (2 * DAYS)  # the site gets a little busier over the year
            weekday = WEEKEND if day.weekday() >= 5 else 1.0
            views = _poisson(generator, peak / (rank + 1) * growth * weekday)
            if views:
                rows.append(PageViewDay(site_id=site_id, page_id=page_id, day=day, views=views))
    PageViewDay.objects.bulk_create(rows, batch_size=2000)


def seed_survey(home_th, home_en, rich, generator, now):
    site_id = home_th.unit.site_id
    if SurveyResponse.objects.filter(site_id=site_id).exists():
        return
    sections = [StatisticsSection.objects.child_of(home_th).get()]
    if home_en is not None:
        sections += list(StatisticsSection.objects.child_of(home_en))
    ratings, weights = zip(*RATING_WEIGHTS.items(), strict=True)
    answers = []
    for _ in range(RICH_ANSWERS if rich else LIGHT_ANSWERS):
        # Older than a day, so no visitor key: that was only needed on the day itself.
        submitted_at = now - datetime.timedelta(
            days=generator.randint(1, 330), minutes=generator.randint(0, 600)
        )
        answers.append(
            SurveyResponse(
                site_id=site_id,
                page=generator.choice(sections),
                submitted_at=submitted_at,
                rating=generator.choices(ratings, weights)[0],
                comment=generator.choice(COMMENTS),
                consent_given_at=submitted_at,
            )
        )
    SurveyResponse.objects.bulk_create(answers)


def seed(home_th, home_en, rich):
    generator = random.Random(f"statistics-{home_th.unit.code}")
    now = timezone.now()
    seed_page_views(home_th, home_en, rich, generator, timezone.localdate(now))
    seed_survey(home_th, home_en, rich, generator, now)
