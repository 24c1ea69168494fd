from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network.csvimport import read_units_csv
from network.registry import RecordsInvalid, save_records


class Command(BaseCommand):
    help = (
        "Import units from a CSV file with the columns "
        "code,kind,name_th,name_en,hostname,district,parent_code. Every row is checked first; "
        "if any row is bad, nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Path to the CSV file (UTF-8).")

    def handle(self, *args, **options):
        path = options["file"]
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        try:
            results = save_records(read_units_csv(raw))
        except RecordsInvalid as invalid:
            raise CommandError(
                f"{path}: nothing was imported. Fix these rows:\n{invalid}"
            ) from invalid
        created = sum(1 for _unit, was_created, _report in results if was_created)
        changed = sum(
            1 for _unit, was_created, report in results if report.changed and not was_created
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(results)} units: {created} new, {changed} updated, "
                f"{len(results) - created - changed} unchanged."
            )
        )
