"""State of the scheduler: who holds the lease, and which expiry reminders went out."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchedulerLease(models.Model):
    """A named lease that one scheduler process holds at a time (see network.scheduler)."""

    name = models.CharField(_("name"), max_length=64, unique=True)
    holder = models.CharField(_("held by"), max_length=255, blank=True)
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        verbose_name = _("scheduler lease")
        verbose_name_plural = _("scheduler leases")

    def __str__(self):
        return f"{self.name}: {self.holder or '-'}"


class ExpiryReminder(models.Model):
    """An expiry reminder that was sent, so that each is sent once per end date."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="expiry_reminders",
    )
    expire_at = models.DateTimeField(_("expires at"))
    days_before = models.PositiveSmallIntegerField(_("days before"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("expiry reminder")
        verbose_name_plural = _("expiry reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "expire_at", "days_before"], name="one_reminder_per_end_date"
            )
        ]

    def __str__(self):
        return f"{self.page_id} -{self.days_before}d"


class ReviewDigest(models.Model):
    """The weekly review digest of a unit, so that each unit gets one per ISO week."""

    unit = models.ForeignKey(
        "network.Unit",
        verbose_name=_("unit"),
        on_delete=models.CASCADE,
        related_name="review_digests",
    )
    week = models.CharField(_("ISO week"), max_length=8, help_text=_("e.g. 2026-W48."))
    overdue_pages = models.PositiveIntegerField(_("pages overdue for review"))
    recipients = models.PositiveSmallIntegerField(_("recipients"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("review digest")
        verbose_name_plural = _("review digests")
        constraints = [
            models.UniqueConstraint(fields=["unit", "week"], name="one_review_digest_per_week")
        ]

    def __str__(self):
        return f"{self.unit_id} {self.week}"
