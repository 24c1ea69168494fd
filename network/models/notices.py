"""Staff notices: what a unit's staff are told by e-mail when something arrives for them (an
e-service submission, a question on the board, a notice-and-takedown request), each person's choice between an e-mail at once
and a daily digest, and what was sent (see network.staff_notices)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("An e-mail for each new item, at once")
    DAILY_DIGEST = "daily_digest", _("One e-mail a day listing the new items")


class NoticeKind(models.TextChoices):
    SUBMISSION = "submission", _("e-service submission")
    QUESTION = "question", _("question on the questions and answers board")
    TAKEDOWN = "takedown", _("notice-and-takedown request")


class NotificationPreference(models.Model):
    """How a staff member wants to hear of new items; without a row, at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    delivery = models.CharField(
        _("e-mails about new submissions and questions"),
        max_length=16,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATE,
        help_text=_(
            "The e-mails give the reference number and a link to the admin, never what the "
            "person wrote."
        ),
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user}: {self.delivery}"


class StaffDigest(models.Model):
    """A daily digest sent to one person, so that each gets at most one a day."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="staff_digests",
    )
    day = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("daily digest")
        verbose_name_plural = _("daily digests")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_staff_digest_per_day")
        ]

    def __str__(self):
        return f"{self.user_id} {self.day}"


class StaffNotice(models.Model):
    """One item told (or still to tell) to one staff member. It holds the reference, the
    form's or board's title and the admin address only: what the person wrote stays in the
    admin (P-05, P-07)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="staff_notices",
    )
    unit = models.ForeignKey(
        "network.Unit", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=NoticeKind.choices)
    item = models.CharField(_("item"), max_length=64, help_text=_("e.g. submission:12."))
    reference = models.CharField(_("reference number"), max_length=64)
    title = models.CharField(_("title"), max_length=255)
    admin_path = models.CharField(_("admin address"), max_length=255)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True, db_index=True)
    digest = models.ForeignKey(
        StaffDigest,
        verbose_name=_("daily digest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notices",
    )

    class Meta:
        verbose_name = _("staff notice")
        verbose_name_plural = _("staff notices")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "item"], name="one_staff_notice_per_item"
            )
        ]

    def __str__(self):
        return f"{self.user_id} {self.kind} {self.reference}"
