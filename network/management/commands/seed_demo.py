from django.core.management.base import BaseCommand

from network.demo import DEMO_PASSWORD, UNITS_CSV, network_is_empty, seed_demo

# Longer than SQLite's longest wait between two tries at a busy database (100 ms).
BESIDE_SERVER_PAUSE = 0.15


class Command(BaseCommand):
    help = (
        "Load the demo network: every Satun unit with its site, demo accounts for every role "
        "and demo content in every category. Running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--units",
            default=str(UNITS_CSV),
            help="A units CSV to load instead of the whole Satun network.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has units (used by `make run`).",
        )
        parser.add_argument(
            "--no-content", action="store_true", help="Units and accounts only, no pages."
        )
        parser.add_argument(
            "--beside-server",
            action="store_true",
            help="Leave the database to a serving portal's writes for a moment after each "
            "step (used by `make run`).",
        )

    def handle(self, *args, **options):
        if options["if_empty"] and not network_is_empty():
            self.stdout.write("The database already has units; the demo is not loaded again.")
            return
        self.stdout.write("Loading the demo network (the first run takes a few minutes)...")
        units = seed_demo(
            options["units"],
            with_content=not options["no_content"],
            progress=lambda message: self.stdout.write(f"  demo: {message}"),
            pause=BESIDE_SERVER_PAUSE if options["beside_server"] else 0,
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo network ready: {len(units)} units. Demo password: {DEMO_PASSWORD}"
            )
        )
