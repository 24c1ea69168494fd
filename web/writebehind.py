"""Writes gathered in memory and made in bulk, off the request path (DESIGN.md, Scale).

What a public GET has to record (its traffic record, a page view) goes into a buffer of the
process; one daemon thread per process, started by the first item, writes every buffer in bulk
every WRITE_BEHIND_INTERVAL_SECONDS, sooner when a buffer holds WRITE_BEHIND_MAX_ITEMS, and once
more when the process exits normally. A process killed outright loses what arrived since the
last write: at most one interval's worth.

With the interval at 0 (the test settings) no thread starts: the buffers are written by
`flush_all()` or when one fills.
"""

import atexit
import logging
import os
import threading

from django.conf import settings
from django.db import DatabaseError, close_old_connections

logger = logging.getLogger(__name__)

_buffers = []


class WriteBehindBuffer:
    """Items of one kind, kept in `new()` (a list, a Counter...) by `add(pending, item)` until
    `write(pending)` stores them all at once. Its size is len(pending)."""

    def __init__(self, label, write, new=list, add=list.append):
        self.label, self._write, self._new, self._add = label, write, new, add
        self._lock = threading.Lock()
        # One write at a time per process, so its batches reach the database in order.
        self._writing = threading.Lock()
        self._pending = new()
        _buffers.append(self)

    def add(self, item):
        with self._lock:
            self._add(self._pending, item)
            size = len(self._pending)
        limit = settings.WRITE_BEHIND_MAX_ITEMS
        running = _flusher.start()
        if size >= limit and running:
            _flusher.wake()
        if size >= limit * (2 if running else 1):
            # No thread, or one that cannot keep up: this thread writes, so memory stays bounded.
            self.flush()

    def take(self):
        """Everything not yet written, leaving the buffer empty."""
        with self._lock:
            pending, self._pending = self._pending, self._new()
        return pending

    def flush(self):
        """Write everything gathered so far; returns how many items were written."""
        with self._writing:
            pending = self.take()
            if not pending:
                return 0
            try:
                self._write(pending)
            except DatabaseError:
                # The visitors already have their answers: a lost batch is reported, not retried.
                logger.exception("Could not write %s %s", len(pending), self.label)
                return 0
            return len(pending)

    def _forget_after_fork(self):
        self._lock, self._writing = threading.Lock(), threading.Lock()
        self._pending = self._new()


def flush_all():
    """Write every buffer of this process now; returns {label: items written}."""
    return {buffer.label: buffer.flush() for buffer in _buffers}


def discard_all():
    """Forget every item this process has not written (a test's records stay in that test)."""
    for buffer in _buffers:
        buffer.take()


class _Flusher:
    def __init__(self):
        self._lock = threading.Lock()
        self._wakeup = threading.Event()
        self._stopping = threading.Event()
        self._thread = None

    def start(self):
        """Start the thread once per process; False when the interval is 0."""
        if self._thread is not None:
            return True
        interval = settings.WRITE_BEHIND_INTERVAL_SECONDS
        if not interval:
            return False
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, args=(interval,), name="write-behind", daemon=True
                )
                self._thread.start()
        return True

    def wake(self):
        self._wakeup.set()

    def _run(self, interval):
        while not self._stopping.is_set():
            self._wakeup.wait(interval)
            self._wakeup.clear()
            close_old_connections()
            try:
                flush_all()
            except Exception:  # the thread must outlive any one round
                logger.exception("Buffered writes failed")
            finally:
                close_old_connections()

    def stop(self):
        """Let the thread finish its round, then write what is left."""
        if self._thread is None:
            return
        self._stopping.set()
        self._wakeup.set()
        self._thread.join(timeout=30)
        flush_all()


_flusher = _Flusher()


@atexit.register
def _stop_at_exit():
    # Only where the thread ran: a process without it (the test run) writes nothing on its way
    # out, when its database may already be gone.
    _flusher.stop()


def _forget_after_fork():
    # A forked worker starts empty, with its own thread: the parent writes what it gathered.
    global _flusher
    _flusher = _Flusher()
    for buffer in _buffers:
        buffer._forget_after_fork()


os.register_at_fork(after_in_child=_forget_after_fork)
