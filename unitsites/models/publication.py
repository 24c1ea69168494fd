"""The request-to-publish details every content page carries (the office's rule §2.2,
REQUIREMENTS W-02). They are page fields, so they travel with the revision that is approved."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models.panels import CommentPanelPlaceholder

from unitsites.references import UnitPageForm

# The details a request cannot go without (W-02); urgency has a default.
REQUEST_FIELDS = (
    "owner_name",
    "owner_position",
    "owner_department",
    "owner_email",
    "request_summary",
)
# Edit-form buttons that ask for publication: submit, resubmit/restart, publish.
REQUESTING_ACTIONS = ("action-submit", "action-restart-workflow", "action-publish")


class Urgency(models.TextChoices):
    NORMAL = "normal", _("Normal")
    URGENT = "urgent", _("Urgent")


class PublicationRequestForm(UnitPageForm):
    """The edit form of every content page: saving a draft may leave the request incomplete,
    asking for publication may not."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # No "Set schedule" toggle: the period sits in the request panel, and there is no
        # schedule dialog. Set on each form class Wagtail builds, where it outranks Wagtail's
        # draft-state mixin (which that class lists first).
        cls.show_schedule_publishing_toggle = False

    def _post_clean(self):
        super()._post_clean()  # the instance now carries the submitted values
        if any(self.data.get(action) for action in REQUESTING_ACTIONS):
            for field, message in self.instance.publication_request_errors().items():
                name = field if field in self.fields else None
                if str(message) not in self.errors.get(name or NON_FIELD_ERRORS, ()):
                    self.add_error(name, message)  # the model's clean may have said it already


class PublicationRequestMixin(models.Model):
    """Who owns the information, what is published and why, and for how long."""

    # Announcements with a deadline must say when they come down (REQUIREMENTS W-07);
    # evidence items must not expire by default (W-08).
    carries_publication_request = True  # the interface network's workflow relies on
    requires_end_date = False
    evidence_item = False
    # Days after its last publication when a page is due for review (seed §3: keep information
    # current); None for dated items such as news, which are not kept up to date but archived.
    review_interval_days = 180

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
    request_link = models.URLField(
        _("outside link"),
        max_length=500,
        blank=True,
        help_text=_("A link to the source elsewhere, if the information is published there too."),
    )
    request_remarks = models.TextField(
        _("remarks"),
        blank=True,
        help_text=_("Anything else the approver should know, as in the form's remarks."),
    )
    request_attachment = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attachment"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The memo or source document behind the request, if there is one."),
    )

    base_form_class = PublicationRequestForm

    publication_request_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_position")]),
                FieldRowPanel([FieldPanel("owner_department"), FieldPanel("owner_email")]),
                FieldPanel("request_summary"),
                FieldRowPanel(
                    [
                        FieldPanel(
                            "go_live_at",
                            heading=_("publish from"),
                            help_text=_("Leave empty to publish as soon as it is approved."),
                        ),
                        FieldPanel(
                            "expire_at",
                            heading=_("publish until"),
                            help_text=_(
                                "Leave empty for no end. Announcements with a closing date "
                                "(procurement, jobs, training) must have one."
                            ),
                        ),
                    ]
                ),
                FieldPanel("urgency"),
                FieldPanel("request_link"),
                FieldPanel("request_remarks"),
                FieldPanel("request_attachment"),
            ],
            heading=_("Request to publish"),
            help_text=_(
                "Fill these in before submitting for approval. The publication period runs from "
                "the go-live date (empty: once approved) to the expiry date (empty: no end)."
            ),
        ),
    ]
    # Wagtail's settings minus its schedule dialog: the period is asked for in the request.
    settings_panels = [CommentPanelPlaceholder()]

    class Meta:
        abstract = True

    def publication_period_errors(self):
        """Announcements with a deadline end (W-07); evidence stays public, archived by fiscal
        year (W-08): it takes no end date. Checked on every save, drafts included."""
        if self.requires_end_date and not self.expire_at:
            return {
                "expire_at": _(
                    "Announcements of this kind must say when they come down: set the end of "
                    "the publication period in the request to publish."
                )
            }
        if self.evidence_item and self.expire_at:
            return {
                "expire_at": _(
                    "Evidence items stay public and are archived by fiscal year: leave the "
                    "expiry date empty."
                )
            }
        return {}

    def publication_request_errors(self):
        """What the request to publish still lacks, as {field: message}; empty when complete."""
        errors = {
            name: _("Fill this in before asking for publication.")
            for name in REQUEST_FIELDS
            if not getattr(self, name).strip()
        }
        errors.update(self.publication_period_errors())
        return errors

    def clean(self):
        super().clean()
        errors = self.publication_period_errors()
        if errors:
            raise ValidationError(errors)
