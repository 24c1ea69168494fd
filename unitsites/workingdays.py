"""Working days of Thai government offices: Monday to Friday, except public and government
holidays. The holidays come from the `holidays` package's Thailand calendar (substitution days
and the extra holidays the Cabinet declares included), computed locally with no download.

Legal deadlines count in working days: the annual procurement plan is due within 30 working days
of the budget allocation (PPA B.E. 2560 s.11, MOIT4; REQUIREMENTS C-32)."""

import datetime
import functools

import holidays

CATEGORIES = (holidays.PUBLIC, holidays.GOVERNMENT)  # government: e.g. the Ploughing Ceremony


@functools.cache
def _holidays(year):
    return holidays.country_holidays("TH", years=year, categories=CATEGORIES)


def is_working_day(day):
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start, count):
    """The day `count` working days after `start` (`start` itself is not counted)."""
    day = start
    while count > 0:
        day += datetime.timedelta(days=1)
        count -= is_working_day(day)
    return day


def working_days_between(start, end):
    """How many working days come after `start` up to and including `end` (0 if `end` is not
    later)."""
    count = 0
    day = start + datetime.timedelta(days=1)
    while day <= end:
        count += is_working_day(day)
        day += datetime.timedelta(days=1)
    return count
