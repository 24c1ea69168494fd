"""Deleting or anonymising personal data when a form's retention period ends (P-06).

Each kind of personal data is a `RetentionRule`: the page type whose privacy notice sets the
period, the rows that still hold personal data, and how to erase expired rows. `purge(rule,
now)` applies one; each site it touches gets a `PersonalDataPurge` row and a log line. The
scheduler jobs (unitsites/hooks) return its counts.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Min

from unitsites.models.privacy import PersonalDataPurge

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Purged:
    deleted: int = 0
    anonymised: int = 0

    def __add__(self, other):
        return Purged(self.deleted + other.deleted, self.anonymised + other.anonymised)


@dataclass(frozen=True)
class RetentionRule:
    kind: str  # a PurgeKind
    notice_pages: type  # the page type whose privacy notice holds `retention_days`
    holding: Callable  # () -> the rows that still hold personal data
    page_field: str  # the rows' foreign key to that page
    time_field: str  # when a row was collected
    erase: Callable  # (expired rows, now) -> Purged


def purge(rule, now):
    """Apply `rule` on every page holding personal data past its retention period; only pages
    with something expired are touched. Returns the total Purged."""
    held = rule.holding()
    oldest = dict(
        held.values_list(rule.page_field).annotate(oldest=Min(rule.time_field)).order_by()
    )
    total = Purged()
    for page in rule.notice_pages.objects.filter(pk__in=oldest):
        cutoff = page.retention_cutoff(now)
        if oldest[page.pk] >= cutoff:
            continue
        expired = held.filter(**{rule.page_field: page.pk, f"{rule.time_field}__lt": cutoff})
        purged = rule.erase(expired, now)
        _record(now, rule.kind, page.get_site(), cutoff, purged)
        total += purged
    return total


def _record(now, kind, site, cutoff, purged):
    if not purged.deleted and not purged.anonymised:
        return
    logger.info(
        "Retention purge of %s on %s: %s deleted, %s anonymised (collected before %s)",
        kind,
        site,
        purged.deleted,
        purged.anonymised,
        cutoff.isoformat(),
    )
    PersonalDataPurge.objects.create(
        ran_at=now,
        site=site,
        kind=kind,
        cutoff=cutoff,
        deleted=purged.deleted,
        anonymised=purged.anonymised,
    )
