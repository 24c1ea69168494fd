from django.core.management.base import BaseCommand, CommandError

from network.accounts import RoleError, grant_role
from network.models import Role, Unit


class Command(BaseCommand):
    help = "Give a user a role, creating the account if needed. Unit roles need UNIT_CODE."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", choices=Role.values)
        parser.add_argument("unit_code", nargs="?", default=None)
        parser.add_argument("--email", default="")
        parser.add_argument("--password", default=None)
        parser.add_argument("--full-name", default="", help="Name with title as on official forms.")
        parser.add_argument("--position", default="", help="Official position.")

    def handle(self, *args, **options):
        unit = None
        if options["unit_code"]:
            unit = Unit.objects.filter(code=options["unit_code"]).first()
            if unit is None:
                raise CommandError(
                    f"No unit has the code {options['unit_code']}; add it with add_unit first."
                )
        try:
            user, created = grant_role(
                options["username"],
                options["role"],
                unit=unit,
                email=options["email"],
                password=options["password"],
                full_name=options["full_name"],
                position=options["position"],
            )
        except RoleError as error:
            raise CommandError(str(error)) from error
        where = f" of {unit.code}" if unit else ""
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{verb} {user.username}: {options['role']}{where}"))
