"""A new unit's first steps: the compliance checks a unit meets first (contact details, executives,
its first news, an e-service form, two site administrators), as a checklist on its staff's admin
home, each with where to fix it, until all are met (issue #18 item 4)."""

from dataclasses import dataclass

from .checks import CHECKS_BY_ID
from .report import PEOPLE_CHECK, Status, compliance_reports, fix_url_for

STEPS = ("contact", "executives", "news-current", "e-service", PEOPLE_CHECK)


@dataclass(frozen=True)
class Step:
    check: object
    done: bool
    fix_url: str  # "" when the user cannot fix it themself


def checklists(units, user, now=None):
    """[(unit, [Step, ...])] for each of `units` that has a step left to do."""
    checks = [CHECKS_BY_ID[check_id] for check_id in STEPS]
    lists = []
    for report in compliance_reports(units, now, checks):
        steps = [
            Step(result.check, result.status == Status.PASS, fix_url_for(result, user))
            for result in report.results
        ]
        if not all(step.done for step in steps):
            lists.append((report.unit, steps))
    return lists
