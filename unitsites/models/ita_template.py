"""The MOPH ITA assessment template as data (REQUIREMENTS section 0, C-27): per Buddhist Era
fiscal year, the MOIT items and their sub-items, the unit kinds each applies to and the evidence
each wants. The wording changes every year, so each year has its own copy, edited by moderators."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import UnitKind


class EvidenceKind(models.TextChoices):
    MEMO = "memo", _("Memo signed by the executive")
    ORDER = "order", _("Order or announcement")
    DOCUMENT = "document", _("Document")
    REPORT = "report", _("Report")
    FORM = "form", _("Request-to-publish form")
    WEB_PAGE = "web_page", _("Page on the website")
    MONTHLY_SERIES = "monthly_series", _("Monthly series")
    PHOTOS = "photos", _("Photographs")
    INFOGRAPHIC = "infographic", _("Infographic")
    CIRCULAR = "circular", _("Circular letter")
    PRINTOUT = "printout", _("Printout from a central system")
    LINK_IN_MITAS = "link_in_mitas", _("Link entered in MITAS")


class Round(models.TextChoices):
    CURRENT_FY = "current_fy", _("This fiscal year")
    PREVIOUS_FY = "previous_fy", _("The previous fiscal year")
    Q1 = "Q1", _("Quarter 1 (October–December)")
    Q2 = "Q2", _("Quarter 2 (January–March)")
    Q3 = "Q3", _("Quarter 3 (April–June)")
    Q4 = "Q4", _("Quarter 4 (July–September)")
    SIX_MONTHS = "6m", _("6-month round")
    TWELVE_MONTHS = "12m", _("12-month round")
    EVENT = "event", _("A dated event")
    UNSPECIFIED = "unspecified", _("Not stated")


class ItaTemplate(models.Model):
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        unique=True,
        help_text=_(
            "The Buddhist Era fiscal year, e.g. 2569 for 1 October 2568 to 30 September 2569."
        ),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)

    class Meta:
        ordering = ["-fiscal_year"]
        verbose_name = _("ITA template")
        verbose_name_plural = _("ITA templates")

    def __str__(self):
        return _("ITA template, fiscal year %(year)s") % {"year": self.fiscal_year}


class ItaItem(models.Model):
    template = models.ForeignKey(
        ItaTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="items"
    )
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("1 for MOIT1."))
    code = models.CharField(_("code"), max_length=16)
    indicator = models.PositiveSmallIntegerField(_("indicator"), null=True, blank=True)
    title_th = models.TextField(_("Thai title"))

    class Meta:
        ordering = ["template", "number"]
        verbose_name = _("ITA item")
        verbose_name_plural = _("ITA items")
        constraints = [
            models.UniqueConstraint(fields=["template", "code"], name="one_ita_item_per_code")
        ]

    def __str__(self):
        return f"{self.code} ({self.template.fiscal_year})"


class ItaSubitem(models.Model):
    """One slot of the evidence page; a heading groups the slots below it and wants nothing."""

    item = models.ForeignKey(
        ItaItem, verbose_name=_("item"), on_delete=models.CASCADE, related_name="subitems"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    code = models.CharField(_("code"), max_length=24)
    ref = models.CharField(_("number in the criteria"), max_length=16, blank=True)
    title_th = models.TextField(_("Thai title"))
    heading = models.BooleanField(
        _("heading"), default=False, help_text=_("A group line that wants no evidence itself.")
    )
    evidence_kind = models.CharField(
        _("evidence wanted"), max_length=16, choices=EvidenceKind.choices
    )
    evidence_detail = models.TextField(_("evidence details"), blank=True)
    round = models.CharField(
        _("round"), max_length=16, choices=Round.choices, default=Round.UNSPECIFIED
    )
    timing_note = models.TextField(_("timing note"), blank=True)
    month = models.DateField(_("month (monthly series)"), null=True, blank=True)
    period_start = models.DateField(_("period from"), null=True, blank=True)
    period_end = models.DateField(_("period to"), null=True, blank=True)
    due = models.DateField(_("due date"), null=True, blank=True)
    unit_kinds = models.JSONField(
        _("unit kinds"), default=list, help_text=_("The kinds of unit this sub-item applies to.")
    )
    uncertain = models.BooleanField(
        _("uncertain"), default=False, help_text=_("The wording or timing rests on one source.")
    )
    uncertain_reason = models.TextField(_("why uncertain"), blank=True)

    class Meta:
        ordering = ["item__number", "position"]
        verbose_name = _("ITA sub-item")
        verbose_name_plural = _("ITA sub-items")
        constraints = [
            models.UniqueConstraint(fields=["item", "code"], name="one_ita_subitem_per_code")
        ]

    def __str__(self):
        return f"{self.code} ({self.item.template.fiscal_year})"

    def applies_to(self, kind):
        return kind in self.unit_kinds

    def unit_kind_labels(self):
        return [UnitKind(kind).label for kind in self.unit_kinds if kind in UnitKind.values]
