"""How long traffic data is kept: at least 90 days from the day it enters the system (Computer
Crime Act s.26 as amended in 2560; REQUIREMENTS S-02), longer for records an official orders
held, up to two years."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from network.models import TrafficPurge, TrafficRecord

from .chain import chain_head, seal_traffic_log

MINIMUM_RETENTION_DAYS = 90
MAXIMUM_HOLD_DAYS = 2 * 366


class HoldError(ValueError):
    """A hold that the law does not allow, with a message for the administrator."""


def retention_days():
    return max(MINIMUM_RETENTION_DAYS, settings.TRAFFIC_RETENTION_DAYS)


def purge_traffic_log(now=None):
    """Remove sealed records past retention and not on hold; returns how many were removed.

    The newest sealed record always stays so that the chain keeps its head. The places where the
    chain resumes after removed records are written down first, in the same transaction.
    """
    now = now or timezone.now()
    seal_traffic_log()
    head = chain_head()
    if head is None:
        return 0
    cutoff = now - timedelta(days=retention_days())
    expired = Q(time__lt=cutoff, seal_seq__lt=head.seal_seq) & (
        Q(held_until__isnull=True) | Q(held_until__lt=timezone.localdate(now))
    )
    with transaction.atomic():
        doomed = TrafficRecord.objects.filter(expired)
        if not doomed.exists():
            return 0
        after_doomed = doomed.annotate(next_seq=F("seal_seq") + 1).values("next_seq")
        resume_hashes = list(
            TrafficRecord.objects.filter(seal_seq__in=after_doomed)
            .exclude(expired)
            .values_list("prev_hash", flat=True)
        )
        deleted = doomed.purge()
        TrafficPurge.objects.create(
            ran_at=now, cutoff=cutoff, deleted=deleted, resume_hashes=resume_hashes
        )
    return deleted


def hold_traffic(start, end, until, client_ip=None, today=None):
    """Keep the records from `start` to `end` (datetimes) until the date `until`.

    An existing longer hold is kept. Returns the number of records held.
    """
    today = today or timezone.localdate()
    if until < today:
        raise HoldError(_("The hold must end today or later."))
    if until > today + timedelta(days=MAXIMUM_HOLD_DAYS):
        raise HoldError(_("Traffic data can be held for at most two years."))
    records = TrafficRecord.objects.filter(time__gte=start, time__lt=end).filter(
        Q(held_until__isnull=True) | Q(held_until__lt=until)
    )
    if client_ip:
        records = records.filter(client_ip=client_ip)
    return records.update(held_until=until)
