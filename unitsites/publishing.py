"""Publications the system makes by itself, outside the office's request-and-approve rule.

Only two exist: provisioning puts a new unit's fixed pages (home, sections) online, and the demo
network is loaded as if imported. Both run inside `system_publication`; everything else that
makes a unit page live must carry an approval (network.publication.guard).
"""

from contextlib import contextmanager
from contextvars import ContextVar

_reason = ContextVar("system_publication_reason", default="")


@contextmanager
def system_publication(reason):
    """Let the code inside publish unit pages without a request, naming why."""
    token = _reason.set(reason)
    try:
        yield
    finally:
        _reason.reset(token)


def system_publication_reason():
    """Why the current publication needs no request, or "" when it needs one."""
    return _reason.get()
