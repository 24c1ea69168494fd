"""Running work in a thread with its own database connection, as another process would: what it
commits outlives the test's transaction (the concurrency tests clean up after themselves)."""

import threading

from django.db import OperationalError, connection


def in_own_connection(work):
    """Run `work` in a thread with its own database connection, committing as it goes; returns
    the thread and a list that receives the result or the error."""
    outcome = []

    def target():
        try:
            outcome.append(work())
        except Exception as error:  # noqa: BLE001  (handed to the test)
            outcome.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    return thread, outcome


def run_in_own_connection(work):
    thread, outcome = in_own_connection(work)
    thread.join(timeout=60)
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]


def waiting_for_locks(write, attempts=10_000):
    """`write`, tried again while SQLite says a table is locked: the in-memory test database
    shares one cache between connections, which refuses a concurrent write at once instead of
    waiting as a database file (busy timeout) and PostgreSQL do. Each try is one transaction."""

    def retrying(*args, **kwargs):
        for _ in range(attempts - 1):
            try:
                return write(*args, **kwargs)
            except OperationalError as error:
                if "locked" not in str(error):
                    raise
        return write(*args, **kwargs)

    return retrying
