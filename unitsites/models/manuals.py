"""Standard operating procedure manuals (category 6): the unit's work procedures, downloadable,
each with its version and the date it takes effect (REQUIREMENTS C-14)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from unitsites.view_restrictions import public

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage


class Mission(models.TextChoices):
    """Assessors ask for manuals of both the core and the support missions (MOIT2 item 13)."""

    CORE = "core", _("Core mission")
    SUPPORT = "support", _("Support mission")


class ManualsSection(SectionPage):
    """Operating manuals: คู่มือการปฏิบัติงาน."""

    subpage_types = ["unitsites.ManualPage"]

    class Meta:
        verbose_name = _("Operating manuals section")
        verbose_name_plural = _("Operating manuals sections")

    def listed_items(self, request):
        return (
            public(ManualPage.objects.child_of(self).live())
            .select_related("document")
            .order_by("mission", "title")
        )


class ManualPage(PublicationRequestMixin, UnitPage):
    """One operating manual: the file to download, its version and when it takes effect."""

    review_interval_days = 365

    mission = models.CharField(
        _("mission"), max_length=16, choices=Mission.choices, default=Mission.CORE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("manual file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The manual itself, usually a PDF."),
    )
    version = models.CharField(
        _("version"), max_length=32, help_text=_("e.g. 2 or ฉบับปรับปรุง 2569.")
    )
    effective_date = models.DateField(_("effective date"))
    responsible = models.CharField(
        _("responsible group"),
        max_length=255,
        blank=True,
        help_text=_("The group or department that owns the procedure."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("What the procedure covers and who follows it.")
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("responsible"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldPanel("document"),
            FieldRowPanel(
                [FieldPanel("version"), FieldPanel("effective_date"), FieldPanel("mission")]
            ),
            FieldPanel("responsible"),
            FieldPanel("summary"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.ManualsSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("operating manual")
        verbose_name_plural = _("operating manuals")
