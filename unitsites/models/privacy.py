"""What every public form tells people before it collects anything (PDPA s.23; REQUIREMENTS
P-01 to P-06), and the log of the retention purges that later delete or anonymise what it
collected.

A page that collects personal data (an e-service form, the question board, the satisfaction
survey) extends `PrivacyNoticeMixin`: its editors state the purpose, the lawful basis, what is
collected, who receives it and how long it is kept. The controller and the data protection
officer come from the unit and its site settings, so every form of a unit names the same ones.
"""

from datetime import timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class LawfulBasis(models.TextChoices):
    """Why the unit may collect the data (PDPA s.24, s.19). Consent is asked for only when it
    is the basis: complaints and requests are the unit's public task."""

    PUBLIC_TASK = "public_task", _("Public task of the unit (PDPA s.24(4))")
    LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation (PDPA s.24(6))")
    CONSENT = "consent", _("Consent of the person (PDPA s.19)")


MAX_RETENTION_DAYS = 3650


class PrivacyNoticeMixin(models.Model):
    """The privacy notice of a page with a public form, shown above the form."""

    privacy_purpose = models.TextField(
        _("purpose of collection"),
        help_text=_("Why the unit collects these data and what it does with them."),
    )
    lawful_basis = models.CharField(
        _("lawful basis"),
        max_length=20,
        choices=LawfulBasis.choices,
        default=LawfulBasis.PUBLIC_TASK,
        help_text=_(
            "Choose consent only when nothing else applies: the form then shows a separate "
            "box the person must tick, and the time they ticked it is recorded."
        ),
    )
    data_collected = models.TextField(
        _("data collected"),
        blank=True,
        help_text=_(
            "The kinds of personal data the form asks for, and what happens if an optional "
            "item is left out."
        ),
    )
    data_recipients = models.TextField(
        _("recipients"),
        blank=True,
        help_text=_(
            "Who else receives the data, e.g. the provincial complaint centre. Leave empty if "
            "only this unit's officers see them."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("retention period (days)"),
        default=365,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_RETENTION_DAYS)],
        help_text=_(
            "After this many days the scheduler deletes or anonymises what the form collected."
        ),
    )
    offline_channel = models.TextField(
        _("other ways to reach us"),
        blank=True,
        help_text=_(
            "How people who will not use this form can reach the unit (counter, post, "
            "telephone). The contact details of the site settings are always shown too."
        ),
    )

    privacy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("privacy_purpose"),
                FieldPanel("lawful_basis"),
                FieldPanel("data_collected"),
                FieldPanel("data_recipients"),
                FieldPanel("retention_days"),
                FieldPanel("offline_channel"),
            ],
            heading=_("Privacy notice"),
        )
    ]

    class Meta:
        abstract = True

    @classmethod
    def notice_field(cls, name, **options):
        """A copy of one of the notice's fields with other options, for a page whose form has
        its own defaults (StatisticsSection: consent, and a purpose filled in)."""
        field = cls._meta.get_field(name)
        _name, _path, args, kwargs = field.deconstruct()
        return type(field)(*args, **{**kwargs, **options})

    @property
    def requires_consent(self):
        return self.lawful_basis == LawfulBasis.CONSENT

    def retention_cutoff(self, now):
        """Data collected before this moment are past their retention period."""
        return now - timedelta(days=self.retention_days)


class PurgeKind(models.TextChoices):
    """The kinds of personal data a retention purge removes (the values are stored)."""

    ESERVICE_SUBMISSIONS = "e-service submissions", _("e-service submissions")
    QUESTIONS = "questions", _("questions")
    SURVEY_COMMENTS = "satisfaction survey comments", _("satisfaction survey comments")
    TAKEDOWN_REQUESTS = "takedown requests", _("notice-and-takedown requests")


class PersonalDataPurge(models.Model):
    """One retention purge of one kind of personal data on one site (P-06)."""

    ran_at = models.DateTimeField(_("ran at"), db_index=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("data"), max_length=100, choices=PurgeKind.choices)
    cutoff = models.DateTimeField(_("collected before"))
    deleted = models.PositiveIntegerField(_("deleted"), default=0)
    anonymised = models.PositiveIntegerField(_("anonymised"), default=0)

    class Meta:
        verbose_name = _("personal data purge")
        verbose_name_plural = _("personal data purges")
        ordering = ["-ran_at"]

    def __str__(self):
        return f"{self.ran_at:%Y-%m-%d %H:%M} {self.kind}: −{self.deleted} ~{self.anonymised}"
