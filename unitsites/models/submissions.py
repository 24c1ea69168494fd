"""What citizens send through e-service forms: one row per submission, with its reference number,
the hash of its secret code, its status and the unit's answer (REQUIREMENTS C-16, C-23, P-06)."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import AbstractFormSubmission

from unitsites.eservices.formtemplates import FormTemplate
from unitsites.eservices.references import (
    hash_secret,
    next_reference,
    normalise_reference,
    secret_matches,
)


class SubmissionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


RESOLVED_STATUSES = (SubmissionStatus.ANSWERED, SubmissionStatus.CLOSED)


class SubmissionCounter(models.Model):
    """The last reference number given by a unit in a (B.E.) year."""

    unit = models.ForeignKey("network.Unit", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit", "year"], name="unique_submission_counter")
        ]

    def __str__(self):
        return f"{self.unit_id} {self.year}: {self.last_number}"


class ServiceSubmissionQuerySet(models.QuerySet):
    def record(self, page, form, secret, email=""):
        """Save what `form` (a PublicFormMixin form of `page`) received, under the unit's next
        reference number; the honeypot and consent box are not part of the stored data."""
        now = timezone.now()
        with transaction.atomic():
            return self.create(
                page=page,
                unit=page.unit,
                kind=page.form_template,
                reference=next_reference(page.unit, now),
                secret_hash=hash_secret(secret),
                form_data=form.submitted_data(),
                email=email,
                consent_given_at=form.consent_given_at,
            )

    def find(self, unit, reference, secret):
        """The unit's submission with this reference and secret code, else None. An unknown
        reference and a wrong code cost the same work and give the same answer."""
        submission = (
            self.filter(unit=unit, reference=normalise_reference(reference))
            .select_related("page")
            .first()
        )
        if secret_matches(secret, submission.secret_hash if submission else ""):
            return submission
        return None

    def anonymise(self, now):
        """Wipe the personal data and keep what the statistics count (P-06)."""
        return self.filter(anonymised_at__isnull=True).update(
            form_data={}, email="", answer="", answered_by=None, anonymised_at=now
        )


class ServiceSubmission(AbstractFormSubmission):
    """One submission of an e-service form, answered by the unit's officers in the admin."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.PROTECT,  # evidence: the form is archived, never deleted
    )
    unit = models.ForeignKey(
        "network.Unit", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(
        _("kind of form"),
        max_length=32,
        choices=FormTemplate.choices,
        help_text=_("The form's template when it was sent; complaint statistics count by it."),
    )
    reference = models.CharField(_("reference number"), max_length=64)
    secret_hash = models.CharField(max_length=128, editable=False)
    email = models.EmailField(_("e-mail of the sender"), blank=True)
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.RECEIVED,
        db_index=True,
    )
    answer = models.TextField(
        _("answer"),
        blank=True,
        help_text=_(
            "What the sender reads when they look the reference number up. Do not name other "
            "people or give personal data the sender did not give."
        ),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(
        _("anonymised at"),
        null=True,
        blank=True,
        help_text=_("When the retention period ended and the personal data were wiped."),
    )

    objects = ServiceSubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-service submission")
        verbose_name_plural = _("e-service submissions")
        ordering = ["-submit_time", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "reference"], name="unique_reference_per_unit")
        ]

    def __str__(self):
        return self.reference

    def get_data(self):
        return {
            **super().get_data(),
            "reference": self.reference,
            "status": self.get_status_display(),
        }

    @property
    def is_resolved(self):
        return self.status in RESOLVED_STATUSES

    def record_answer(self, user, status, answer, now=None):
        """Set the status and answer; returns True when the answer text is new (and so the
        sender is told)."""
        answer = answer.strip()
        changed = bool(answer) and answer != self.answer
        self.status = status
        self.answer = answer
        if changed:
            self.answered_at = now or timezone.now()
            self.answered_by = user
        self.save(update_fields=["status", "answer", "answered_at", "answered_by"])
        return changed
