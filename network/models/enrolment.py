from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentLink(models.Model):
    """A one-time link a central administrator gives a person whose role requires a second
    factor, so that a password alone never enrols an authenticator (network.twofactor.enrolment).
    Only a keyed hash of the link's secret is kept: the link itself is shown once, when issued."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued at"))
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("two-step verification enrolment link")
        verbose_name_plural = _("two-step verification enrolment links")
        ordering = ["-issued_at"]

    def __str__(self):
        return f"{self.user} {self.issued_at:%Y-%m-%d %H:%M}"
