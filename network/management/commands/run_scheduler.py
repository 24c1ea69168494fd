import os
import signal
import socket
import time
import uuid

from django.core.management.base import BaseCommand

from network.scheduler import INTERVAL_SECONDS, release_lease, tick


def _stop(signum, frame):
    raise SystemExit(0)


class Command(BaseCommand):
    help = (
        "Every minute: publish and unpublish scheduled pages (Wagtail's publish_scheduled), send "
        "expiry reminders and run the other scheduler jobs. Several may run; one does the work."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one round and exit.")
        parser.add_argument(
            "--interval",
            type=int,
            default=INTERVAL_SECONDS,
            help="Seconds between rounds (default 60).",
        )

    def handle(self, *args, **options):
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        # Stop cleanly on SIGTERM too (systemd, `make run`), so the lease is given up at once.
        signal.signal(signal.SIGTERM, _stop)
        try:
            while True:
                self.run_round(holder, options["verbosity"])
                if options["once"]:
                    break
                time.sleep(max(1, options["interval"]))
        except KeyboardInterrupt:
            pass
        finally:
            release_lease(holder)

    def run_round(self, holder, verbosity):
        results = tick(holder)
        if results is None:
            if verbosity > 1:
                self.stdout.write("Another scheduler holds the lease; nothing to do.")
            return
        if verbosity > 1:
            for name, result in results.items():
                self.stdout.write(f"{name}: {result}")
