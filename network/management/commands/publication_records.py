from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from network.models import Unit
from network.publication.records import export_csv, export_html, records_for
from unitsites.thaidates import fiscal_year


class Command(BaseCommand):
    help = (
        "Export a unit's publication records (request-to-publish forms) of one Thai fiscal "
        "year, 1 October to 30 September, as CSV or printable HTML on standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("unit_code", help="The unit's code, e.g. PHO-STN.")
        parser.add_argument(
            "--fiscal-year",
            type=int,
            help="The fiscal year in B.E., e.g. 2569 (default: the current one).",
        )
        parser.add_argument("--format", choices=["csv", "html"], default="csv")

    def handle(self, *args, **options):
        unit = Unit.objects.filter(code=options["unit_code"]).first()
        if unit is None:
            raise CommandError(
                f"No unit has the code {options['unit_code']!r}; see the Units screen in the admin."
            )
        year = options["fiscal_year"] or fiscal_year(timezone.now())
        if not 2400 < year < 2700:
            raise CommandError(f"{year} is not a Buddhist Era year; use e.g. 2569 (= 2026 CE).")
        records = records_for(unit, year)
        if options["format"] == "html":
            self.stdout.write(export_html(unit, year, records), ending="")
        else:
            self.stdout.write(export_csv(records), ending="")
