import ipaddress

from django.core.management.base import BaseCommand, CommandError

from network.management.commands.export_traffic import parse_day
from network.traffic import HoldError, date_range, hold_traffic


class Command(BaseCommand):
    help = (
        "Keep the traffic records of a range of days past the retention period, on an "
        "official's order (at most two years)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="first_day", required=True, help="YYYY-MM-DD")
        parser.add_argument("--to", dest="last_day", required=True, help="YYYY-MM-DD")
        parser.add_argument("--until", required=True, help="Keep them until this day.")
        parser.add_argument("--ip", default=None, help="Only records from this client address.")

    def handle(self, *args, **options):
        first, last = parse_day(options["first_day"]), parse_day(options["last_day"])
        until = parse_day(options["until"])
        if first > last:
            raise CommandError("--from must not be after --to.")
        if options["ip"]:
            try:
                ipaddress.ip_address(options["ip"])
            except ValueError as error:
                raise CommandError(f"{options['ip']!r} is not an IP address.") from error
        try:
            held = hold_traffic(*date_range(first, last), until, client_ip=options["ip"])
        except HoldError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{held} traffic records held until {until}."))
