"""Thai calendar conventions (REQUIREMENTS L-01 to L-05): Buddhist Era years, Thai month
names and the Thai fiscal year (1 October to 30 September, named by the B.E. year it ends in).

Years are formatted separately from the date, never with date.replace(year=...), so 29 February
stays valid (L-05). Formatting is pythainlp's thai_strftime.
"""

import datetime

from django.utils import timezone

from pythainlp.util import thai_strftime

BE_OFFSET = 543

FORMATS = {
    "long": "%-d %B %Y",
    "short": "%-d %b %Y",
    "compact": "%-d %b %y",
    "formal": "วันที่ %-d %B พ.ศ. %Y",
}
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def be_year(value):
    return value.year + BE_OFFSET


def local(value):
    """Aware datetimes in the portal's time zone; dates and naive datetimes unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def thai_date(value, style="long", with_time=False, thai_digits=False):
    """'26 พฤศจิกายน 2569' (long), '26 พ.ย. 2569' (short), '26 พ.ย. 69' (compact),
    'วันที่ 26 พฤศจิกายน พ.ศ. 2569' (formal); with_time adds ' 14:30 น.'."""
    if value in (None, ""):
        return ""
    value = local(value)
    pattern = FORMATS.get(style, FORMATS["long"])
    if with_time and isinstance(value, datetime.datetime):
        pattern += " %H:%M น."
    return thai_strftime(value, pattern, thaidigit=thai_digits)


MONTH_FORMATS = {"long": "%B %Y", "compact": "%b %y"}


def thai_month_year(value, style="long"):
    """'พฤศจิกายน 2569' (long) or 'พ.ย. 69' (compact)."""
    return thai_strftime(local(value), MONTH_FORMATS.get(style, MONTH_FORMATS["long"]))


def fiscal_year(value):
    """The Thai fiscal year in B.E.: 1 October 2568 to 30 September 2569 is FY 2569 (L-03)."""
    value = local(value)
    return be_year(value) + (1 if value.month >= 10 else 0)


def fiscal_quarter(value):
    """1 = October-December, 2 = January-March, 3 = April-June, 4 = July-September."""
    value = local(value)
    return (value.month - 10) // 3 + 1 if value.month >= 10 else (value.month - 1) // 3 + 2


def fiscal_year_bounds(fiscal_year_be):
    """The first and last day (dates) of a B.E. fiscal year."""
    end_year_ce = fiscal_year_be - BE_OFFSET
    return datetime.date(end_year_ce - 1, 10, 1), datetime.date(end_year_ce, 9, 30)


def fiscal_months(fiscal_year_be):
    """The first day of each month of a B.E. fiscal year, October to September."""
    first_day, _last_day = fiscal_year_bounds(fiscal_year_be)
    return [
        datetime.date(first_day.year + (first_day.month + step - 1) // 12, (9 + step) % 12 + 1, 1)
        for step in range(12)
    ]


def fiscal_quarter_months(fiscal_year_be, quarter):
    """The first day of each month of quarter 1-4 of a B.E. fiscal year."""
    return fiscal_months(fiscal_year_be)[(quarter - 1) * 3 : quarter * 3]
