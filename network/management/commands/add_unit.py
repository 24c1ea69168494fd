from django.core.management.base import BaseCommand, CommandError

from network.models import UnitKind
from network.registry import RecordsInvalid, save_records


class Command(BaseCommand):
    help = "Create or update one unit and provision its site. Running it twice changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("code", help="Unit code (MOPH facility code or office code).")
        parser.add_argument("--kind", required=True, choices=UnitKind.values)
        parser.add_argument("--name-th", required=True, help="Name in Thai.")
        parser.add_argument("--name-en", required=True, help="Name in English.")
        parser.add_argument("--hostname", required=True, help="Host name, e.g. x.localhost.")
        parser.add_argument("--district", default="", help="District (amphoe) in Thai.")
        parser.add_argument("--parent", default="", help="Code of the parent unit.")

    def handle(self, *args, **options):
        record = {
            "code": options["code"],
            "kind": options["kind"],
            "name_th": options["name_th"],
            "name_en": options["name_en"],
            "hostname": options["hostname"],
            "district": options["district"],
            "parent_code": options["parent"],
        }
        try:
            [(unit, created, report)] = save_records([(1, record)])
        except RecordsInvalid as invalid:
            raise CommandError(
                "\n".join(f"{error.column}: {error.message}" for error in invalid.errors)
            ) from invalid
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created unit {unit.code} at {unit.hostname}"))
        elif report.changed:
            self.stdout.write(self.style.SUCCESS(f"Updated unit {unit.code}"))
        else:
            self.stdout.write(f"Unit {unit.code} is already up to date; nothing changed.")
        if options["verbosity"] > 1:
            for change in report.changes:
                self.stdout.write(f"  {change}")
