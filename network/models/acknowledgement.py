"""The site administrator's duties under the Computer Crime Act B.E. 2560 (seed §3.4,
REQUIREMENTS W-18), kept as versioned text; every staff account acknowledges the current version
before acting in the admin, and again when a new version takes effect."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DutyStatementQuerySet(models.QuerySet):
    def in_effect(self, today=None):
        """The statements in effect on `today`, the newest version first."""
        return self.filter(effective_from__lte=today or timezone.localdate()).order_by("-version")


class DutyStatement(models.Model):
    version = models.PositiveIntegerField(_("version"), unique=True)
    text_th = models.TextField(_("text (Thai)"))
    text_en = models.TextField(_("text (English)"))
    effective_from = models.DateField(
        _("effective from"),
        help_text=_("From this day every staff account must acknowledge this version."),
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = DutyStatementQuerySet.as_manager()

    class Meta:
        verbose_name = _("Computer Crime Act duties")
        verbose_name_plural = _("Computer Crime Act duties")
        ordering = ["-version"]

    def __str__(self):
        return _("Computer Crime Act duties, version %(version)d") % {"version": self.version}


class DutyAcknowledgement(models.Model):
    """One person's acknowledgement of one version, with when and from where."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="duty_acknowledgements",
    )
    statement = models.ForeignKey(
        DutyStatement,
        verbose_name=_("version"),
        on_delete=models.PROTECT,  # what was acknowledged stays on record
        related_name="acknowledgements",
    )
    acknowledged_at = models.DateTimeField(_("acknowledged at"), default=timezone.now)
    client_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)

    class Meta:
        verbose_name = _("acknowledgement")
        verbose_name_plural = _("acknowledgements")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "statement"], name="one_acknowledgement_per_version"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.statement}"
