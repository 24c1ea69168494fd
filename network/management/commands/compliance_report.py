import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from network.models import Unit
from network.oversight.export import as_json, grid_rows, header
from network.oversight.report import Status, compliance_reports
from web.spreadsheets import write_csv


class Command(BaseCommand):
    help = (
        "Run the compliance checks (network.oversight.checks) on every active unit, or one, "
        "and print the result as a table, CSV or JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--unit", metavar="CODE", help="Only this unit.")
        parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
        parser.add_argument(
            "--strict", action="store_true", help="Exit with status 1 when any 'must' check fails."
        )

    def handle(self, *args, unit=None, format="table", strict=False, **options):
        units = None
        if unit:
            units = Unit.objects.filter(code=unit)
            if not units.exists():
                raise CommandError(
                    f"No unit has the code {unit!r}; see the Units list in the admin."
                )
        reports = compliance_reports(units)
        if format == "json":
            self.stdout.write(json.dumps(as_json(reports), ensure_ascii=False, indent=2))
        elif format == "csv":
            write_csv(self.stdout, header(), grid_rows(reports))
        else:
            self._table(reports)
        if strict and any(report.failed_must for report in reports):
            raise SystemExit(1)

    def _table(self, reports):
        for report in reports:
            self.stdout.write(f"{report.unit.code} {report.unit.name_th}: {report.score}%")
            self.stdout.write(
                "  "
                + _("MOIT evidence, fiscal year %(year)s: %(done)d of %(total)d sub-items")
                % {"year": report.fiscal_year, "done": report.moit.done, "total": report.moit.total}
            )
            for result in report.results:
                mark = Status(result.status).label
                line = f"  [{mark}] {result.check.title_th}"
                if result.details:
                    line += " — " + " ".join(result.details)
                style = self.style.ERROR if result.status == Status.FAIL else str
                self.stdout.write(style(line))
