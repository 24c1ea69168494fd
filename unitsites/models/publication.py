"""The request-to-publish details every content page carries (the office's rule §2.2,
REQUIREMENTS W-02). They are page fields, so they travel with the revision that is approved."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class Urgency(models.TextChoices):
    NORMAL = "normal", _("Normal")
    URGENT = "urgent", _("Urgent")


class PublicationRequestMixin(models.Model):
    """Who owns the information, what is published and why, and for how long."""

    # Announcements with a deadline must say when they come down (REQUIREMENTS W-07);
    # evidence items must not expire by default (W-08).
    requires_end_date = False
    evidence_item = False

    owner_name = models.CharField(
        _("information owner: name"),
        max_length=255,
        blank=True,
        help_text=_("The person who owns the information and asked for it to be published."),
    )
    owner_position = models.CharField(_("information owner: position"), max_length=255, blank=True)
    owner_department = models.CharField(
        _("information owner: department"),
        max_length=255,
        blank=True,
        help_text=_("The group or department the owner belongs to."),
    )
    owner_email = models.EmailField(
        _("information owner: e-mail"),
        blank=True,
        help_text=_("The owner is told here when the request is approved or rejected."),
    )
    request_summary = models.TextField(
        _("what and why"),
        blank=True,
        help_text=_("What is to be published and why, as on the request-to-publish form."),
    )
    urgency = models.CharField(
        _("urgency"), max_length=8, choices=Urgency.choices, default=Urgency.NORMAL
    )

    publication_request_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_position")]),
                FieldRowPanel([FieldPanel("owner_department"), FieldPanel("owner_email")]),
                FieldPanel("request_summary"),
                FieldPanel("urgency"),
            ],
            heading=_("Request to publish"),
        ),
    ]

    class Meta:
        abstract = True
