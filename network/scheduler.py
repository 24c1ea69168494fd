"""The scheduler: every minute, one process of the whole install runs the timed jobs.

Several schedulers may run (one per app server, or two `make run`s by mistake); a lease row in
the database lets exactly one do the work. Claiming is one conditional UPDATE, which every
database applies atomically: it succeeds for the current holder (renewal) or once the lease has
run out, so a scheduler that dies is replaced after LEASE_DURATION.

Jobs are functions `job(now)` registered with the Wagtail hook `register_scheduler_job`
(network/hooks/ has the publication, traffic and review jobs; unitsites/wagtail_hooks.py the
retention purges of what public forms collect).
"""

import logging
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from wagtail import hooks

from network.models import SchedulerLease

logger = logging.getLogger(__name__)

JOBS_HOOK = "register_scheduler_job"
LEASE_NAME = "scheduler"
LEASE_DURATION = timedelta(minutes=3)
INTERVAL_SECONDS = 60


def claim_lease(holder, now=None, name=LEASE_NAME):
    """Take or renew the lease for `holder`; False while another holder's lease runs."""
    now = now or timezone.now()
    SchedulerLease.objects.bulk_create(
        [SchedulerLease(name=name, holder="", expires_at=now)], ignore_conflicts=True
    )
    claimed = (
        SchedulerLease.objects.filter(name=name)
        .filter(Q(holder=holder) | Q(expires_at__lte=now))
        .update(holder=holder, expires_at=now + LEASE_DURATION)
    )
    return claimed == 1


def release_lease(holder, name=LEASE_NAME):
    """Give the lease up so that another scheduler may take over at once."""
    SchedulerLease.objects.filter(name=name, holder=holder).update(
        holder="", expires_at=timezone.now()
    )


def tick(holder, now=None):
    """One round of every job, if `holder` gets the lease.

    Returns {job name: result} or None when another scheduler holds the lease. The lease is
    renewed before each job, so a long round never overlaps another scheduler's."""
    results = {}
    for job in hooks.get_hooks(JOBS_HOOK):
        job_time = now or timezone.now()
        if not claim_lease(holder, job_time):
            return results or None
        try:
            results[job.__name__] = job(job_time)
        except Exception:  # one failing job must not stop the others
            logger.exception("Scheduler job %s failed", job.__name__)
            results[job.__name__] = None
    return results
