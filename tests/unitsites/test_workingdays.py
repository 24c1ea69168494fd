"""Working days of Thai government offices: weekends and Thai public and government holidays
(substitution days included) are skipped; the count crosses the calendar year."""

import datetime

import pytest

from unitsites.workingdays import add_working_days, is_working_day, working_days_between

D = datetime.date


def test_thirty_working_days_skip_chakri_songkran_labour_coronation_and_ploughing_days():
    # Friday 3 April 2026 + 30 working days: 6 April (Chakri), 13-15 April (Songkran), 1 May,
    # 4 May (Coronation) and 13 May (Royal Ploughing Ceremony, a government holiday) are out;
    # counting weekdays only would give 15 May.
    assert add_working_days(D(2026, 4, 3), 30) == D(2026, 5, 26)
    assert working_days_between(D(2026, 4, 3), D(2026, 5, 26)) == 30
    assert working_days_between(D(2026, 4, 3), D(2026, 5, 27)) == 31


def test_a_weekend_and_the_new_year_holidays_across_the_calendar_year():
    assert add_working_days(D(2026, 1, 9), 1) == D(2026, 1, 12)  # Friday -> Monday
    # 31 December, 1 January and the extra holiday of 2 January 2026, then a weekend.
    assert add_working_days(D(2025, 12, 30), 1) == D(2026, 1, 5)
    assert working_days_between(D(2025, 12, 30), D(2026, 1, 5)) == 1


@pytest.mark.parametrize(
    "day, working",
    [
        (D(2026, 12, 7), False),  # substitution day for 5 December (a Saturday)
        (D(2026, 5, 13), False),  # Royal Ploughing Ceremony
        (D(2026, 12, 8), True),
        (D(2026, 12, 12), False),  # Saturday
    ],
)
def test_working_day(day, working):
    assert is_working_day(day) is working


def test_no_working_days_between_a_day_and_itself_or_an_earlier_day():
    assert working_days_between(D(2026, 6, 2), D(2026, 6, 2)) == 0
    assert working_days_between(D(2026, 6, 2), D(2026, 5, 1)) == 0
    assert add_working_days(D(2026, 6, 2), 0) == D(2026, 6, 2)
