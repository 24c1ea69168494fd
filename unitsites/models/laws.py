"""Laws and regulations (category 2): every item states where it came from
(the office's rule §1 category 2; REQUIREMENTS C-07)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from unitsites.view_restrictions import public

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage


class LawType(models.TextChoices):
    ACT = "act", _("Act")
    ROYAL_DECREE = "royal-decree", _("Royal decree")
    MINISTERIAL_REGULATION = "ministerial-regulation", _("Ministerial regulation")
    NOTIFICATION = "notification", _("Notification")
    REGULATION = "regulation", _("Regulation")
    STANDARD = "standard", _("Standard")
    MANUAL = "manual", _("Manual")
    GUIDELINE = "guideline", _("Guideline")
    CABINET_RESOLUTION = "cabinet-resolution", _("Cabinet resolution")


class LawsSection(SectionPage):
    """Laws and regulations: กฎหมายและระเบียบที่เกี่ยวข้อง."""

    subpage_types = ["unitsites.LawPage"]

    class Meta:
        verbose_name = _("Laws and regulations section")
        verbose_name_plural = _("Laws and regulations sections")

    def listed_items(self, request):
        """Grouped by type, in the order of the hierarchy of law; newest first within a type."""
        type_order = Case(
            *(When(law_type=value, then=Value(index)) for index, value in enumerate(LawType)),
            output_field=IntegerField(),
        )
        return (
            public(LawPage.objects.child_of(self).live())
            .select_related("document")
            .order_by(type_order, "-issued_on", "title")
        )


class LawPage(PublicationRequestMixin, UnitPage):
    """One law, rule, standard or guideline the unit works under, with its source."""

    review_interval_days = 365

    law_type = models.CharField(_("type"), max_length=32, choices=LawType.choices)
    issued_on = models.DateField(
        _("date issued"), help_text=_("The date it was signed or announced.")
    )
    issuer = models.CharField(
        _("issued by"),
        max_length=255,
        help_text=_("The body that issued it, e.g. กระทรวงสาธารณสุข or คณะรัฐมนตรี."),
    )
    reference = models.CharField(
        _("reference"),
        max_length=255,
        blank=True,
        help_text=_(
            "Where it was published, e.g. ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก, "
            "or the letter number. Give this, a link, or both."
        ),
    )
    source_url = models.URLField(
        _("link to the source"),
        blank=True,
        max_length=500,
        help_text=_("The official publication, e.g. on ratchakitcha.soc.go.th."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The text of the law as a file, if it is not enough to link to it."),
    )
    summary = RichTextField(
        _("summary"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("What it is about and why it matters to the unit's work."),
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("issuer"),
        index.SearchField("reference"),
        index.SearchField("summary"),
        index.FilterField("law_type"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("law_type"), FieldPanel("issued_on")]),
            MultiFieldPanel(
                [FieldPanel("issuer"), FieldPanel("reference"), FieldPanel("source_url")],
                heading=_("Source"),
            ),
            FieldPanel("document"),
            FieldPanel("summary"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.LawsSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("law or regulation")
        verbose_name_plural = _("laws and regulations")

    def clean(self):
        super().clean()
        if not self.reference and not self.source_url:
            message = _("Say where it was published: give a reference, a link, or both.")
            raise ValidationError({"reference": message, "source_url": message})
