"""Notice and takedown (REQUIREMENTS S-07, W-18; the rule book, section 3.4): anyone reports
content on a unit's site that they believe unlawful under the Computer Crime Act B.E. 2560 or an
infringement of their rights or personal data. The unit's approvers and the provincial
moderators handle each request to an outcome; every step is kept with who and when, and the
reporter reads the outcome with the reference number and secret code, as for e-services.
"""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from unitsites.eservices.references import (
    hash_secret,
    new_secret,
    next_reference,
    normalise_reference,
    secret_matches,
)
from unitsites.eservices.tracking import tracking_response
from unitsites.takedown import mail
from web.ratelimit import limit_submissions

from .base import StructuralPage
from .privacy import PrivacyNoticeMixin


class TakedownGround(models.TextChoices):
    FALSE_CONTENT = (
        "false_content",
        _(
            "False or distorted content that may harm others or the public (Computer Crime Act "
            "s.14)"
        ),
    )
    ALTERED_IMAGE = (
        "altered_image",
        _("A picture of a person altered to defame or humiliate them (Computer Crime Act s.16)"),
    )
    PERSONAL_DATA = (
        "personal_data",
        _("My personal data published without my consent or another lawful basis"),
    )
    RIGHTS = "rights", _("It infringes my copyright or other rights")
    OTHER_UNLAWFUL = "other_unlawful", _("Other unlawful content")


class TakedownStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    TAKEN_DOWN = "taken_down", _("Taken down")
    REFUSED = "refused", _("Refused")
    FORWARDED = "forwarded", _("Forwarded to the competent authority")


# Where each status may go next; the three outcomes are final.
NEXT_STATUSES = {
    TakedownStatus.RECEIVED: (
        TakedownStatus.UNDER_REVIEW,
        TakedownStatus.TAKEN_DOWN,
        TakedownStatus.REFUSED,
        TakedownStatus.FORWARDED,
    ),
    TakedownStatus.UNDER_REVIEW: (
        TakedownStatus.TAKEN_DOWN,
        TakedownStatus.REFUSED,
        TakedownStatus.FORWARDED,
    ),
}
OUTCOMES = (TakedownStatus.TAKEN_DOWN, TakedownStatus.REFUSED, TakedownStatus.FORWARDED)
# A refusal says why, a forwarding says to whom: the reporter reads it.
NEEDS_REASON = (TakedownStatus.REFUSED, TakedownStatus.FORWARDED)
EVIDENCE_EXTENSIONS = ["pdf", "png", "jpg", "jpeg"]


def evidence_path(instance, filename):
    # Under documents/, which the web server never serves from the media: evidence may show
    # the reporter or the unlawful content, so only the handlers download it, through the app.
    extension = PurePath(filename).suffix.lower()
    return f"documents/takedown-evidence/{uuid.uuid4().hex}{extension}"


class TakedownRequestQuerySet(models.QuerySet):
    def record(self, page, form, secret):
        """Save what `form` (a TakedownForm of `page`) received under the unit's next reference
        number, with its first handling step."""
        now = timezone.now()
        data = form.submitted_data()
        with transaction.atomic():
            received = self.create(
                page=page,
                unit=page.unit,
                reference=next_reference(page.unit, now),
                secret_hash=hash_secret(secret),
                content_url=data["content_url"],
                ground=data["ground"],
                description=data["description"],
                reporter_name=data["reporter_name"],
                reporter_email=data["reporter_email"],
                reporter_phone=data["reporter_phone"],
                evidence=data["evidence"],
                language=page.locale.language_code,
                received_at=now,
                declared_at=now,
                consent_given_at=form.consent_given_at,
            )
            received.steps.create(status=TakedownStatus.RECEIVED, at=now)
        return received

    def find(self, unit, reference, secret):
        """The unit's request with this reference and secret code, else None; an unknown
        reference and a wrong code cost the same work and give the same answer."""
        found = self.filter(unit=unit, reference=normalise_reference(reference)).first()
        if secret_matches(secret, found.secret_hash if found else ""):
            return found
        return None

    def anonymise(self, now):
        """Wipe who reported, what they wrote and the evidence they sent, its file too; the
        address, ground and outcome stay for the monitoring report (W-12)."""
        held = self.filter(anonymised_at__isnull=True)
        files = list(held.exclude(evidence="").values_list("evidence", flat=True))
        anonymised = held.update(
            reporter_name="",
            reporter_email="",
            reporter_phone="",
            description="",
            evidence="",
            anonymised_at=now,
        )
        storage = self.model._meta.get_field("evidence").storage
        for name in files:
            storage.delete(name)
        return anonymised


class TakedownRequest(models.Model):
    """One notice-and-takedown request sent on a unit's site."""

    page = models.ForeignKey(
        "unitsites.TakedownPage",
        verbose_name=_("page"),
        on_delete=models.PROTECT,  # evidence: the page is archived, never deleted
        related_name="requests",
    )
    unit = models.ForeignKey(
        "network.Unit", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="+"
    )
    reference = models.CharField(_("reference number"), max_length=64)
    secret_hash = models.CharField(max_length=128, editable=False)
    content_url = models.URLField(_("address of the content"), max_length=500)
    ground = models.CharField(_("ground"), max_length=32, choices=TakedownGround.choices)
    description = models.TextField(_("what is wrong"), max_length=5000)
    reporter_name = models.CharField(_("reporter's name"), max_length=120)
    reporter_email = models.EmailField(_("reporter's e-mail"), blank=True)
    reporter_phone = models.CharField(_("reporter's telephone"), max_length=32, blank=True)
    evidence = models.FileField(
        _("evidence"),
        upload_to=evidence_path,
        blank=True,
        max_length=255,
        validators=[FileExtensionValidator(EVIDENCE_EXTENSIONS)],
    )
    language = models.CharField(_("language"), max_length=8, default="th")
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    declared_at = models.DateTimeField(_("declaration made at"))
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=TakedownStatus.choices,
        default=TakedownStatus.RECEIVED,
        db_index=True,
    )
    reason = models.TextField(
        _("reason given to the reporter"),
        blank=True,
        help_text=_("Why it was refused, or to whom it was forwarded."),
    )
    anonymised_at = models.DateTimeField(
        _("anonymised at"),
        null=True,
        blank=True,
        help_text=_("When the retention period ended and the personal data were wiped."),
    )

    objects = TakedownRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("notice-and-takedown request")
        verbose_name_plural = _("notice-and-takedown requests")
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "reference"], name="unique_takedown_reference")
        ]

    def __str__(self):
        return self.reference

    @property
    def is_decided(self):
        return self.status in OUTCOMES

    def next_statuses(self):
        return NEXT_STATUSES.get(self.status, ())

    def move_to(self, status, user, note="", now=None):
        """Record the next handling step; the outcome's reason is what the reporter reads."""
        now = now or timezone.now()
        with transaction.atomic():
            self.status = status
            if status in NEEDS_REASON:
                self.reason = note
            self.save(update_fields=["status", "reason"])
            return self.steps.create(status=status, note=note, user=user, at=now)


class TakedownStep(models.Model):
    """One step of a request's handling: its time-stamped log (S-07). The reporter sees the
    statuses and times, never who took them."""

    request = models.ForeignKey(
        TakedownRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="steps",
    )
    status = models.CharField(_("status"), max_length=16, choices=TakedownStatus.choices)
    note = models.TextField(_("note"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("handling step")
        verbose_name_plural = _("handling steps")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request_id} {self.status}"


def takedown_purpose():
    return str(
        _(
            "To look into content on this site that you report as unlawful or as infringing "
            "your rights or personal data, to take it down where the law requires, and to tell "
            "you the outcome."
        )
    )


def takedown_data_collected():
    return str(
        _(
            "Your name, and your e-mail address or telephone number (one of them is required "
            "so that we can reach you), the address of the content, what you write about it and "
            "the evidence file you attach, if any."
        )
    )


class TakedownPage(RoutablePageMixin, PrivacyNoticeMixin, StructuralPage):
    """The notice-and-takedown form of the unit, at a fixed address linked from every footer;
    provisioning creates it. `track/` shows a request's status and outcome."""

    privacy_purpose = PrivacyNoticeMixin.notice_field("privacy_purpose", default=takedown_purpose)
    data_collected = PrivacyNoticeMixin.notice_field(
        "data_collected", default=takedown_data_collected
    )
    content_panels = StructuralPage.content_panels + PrivacyNoticeMixin.privacy_panels

    parent_page_types = ["unitsites.UnitHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("notice-and-takedown page")
        verbose_name_plural = _("notice-and-takedown pages")

    def takedown_form(self, data=None, files=None):
        from unitsites.takedown.forms import TakedownForm

        return TakedownForm(data, files, notice=self, hostname=self.unit.hostname)

    def tracking_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("track")

    def tracking_full_url(self):
        return self.get_full_url() + self.reverse_subpage("track")

    @path("")
    @method_decorator(limit_submissions("takedown"))
    def report(self, request):
        posted = request.method == "POST"
        form = self.takedown_form(
            request.POST if posted else None, request.FILES if posted else None
        )
        received = None
        if form.is_bound and form.is_valid():
            secret = new_secret()
            received = TakedownRequest.objects.record(self, form, secret)
            received.secret = secret  # shown once below, never stored
            mail.send_receipt(received, secret)
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "received": received,
                "tracking_url": self.tracking_url(request),
            },
        )
        add_never_cache_headers(response)  # the receipt shows the secret code
        return response

    @path("track/", name="track")
    @method_decorator(limit_submissions("takedown-tracking"))
    def track(self, request):
        """The reporter reads the status and outcome with the reference and secret code. A
        wrong code and an unknown number get the same message."""
        return tracking_response(
            self,
            request,
            TakedownRequest.objects.find,
            "unitsites/takedown_track.html",
            found_as="found",
        )
