"""Deleting or anonymising personal data when a form's retention period ends (P-06).

Each kind of data registers its purge with the scheduler (`register_scheduler_job`) and writes
down what it removed here: a row per site and run that removed something, and a log line.
"""

import logging

from unitsites.models.privacy import PersonalDataPurge

logger = logging.getLogger(__name__)


def log_purge(now, kind, site, cutoff, deleted=0, anonymised=0):
    """Record one purge; returns the record, or None when it removed nothing."""
    if not deleted and not anonymised:
        return None
    logger.info(
        "Retention purge of %s on %s: %s deleted, %s anonymised (collected before %s)",
        kind,
        site,
        deleted,
        anonymised,
        cutoff.isoformat(),
    )
    return PersonalDataPurge.objects.create(
        ran_at=now, site=site, kind=kind, cutoff=cutoff, deleted=deleted, anonymised=anonymised
    )
