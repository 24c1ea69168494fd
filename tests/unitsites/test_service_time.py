"""The total time of a service is summed per unit of time and never converted: a working day
is not a number of hours, so '3 working days 45 minutes' is the honest total."""

from types import SimpleNamespace

from django.utils import translation

from hypothesis import given
from hypothesis import strategies as st

from unitsites.models import DurationUnit
from unitsites.models.citizen_guide import total_duration, total_duration_text


def steps(*pairs):
    return [SimpleNamespace(duration=amount, duration_unit=unit) for amount, unit in pairs]


def test_totals_are_summed_per_unit_largest_unit_first():
    service = steps((10, "minutes"), (1, "working-days"), (2, "working-days"), (35, "minutes"))
    assert total_duration(service) == [(DurationUnit.WORKING_DAYS, 3), (DurationUnit.MINUTES, 45)]


def test_units_are_never_converted_into_one_another():
    service = steps((90, "minutes"), (24, "hours"), (1, "days"), (5, "working-days"))
    assert total_duration(service) == [
        (DurationUnit.WORKING_DAYS, 5),
        (DurationUnit.DAYS, 1),
        (DurationUnit.HOURS, 24),
        (DurationUnit.MINUTES, 90),
    ]


def test_the_total_reads_naturally_with_singular_and_plural():
    with translation.override("en"):
        assert total_duration_text(steps((1, "working-days"), (1, "minutes"))) == (
            "1 working day 1 minute"
        )
        assert total_duration_text(steps((2, "days"), (3, "hours"))) == "2 days 3 hours"
        assert total_duration_text([]) == ""


@given(st.lists(st.tuples(st.integers(1, 500), st.sampled_from(DurationUnit.values)), max_size=20))
def test_each_unit_total_is_the_sum_of_its_steps(pairs):
    totals = dict(total_duration(steps(*pairs)))
    for unit in DurationUnit:
        expected = sum(amount for amount, step_unit in pairs if step_unit == unit)
        assert totals.get(unit, 0) == expected
    assert list(totals) == [unit for unit in DurationUnit if unit in totals]
