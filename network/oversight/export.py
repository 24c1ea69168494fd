"""The compliance grid as rows for a CSV file, a spreadsheet or JSON; the spreadsheets speak
Thai like the dashboard (check titles, unit kinds, statuses)."""

from django.utils.translation import gettext as _

from .checks import CHECKS
from .report import Status


def header():
    return [
        _("Unit code"),
        _("Unit"),
        _("Kind of unit"),
        _("District"),
        _("Score"),
        _("MOIT sub-items with evidence"),
        *(check.title_th for check in CHECKS),
    ]


def moit_cell(report):
    moit = report.moit
    return f"{moit.done}/{moit.total}"


def grid_rows(reports):
    """One row per unit: who, the score, MOIT completeness, then each check's status ('' when
    it does not apply)."""
    for report in reports:
        results = report.results_by_check
        yield [
            report.unit.code,
            report.unit.name_th,
            report.unit.get_kind_display(),
            report.unit.district,
            report.score,
            moit_cell(report),
            *(
                str(Status(results[check.id].status).label) if check.id in results else ""
                for check in CHECKS
            ),
        ]


def as_json(reports):
    return [
        {
            "unit": report.unit.code,
            "name": report.unit.name_th,
            "kind": report.unit.kind,
            "district": report.unit.district,
            "score": report.score,
            "moit": {
                "fiscal_year": report.fiscal_year,
                "sub_items": report.moit.total,
                "with_evidence": report.moit.done,
                "items_complete": report.moit.items_complete,
                "items": len(report.moit.items()),
            },
            "checks": [
                {
                    "id": result.check.id,
                    "title": result.check.title_th,
                    "level": result.check.level,
                    "basis": result.check.basis,
                    "status": result.status,
                    "details": list(result.details),
                }
                for result in report.results
            ],
        }
        for report in reports
    ]
