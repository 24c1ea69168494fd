"""Citizen's manual (category 7): each service the unit gives, its steps and the time each takes,
the total, fees, documents and forms (the office's rule §1 category 7; REQUIREMENTS C-15)."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from unitsites.blocks import DocumentItemBlock
from unitsites.view_restrictions import public

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class DurationUnit(models.TextChoices):
    """Largest first: the order in which a total is written."""

    WORKING_DAYS = "working-days", _("working days")
    DAYS = "days", _("days")
    HOURS = "hours", _("hours")
    MINUTES = "minutes", _("minutes")


def duration_text(amount, unit):
    """'3 working days', '1 hour', in the active language."""
    texts = {
        DurationUnit.WORKING_DAYS: ngettext("%d working day", "%d working days", amount),
        DurationUnit.DAYS: ngettext("%d day", "%d days", amount),
        DurationUnit.HOURS: ngettext("%d hour", "%d hours", amount),
        DurationUnit.MINUTES: ngettext("%d minute", "%d minutes", amount),
    }
    return texts[DurationUnit(unit)] % amount


def total_duration(steps):
    """[(unit, amount)] summed per unit, largest unit first.

    Units are never converted into one another: a working day is not a fixed number of hours,
    and days and working days differ by weekends and holidays, so "2 working days 45 minutes"
    is the honest total.
    """
    totals = dict.fromkeys(DurationUnit, 0)
    for step in steps:
        totals[DurationUnit(step.duration_unit)] += step.duration
    return [(unit, amount) for unit, amount in totals.items() if amount]


def total_duration_text(steps):
    return " ".join(duration_text(amount, unit) for unit, amount in total_duration(steps))


class CitizenGuideSection(SectionPage):
    """Citizen's manual: คู่มือสำหรับประชาชน."""

    subpage_types = ["unitsites.ServiceGuidePage"]

    class Meta:
        verbose_name = _("Citizen's manual section")
        verbose_name_plural = _("Citizen's manual sections")

    def listed_items(self, request):
        return (
            public(ServiceGuidePage.objects.child_of(self).live())
            .prefetch_related("steps")
            .order_by("title")
        )


class ServiceGuidePage(PublicationRequestMixin, UnitPage):
    """One service for the public: who may apply, where and when, what it costs, the steps and
    the time each takes, the documents to bring, the forms, and where to complain."""

    review_interval_days = 365

    summary = models.TextField(
        _("what the service is"), blank=True, help_text=_("One or two sentences for the list.")
    )
    legal_basis = models.TextField(
        _("legal basis"),
        blank=True,
        help_text=_("The law that gives the power or sets the time limit, if any."),
    )
    eligibility = RichTextField(
        _("who may apply"),
        features=TEXT_FEATURES,
        help_text=_("Who can use the service and on what conditions."),
    )
    service_location = models.TextField(
        _("where to apply"), help_text=_("The building, room or counter, or the web address.")
    )
    service_hours = models.TextField(
        _("service hours"), help_text=_("e.g. วันจันทร์–วันศุกร์ 08.30–16.30 น.")
    )
    fees = models.TextField(
        _("fees"), help_text=_("The amount and how to pay, or say that there is no fee.")
    )
    documents_required = RichTextField(
        _("documents to bring"),
        features=TEXT_FEATURES,
        help_text=_("Each document with the number of originals and copies."),
    )
    forms = StreamField(
        [("form", DocumentItemBlock())],
        verbose_name=_("forms to download"),
        blank=True,
        help_text=_("The application forms and any guide a citizen may print."),
    )
    complaints = RichTextField(
        _("where to complain"),
        features=TEXT_FEATURES,
        help_text=_(
            "Where and how to complain if the service is late or wrong: address, phone, web."
        ),
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("eligibility"),
        index.SearchField("documents_required"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldPanel("summary"),
            FieldPanel("legal_basis"),
            FieldPanel("eligibility"),
            MultiFieldPanel(
                [
                    FieldPanel("service_location"),
                    FieldRowPanel([FieldPanel("service_hours"), FieldPanel("fees")]),
                ],
                heading=_("Where, when and how much"),
            ),
            InlinePanel("steps", min_num=1, label=_("Steps")),
            FieldPanel("documents_required"),
            FieldPanel("forms"),
            FieldPanel("complaints"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.CitizenGuideSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("service guide")
        verbose_name_plural = _("service guides")

    def total_duration_text(self):
        """The total time of all steps, e.g. '3 working days 45 minutes'."""
        return total_duration_text(self.steps.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = steps = list(self.steps.all())
        context["total_time"] = total_duration_text(steps)
        return context


class ServiceStep(Orderable):
    """One step of a service, with the time it takes (the office's rule §1 category 7)."""

    page = ParentalKey(ServiceGuidePage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("step"), max_length=255)
    description = models.TextField(_("what happens"), blank=True)
    responsible = models.CharField(
        _("responsible"),
        max_length=255,
        blank=True,
        help_text=_("The group or counter that does this step."),
    )
    duration = models.PositiveIntegerField(_("time taken"), validators=[MinValueValidator(1)])
    duration_unit = models.CharField(
        _("unit of time"),
        max_length=16,
        choices=DurationUnit.choices,
        default=DurationUnit.MINUTES,
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("responsible"), FieldPanel("duration"), FieldPanel("duration_unit")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")

    def duration_text(self):
        return duration_text(self.duration, self.duration_unit)
