"""Buddhist Era dates, Thai month names and the Thai fiscal year (REQUIREMENTS L-01 to L-05)."""

import datetime
from zoneinfo import ZoneInfo

from django.template import Context, Template
from django.utils import translation

import pytest

from unitsites import thaidates

UTC = datetime.UTC
BANGKOK = ZoneInfo("Asia/Bangkok")


def render(source, **context):
    return Template("{% load thai_dates %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime.date(2025, 12, 31), "31 ธันวาคม 2568"),
        (datetime.date(2026, 1, 1), "1 มกราคม 2569"),
        (datetime.date(2024, 2, 29), "29 กุมภาพันธ์ 2567"),  # 2567 is no Gregorian leap year (L-05)
        (datetime.date(2026, 11, 26), "26 พฤศจิกายน 2569"),
    ],
)
def test_long_thai_date_has_buddhist_era_year_and_thai_month(value, expected):
    assert thaidates.thai_date(value) == expected


def test_every_thai_month_name_is_spelled_as_the_requirements_list():
    full = [thaidates.thai_date(datetime.date(2026, month, 1)).split()[1] for month in range(1, 13)]
    short = [
        thaidates.thai_date(datetime.date(2026, month, 1), "short").split()[1]
        for month in range(1, 13)
    ]
    assert full == [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ]
    assert short == [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ]


def test_other_styles_and_thai_digits():
    value = datetime.date(2025, 10, 15)
    assert thaidates.thai_date(value, "short") == "15 ต.ค. 2568"
    assert thaidates.thai_date(value, "compact") == "15 ต.ค. 68"
    assert thaidates.thai_date(value, "formal", thai_digits=True) == "วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘"
    assert thaidates.thai_date(None) == ""


def test_leap_day_in_every_style_and_in_the_fiscal_year():
    leap_day = datetime.date(2024, 2, 29)
    assert thaidates.thai_date(leap_day, "short") == "29 ก.พ. 2567"
    assert thaidates.thai_date(leap_day, "formal") == "วันที่ 29 กุมภาพันธ์ พ.ศ. 2567"
    assert thaidates.fiscal_year(leap_day) == 2567
    assert thaidates.fiscal_quarter(leap_day) == 2


@pytest.mark.parametrize(
    ("value", "year", "quarter"),
    [
        (datetime.date(2025, 9, 30), 2568, 4),
        (datetime.date(2025, 10, 1), 2569, 1),
        (datetime.date(2025, 12, 31), 2569, 1),
        (datetime.date(2026, 1, 1), 2569, 2),
        (datetime.date(2026, 3, 31), 2569, 2),
        (datetime.date(2026, 4, 1), 2569, 3),
        (datetime.date(2026, 6, 30), 2569, 3),
        (datetime.date(2026, 7, 1), 2569, 4),
        (datetime.date(2026, 9, 30), 2569, 4),
    ],
)
def test_fiscal_year_and_quarter_boundaries(value, year, quarter):
    assert thaidates.fiscal_year(value) == year
    assert thaidates.fiscal_quarter(value) == quarter


def test_fiscal_year_bounds():
    assert thaidates.fiscal_year_bounds(2569) == (
        datetime.date(2025, 10, 1),
        datetime.date(2026, 9, 30),
    )
    first, last = thaidates.fiscal_year_bounds(2567)
    assert thaidates.fiscal_year(first) == thaidates.fiscal_year(last) == 2567
    assert thaidates.fiscal_year(first - datetime.timedelta(days=1)) == 2566
    assert thaidates.fiscal_year(last + datetime.timedelta(days=1)) == 2568


def test_aware_datetimes_are_read_in_bangkok_time():
    # 20:00 UTC on 30 September is 03:00 on 1 October in Bangkok: the new fiscal year.
    evening_utc = datetime.datetime(2025, 9, 30, 20, 0, tzinfo=UTC)
    assert thaidates.fiscal_year(evening_utc) == 2569
    assert thaidates.fiscal_quarter(evening_utc) == 1
    assert thaidates.thai_date(evening_utc) == "1 ตุลาคม 2568"
    # 31 December 17:30 UTC is already New Year's Day in Bangkok.
    new_year = datetime.datetime(2025, 12, 31, 17, 30, tzinfo=UTC)
    assert thaidates.thai_date(new_year, with_time=True) == "1 มกราคม 2569 00:30 น."
    assert thaidates.fiscal_quarter(new_year) == 2
    # Just before midnight in Bangkok stays on 30 September.
    before_midnight = datetime.datetime(2025, 9, 30, 23, 59, tzinfo=BANGKOK)
    assert thaidates.fiscal_year(before_midnight) == 2568


def test_display_filters_use_buddhist_era_on_thai_pages():
    value = datetime.datetime(2025, 9, 30, 20, 0, tzinfo=UTC)
    with translation.override("th"):
        assert render("{{ v|display_date }}", v=value) == "1 ตุลาคม 2568"
        assert render('{{ v|display_date:"short" }}', v=value) == "1 ต.ค. 2568"
        assert render("{{ v|display_datetime }}", v=value) == "1 ตุลาคม 2568 03:00 น."
        assert render("{{ v|month_year }}", v=value) == "ตุลาคม 2568"
        assert render("{{ v|fiscal_year }}", v=value) == "2569"
        assert render("{{ v|display_date }}", v=None) == ""


def test_display_filters_use_the_common_era_on_english_pages():
    value = datetime.datetime(2025, 9, 30, 20, 0, tzinfo=UTC)
    with translation.override("en"):
        assert render("{{ v|display_date }}", v=value) == "1 October 2025"
        assert render('{{ v|display_date:"short" }}', v=value) == "1 Oct 2025"
        assert render("{{ v|display_datetime }}", v=value) == "1 October 2025, 03:00"
        assert render("{{ v|month_year }}", v=value) == "October 2025"
        # The fiscal year keeps its official B.E. name in every language.
        assert render("{{ v|fiscal_year }}", v=value) == "2569"
        # Official forms stay Thai whatever the page language.
        assert render("{{ v|thai_date }}", v=datetime.date(2024, 2, 29)) == "29 กุมภาพันธ์ 2567"
        assert render("{{ v|thai_digits }}", v=2569) == "๒๕๖๙"


def test_month_year_long_and_compact_in_both_languages():
    day = datetime.date(2026, 11, 1)
    template = Template('{% load thai_dates %}{{ day|month_year }}|{{ day|month_year:"compact" }}')
    with translation.override("th"):
        assert template.render(Context({"day": day})) == "พฤศจิกายน 2569|พ.ย. 69"
    with translation.override("en"):
        assert template.render(Context({"day": day})) == "November 2026|Nov 26"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            datetime.datetime(2026, 12, 3, 18, 35, 43, 937990, tzinfo=UTC),
            "2026-12-04T01:35:43+07:00",
        ),
        (datetime.datetime(2026, 12, 3, 9, 5, tzinfo=BANGKOK), "2026-12-03T09:05:00+07:00"),
        (datetime.date(2024, 2, 29), "2024-02-29"),
        (None, ""),
    ],
)
def test_machine_dates_for_time_elements_are_whole_seconds_in_bangkok_time(value, expected):
    """HTML allows at most three digits of a second's fraction in <time datetime> (issue #18)."""
    assert render("{{ value|machine_date }}", value=value) == expected
