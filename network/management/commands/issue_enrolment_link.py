from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from network.twofactor.enrolment import LIFETIME, absolute_url, issue_link


class Command(BaseCommand):
    help = (
        "Issue a one-time link with which a person sets up two-step verification (required for "
        "their role, or after reset_two_factor). Give it to that person alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--hours",
            type=int,
            default=int(LIFETIME.total_seconds() // 3600),
            help="How long the link works (default: %(default)s hours).",
        )

    def handle(self, *args, **options):
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No account is named {options['username']!r}.")
        if options["hours"] < 1:
            raise CommandError("--hours must be at least 1.")
        path = issue_link(user, lifetime=timedelta(hours=options["hours"]))
        self.stdout.write(absolute_url(path))
