"""The compliance grid as rows for a CSV file, a spreadsheet or JSON."""

from .checks import CHECKS


def header():
    return ["code", "unit", "kind", "district", "score", *(check.id for check in CHECKS)]


def grid_rows(reports):
    """One row per unit: who, the score, then each check's status ('' when it does not apply)."""
    for report in reports:
        results = report.results_by_check
        yield [
            report.unit.code,
            report.unit.name_th,
            report.unit.kind,
            report.unit.district,
            report.score,
            *(results[check.id].status if check.id in results else "" for check in CHECKS),
        ]


def as_json(reports):
    return [
        {
            "unit": report.unit.code,
            "name": report.unit.name_th,
            "kind": report.unit.kind,
            "district": report.unit.district,
            "score": report.score,
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
