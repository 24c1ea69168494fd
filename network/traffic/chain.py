"""Sealing traffic records into a hash chain, and checking the chain.

Records are inserted without a hash, so that several processes can insert in bulk at once
(network.traffic.recording) with no lock between them. The scheduler seals them in insertion
order: record n gets place n in the chain, the hash of record n-1, and its own hash =
sha256(previous hash + the record's canonical content). Verification recomputes
every hash and follows the links; the only gaps allowed are those the retention purge wrote
down. Each seal logs the chain's head, so a copy of the head exists outside the database.
"""

import logging
from dataclasses import dataclass, field
from itertools import chain

from django.db import IntegrityError, transaction

from network.models import TrafficPurge, TrafficRecord

logger = logging.getLogger(__name__)

GENESIS = ""


def chain_head():
    """The last sealed record, or None."""
    return TrafficRecord.objects.filter(seal_seq__isnull=False).order_by("-seal_seq").first()


def _seal_batch(batch_size):
    with transaction.atomic():
        head = chain_head()
        seq, prev_hash = (head.seal_seq, head.hash) if head else (0, GENESIS)
        rows = list(TrafficRecord.objects.filter(seal_seq__isnull=True).order_by("id")[:batch_size])
        for row in rows:
            seq += 1
            row.seal_seq, row.prev_hash = seq, prev_hash
            row.hash = prev_hash = row.compute_hash()
        TrafficRecord.objects.bulk_update(rows, ["seal_seq", "prev_hash", "hash"])
    return rows


def seal_traffic_log(batch_size=2000):
    """Seal every unsealed record; returns how many were sealed."""
    sealed, last = 0, None
    while True:
        try:
            rows = _seal_batch(batch_size)
        except IntegrityError:
            # Another sealer took the same places first (unique seal_seq): it carries on.
            logger.warning("Traffic log sealing stopped: another sealer is running.")
            break
        if not rows:
            break
        sealed, last = sealed + len(rows), rows[-1]
    if last is not None:
        logger.info("Traffic log sealed %s records; head #%s %s", sealed, last.seal_seq, last.hash)
    return sealed


@dataclass
class ChainReport:
    checked: int = 0
    altered: list = field(default_factory=list)
    breaks: list = field(default_factory=list)
    unsealed: int = 0
    head_seq: int | None = None
    head_hash: str = ""

    @property
    def intact(self):
        return not self.altered and not self.breaks


def verify_chain():
    """Recompute every sealed record's hash and check every link of the chain.

    `altered` lists records whose content no longer matches their hash; `breaks` lists records
    whose predecessor is missing or different, where no purge explains it.
    """
    report = ChainReport()
    resumes = set(chain.from_iterable(TrafficPurge.objects.values_list("resume_hashes", flat=True)))
    previous = None
    sealed = TrafficRecord.objects.filter(seal_seq__isnull=False).order_by("seal_seq")
    for row in sealed.iterator(chunk_size=2000):
        report.checked += 1
        if row.compute_hash() != row.hash:
            report.altered.append(row.pk)
        if previous is not None and row.seal_seq == previous.seal_seq + 1:
            linked = row.prev_hash == previous.hash
        elif row.seal_seq == 1:
            linked = row.prev_hash == GENESIS
        else:
            linked = row.prev_hash in resumes
        if not linked:
            report.breaks.append(row.pk)
        previous = row
    if previous is not None:
        report.head_seq, report.head_hash = previous.seal_seq, previous.hash
    report.unsealed = TrafficRecord.objects.filter(seal_seq__isnull=True).count()
    return report
