"""Computer traffic data (Computer Crime Act s.26; REQUIREMENTS S-02 to S-04).

Append-only: a record is written once, in bulk a few seconds after its request
(network.traffic.recording), and never changed afterwards except for its legal-hold date. A scheduled job seals records into a hash chain (network.traffic.chain):
each sealed record carries the hash of the one sealed before it, so an altered or removed record
shows when the chain is verified. Only the retention purge removes records, and it writes down
where the chain legitimately resumes (TrafficPurge).
"""

import hashlib
import json
from datetime import UTC

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete traffic data outside the retention purge."""


class TrafficKind(models.TextChoices):
    REQUEST = "request", _("Request")
    LOGIN_SUCCESS = "login_success", _("Login succeeded")
    LOGIN_FAILURE = "login_failure", _("Login failed")
    LOGOUT = "logout", _("Logout")


HOLD_FIELDS = frozenset({"held_until"})
SEAL_FIELDS = frozenset({"seal_seq", "prev_hash", "hash"})


class TrafficRecordQuerySet(models.QuerySet):
    def update(self, **kwargs):
        fields = set(kwargs)
        if fields <= HOLD_FIELDS:
            return super().update(**kwargs)
        if fields <= SEAL_FIELDS:
            # Sealing writes each record's place in the chain once; sealed records stay as they are.
            return models.QuerySet.update(self.filter(seal_seq__isnull=True), **kwargs)
        raise AppendOnlyError("Traffic records cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Traffic records are removed only by the retention purge.")

    def purge(self):
        """Delete these records. Only network.traffic.retention.purge_traffic_log calls this."""
        return models.QuerySet.delete(self)[0]


class TrafficRecord(models.Model):
    """One request, login or logout as the portal saw it."""

    time = models.DateTimeField(_("time"), db_index=True)
    kind = models.CharField(
        _("event"), max_length=16, choices=TrafficKind.choices, default=TrafficKind.REQUEST
    )
    host = models.CharField(_("site"), max_length=255, blank=True)
    client_ip = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    client_port = models.PositiveIntegerField(_("client port"), null=True, blank=True)
    method = models.CharField(_("method"), max_length=16, blank=True)
    path = models.TextField(_("address requested"), blank=True)
    status = models.PositiveSmallIntegerField(_("status"), null=True, blank=True)
    user_id = models.BigIntegerField(_("account id"), null=True, blank=True)
    username = models.CharField(_("account"), max_length=150, blank=True)
    user_agent = models.CharField(_("browser"), max_length=512, blank=True)
    held_until = models.DateField(
        _("held until"),
        null=True,
        blank=True,
        help_text=_("Kept past the retention period until this date, on an official's order."),
    )
    seal_seq = models.PositiveBigIntegerField(_("place in the chain"), null=True, unique=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64, blank=True)
    hash = models.CharField(_("hash"), max_length=64, blank=True)

    objects = TrafficRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("traffic record")
        verbose_name_plural = _("traffic records")
        ordering = ["id"]

    def __str__(self):
        return f"{self.time:%Y-%m-%d %H:%M:%S} {self.kind} {self.client_ip} {self.path}"

    def save(self, *args, update_fields=None, **kwargs):
        if not self._state.adding and not (update_fields and set(update_fields) <= HOLD_FIELDS):
            raise AppendOnlyError("Traffic records cannot be changed.")
        super().save(*args, update_fields=update_fields, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Traffic records are removed only by the retention purge.")

    def canonical(self):
        """The record's content as it enters the hash; the hold date is not part of it."""
        return json.dumps(
            [
                self.pk,
                self.time.astimezone(UTC).isoformat(timespec="microseconds"),
                self.kind,
                self.host,
                self.client_ip or "",
                self.client_port,
                self.method,
                self.path,
                self.status,
                self.user_id,
                self.username,
                self.user_agent,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def compute_hash(self, prev_hash=None):
        prev_hash = self.prev_hash if prev_hash is None else prev_hash
        return hashlib.sha256((prev_hash + self.canonical()).encode()).hexdigest()


class TrafficPurge(models.Model):
    """One run of the retention purge, and the hashes at which the chain resumes after it."""

    ran_at = models.DateTimeField(_("ran at"))
    cutoff = models.DateTimeField(_("removed records older than"))
    deleted = models.PositiveIntegerField(_("records removed"))
    resume_hashes = models.JSONField(_("chain resumes after"), default=list)

    class Meta:
        verbose_name = _("traffic log purge")
        verbose_name_plural = _("traffic log purges")
        ordering = ["ran_at"]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M} −{self.deleted}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Purge records cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Purge records cannot be deleted.")
