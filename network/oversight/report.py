"""Running the compliance checks over units: one result per unit and applicable check."""

from dataclasses import dataclass

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.access import may_manage_unit_people
from network.models import Unit
from unitsites import thaidates

from .checks import CHECKS, Level
from .facts import gather
from .moit import completeness


class Status(models.TextChoices):
    PASS = "pass", _("pass")
    WARN = "warn", _("warn")
    FAIL = "fail", _("fail")


@dataclass(frozen=True)
class Result:
    check: object
    status: str
    details: tuple = ()
    fix_url: str = ""


@dataclass
class UnitReport:
    unit: Unit
    facts: object
    results: list
    fiscal_year: int

    @property
    def moit(self):
        """The unit's MOIT completeness in the report's fiscal year."""
        return completeness(self.facts, self.fiscal_year)

    @property
    def results_by_check(self):
        return {result.check.id: result for result in self.results}

    @property
    def score(self):
        """Per cent of the unit's checks that pass."""
        if not self.results:
            return 100
        passed = sum(result.status == Status.PASS for result in self.results)
        return round(100 * passed / len(self.results))

    @property
    def failed_must(self):
        return any(result.status == Status.FAIL for result in self.results)


PEOPLE_CHECK = "administrators"  # fixed on the unit's people page, by central administrators


def fix_url_for(result, user):
    """Where `user` fixes what `result` found: its link, unless it leads where they may not go."""
    if result.check.id == PEOPLE_CHECK and not may_manage_unit_people(user):
        return ""
    return result.fix_url


def run_check(check, facts, now):
    outcome = check.evaluator(facts, now, **check.params)
    if outcome.ok:
        return Result(check, Status.PASS)
    status = Status.FAIL if check.level == Level.MUST else Status.WARN
    return Result(check, status, outcome.details, outcome.fix_url)


def compliance_reports(units=None, now=None, checks=CHECKS):
    """A UnitReport for each active unit (or each of `units`), in unit-code order."""
    now = now or timezone.now()
    if units is None:
        units = Unit.objects.filter(is_active=True)
    units = list(units)
    if not units:
        return []
    fiscal_year = thaidates.fiscal_year(now)
    facts = gather(units)
    return [
        UnitReport(
            unit,
            facts[unit.pk],
            [
                run_check(check, facts[unit.pk], now)
                for check in checks
                if check.applies_to(unit, fiscal_year)
            ],
            fiscal_year,
        )
        for unit in units
    ]
