from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network.traffic import date_range, write_csv


def parse_day(text):
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"{text!r} is not a date; use YYYY-MM-DD (Gregorian).") from error


class Command(BaseCommand):
    help = (
        "Write the traffic log for a range of days (both included, Thai time) as CSV, "
        "for an official request under the Computer Crime Act."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first_day", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="last_day", required=True, help="YYYY-MM-DD")
        parser.add_argument("--output", type=Path, help="File to write (default: standard output).")

    def handle(self, *args, **options):
        first, last = parse_day(options["first_day"]), parse_day(options["last_day"])
        if first > last:
            raise CommandError("--from must not be after --to.")
        start, end = date_range(first, last)
        if options["output"] is None:
            count = write_csv(start, end, self.stdout)
        else:
            try:
                with options["output"].open("w", encoding="utf-8", newline="") as stream:
                    count = write_csv(start, end, stream)
            except OSError as error:
                raise CommandError(f"Cannot write {options['output']}: {error.strerror}") from error
        self.stderr.write(f"{count} traffic records from {first} to {last}.")
