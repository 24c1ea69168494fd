"""Urgent publication under a verbal approval (seed §2.2: "ในกรณีเร่งด่วนอนุมัติให้อนุญาตทางวาจาได้",
REQUIREMENTS W-05). The editor names who approved and why it was urgent; the page goes live at
once and the unit's approvers confirm it in the system afterwards."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class VerbalApprovalQuerySet(models.QuerySet):
    def unconfirmed(self):
        return self.filter(confirmed_at__isnull=True)


class VerbalApproval(models.Model):
    """One urgent publication: who approved it by word of mouth, and who confirmed it later."""

    unit = models.ForeignKey(
        "network.Unit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="verbal_approvals",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.PROTECT,  # evidence: the page is archived, never deleted
        related_name="verbal_approvals",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="verbal_approvals",
    )
    page_title = models.CharField(_("title"), max_length=255)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("One of the unit's approvers or a provincial moderator."),
    )
    approver_name = models.CharField(
        _("approved by (name)"),
        max_length=255,
        help_text=_("The person who gave the approval by word of mouth."),
    )
    approver_position = models.CharField(_("approved by (position)"), max_length=255)
    approved_at = models.DateTimeField(
        _("approved at"), help_text=_("When the approval was given.")
    )
    reason = models.TextField(
        _("why it was urgent"),
        help_text=_("Why this could not wait for the approval in the system."),
    )
    created_at = models.DateTimeField(_("published at"), auto_now_add=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_by_name = models.CharField(_("confirmed by (name)"), max_length=255, blank=True)
    confirmed_by_position = models.CharField(
        _("confirmed by (position)"), max_length=255, blank=True
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    objects = VerbalApprovalQuerySet.as_manager()

    class Meta:
        verbose_name = _("verbal approval")
        verbose_name_plural = _("verbal approvals")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_title} ({self.approver_name})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
