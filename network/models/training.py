"""Staff training (seed §3.5: "เพิ่มพูนความรู้และทักษะการบริหารจัดการเว็บไซต์ การรักษาความมั่นคง
ปลอดภัยสารสนเทศ ให้แก่เจ้าหน้าที่อย่างต่อเนื่อง"): the province records each training, its topics and
who attended, with a certificate for the whole training or for each attendee."""

import uuid
from decimal import Decimal
from pathlib import PurePath

from django.conf import settings
from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

CERTIFICATE_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]


class TrainingTopic(models.TextChoices):
    SITE_MANAGEMENT = "site_management", _("Website management")
    INFORMATION_SECURITY = "information_security", _("Information security")
    PERSONAL_DATA = "personal_data", _("Personal data protection")
    COMPUTER_CRIME_ACT = "computer_crime_act", _("Computer Crime Act")
    OTHER = "other", _("Other topic")


def certificate_path(instance, filename):
    # Under documents/, which nginx never serves from the media (deploy/nginx/portal.conf):
    # a certificate names a person, so only the app hands it out, to those allowed to see it.
    extension = PurePath(filename).suffix.lower()
    return f"documents/training-certificates/{uuid.uuid4().hex}{extension}"


def certificate_field():
    return models.FileField(
        _("certificate"),
        upload_to=certificate_path,
        blank=True,
        max_length=255,
        validators=[FileExtensionValidator(CERTIFICATE_EXTENSIONS)],
        help_text=_("A PDF, JPEG or PNG file."),
    )


class Training(ClusterableModel):
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"), max_digits=5, decimal_places=1, validators=[MinValueValidator(Decimal("0.5"))]
    )
    topics = models.JSONField(_("topics"), default=list)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    certificate = certificate_field()
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
        ordering = ["-date", "title"]

    def __str__(self):
        return self.title

    @property
    def topic_labels(self):
        known = [topic for topic in self.topics if topic in TrainingTopic.values]
        return [str(TrainingTopic(topic).label) for topic in known]


class TrainingAttendance(models.Model):
    """One staff member at one training."""

    training = ParentalKey(
        Training, verbose_name=_("training"), on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendee"),
        on_delete=models.CASCADE,
        related_name="training_attendances",
        # Staff only: whoever holds a role in a unit or in the network.
        limit_choices_to={"is_active": True, "groups__unit_role__isnull": False},
    )
    certificate = certificate_field()

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["training", "user"], name="one_attendance_per_person")
        ]

    def __str__(self):
        return f"{self.training} – {self.user}"
