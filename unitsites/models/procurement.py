"""Procurement records (REQUIREMENTS C-17, C-30, C-32; MOIT 3-5): the annual procurement plan
with its budget-allocation date, the monthly summaries of results in form สขร.1, the quarterly
plan-result reports (investment and operating budgets) and the analysis of the previous fiscal
year. They are pages under the fixed page public-information/procurement, so they go through the
request-to-publish workflow and the unit's page permissions like every other evidence item;
the สขร.1 rows are inline rows of their month's page."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from unitsites import sorkorror1, thaidates, workingdays
from unitsites.references import UnitPageForm

from .base import StructuralPage, UnitPage
from .ita_template import Round
from .publication import PublicationRequestMixin

PLAN_WORKING_DAYS = 30  # PPA s.11 as MOIT4 reads it: within 30 working days of allocation


def fiscal_year_field():
    return models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        validators=[MinValueValidator(2550), MaxValueValidator(2700)],
        help_text=_(
            "The Buddhist Era fiscal year, e.g. 2569 for 1 October 2568 to 30 September 2569."
        ),
    )


def document_field(verbose_name, help_text, required=True):
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=verbose_name,
        null=not required,
        blank=not required,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=help_text,
    )


class ProcurementRecordPage(PublicationRequestMixin, UnitPage):
    """What every procurement record shares: it is evidence, kept public by fiscal year."""

    review_interval_days = None
    evidence_item = True

    parent_page_types = ["unitsites.ProcurementSection"]
    subpage_types = []

    class Meta:
        abstract = True


class ProcurementPlanPage(ProcurementRecordPage):
    """The annual procurement plan (แผนการจัดซื้อจัดจ้างประจำปี), announced within 30 working
    days of the budget allocation."""

    fiscal_year = fiscal_year_field()
    allocation_date = models.DateField(
        _("budget allocation date"),
        help_text=_("The date of the budget-allocation letter; the 30 working days count from it."),
    )
    announced_on = models.DateField(
        _("announcement date"),
        default=timezone.localdate,
        help_text=_("The date the plan was announced (signed by the head of the unit)."),
    )
    document = document_field(_("plan"), _("The plan itself, usually a PDF."))

    content_panels = (
        UnitPage.content_panels
        + [
            FieldPanel("fiscal_year"),
            FieldRowPanel([FieldPanel("allocation_date"), FieldPanel("announced_on")]),
            FieldPanel("document"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    class Meta:
        verbose_name = _("annual procurement plan")
        verbose_name_plural = _("annual procurement plans")

    @property
    def deadline(self):
        return workingdays.add_working_days(self.allocation_date, PLAN_WORKING_DAYS)

    @property
    def working_days_taken(self):
        return workingdays.working_days_between(self.allocation_date, self.announced_on)

    @property
    def is_late(self):
        return self.announced_on > self.deadline

    def clean(self):
        super().clean()
        if self.allocation_date and self.announced_on and self.announced_on < self.allocation_date:
            raise ValidationError(
                {"announced_on": _("The plan cannot be announced before the budget is allocated.")}
            )


class ProcurementMethod(models.TextChoices):
    E_BIDDING = "e_bidding", _("Open invitation: e-bidding")
    E_MARKET = "e_market", _("Open invitation: e-market")
    SELECTION = "selection", _("Selection")
    SPECIFIC = "specific", _("Specific method")


MONTH_TAKEN = _("This month already has its procurement summary here.")


def month_taken(parent, month, page):
    """Whether another summary under `parent` (one unit, one language) covers `month`."""
    others = ProcurementSummaryPage.objects.child_of(parent).filter(month=month.replace(day=1))
    return others.exclude(pk=page.pk).exists() if page.pk else others.exists()


class ProcurementSummaryPageForm(UnitPageForm):
    """A month either lists its procurements or says there were none. Counted in the form's
    rows: the page's own clean runs before they are applied to it. One summary per month."""

    def clean(self):
        cleaned_data = super().clean()
        month = cleaned_data.get("month")
        if month and month_taken(self.parent_page, month, self.instance):
            self.add_error("month", MONTH_TAKEN)
        return cleaned_data

    def is_valid(self):
        return super().is_valid() and self._rows_or_none()

    def _rows_or_none(self):
        rows = [
            form for form in self.formsets["results"].forms if not form.cleaned_data.get("DELETE")
        ]
        none = self.cleaned_data.get("no_procurement")
        if none and rows:
            error = _("Either list the procurements or tick “no procurement”.")
        elif not none and not rows:
            error = _(
                "Add a row for each procurement, or tick “no procurement” if there was none "
                "this month."
            )
        else:
            return True
        self.add_error("no_procurement", error)
        return False


class ProcurementSummaryPage(RoutablePageMixin, ProcurementRecordPage):
    """The monthly summary of procurement results in form สขร.1 (REQUIREMENTS C-30): one row per
    procurement, or an explicit statement that there was none that month."""

    month = models.DateField(
        _("month"),
        help_text=_("Any day of the month summarised; it is stored as the first of the month."),
    )
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"), editable=False)
    quarter = models.PositiveSmallIntegerField(_("quarter"), editable=False)
    no_procurement = models.BooleanField(
        _("no procurement this month"),
        default=False,
        help_text=_("Tick when the unit bought nothing this month: the form then says so."),
    )
    document = document_field(
        _("signed form"), _("Optional: the signed form, scanned."), required=False
    )

    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("month"), FieldPanel("no_procurement")]),
            InlinePanel("results", label=_("Procurements (one row each)")),
            FieldPanel("document"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    base_form_class = ProcurementSummaryPageForm

    class Meta:
        verbose_name = _("monthly procurement summary (Sor Kor Ror 1)")
        verbose_name_plural = _("monthly procurement summaries (Sor Kor Ror 1)")

    def full_clean(self, *args, **kwargs):
        # The month decides the fiscal year and quarter (1 October boundary, W-14).
        if self.month:
            self.month = self.month.replace(day=1)
            self.fiscal_year = thaidates.fiscal_year(self.month)
            self.quarter = thaidates.fiscal_quarter(self.month)
        super().full_clean(*args, **kwargs)

    def clean(self):
        # Pages made in code are checked here; the admin form checks before the page has a path.
        if self.path and self.month and month_taken(self.get_parent(), self.month, self):
            raise ValidationError({"month": MONTH_TAKEN})
        super().clean()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = self.get_url(request)
        context.update(
            summary=sorkorror1.SummaryForm(self),
            csv_url=base + self.reverse_subpage("csv"),
            xlsx_url=base + self.reverse_subpage("xlsx"),
        )
        return context

    @path("csv/", name="csv")
    def csv(self, request):
        return sorkorror1.SummaryForm(self).csv_response()

    @path("xlsx/", name="xlsx")
    def xlsx(self, request):
        return sorkorror1.SummaryForm(self).xlsx_response()


class ProcurementResult(Orderable):
    """One row of form สขร.1: its nine columns, in the form's order (ลำดับที่ is the row's)."""

    page = ParentalKey(ProcurementSummaryPage, on_delete=models.CASCADE, related_name="results")
    item = models.CharField(_("item procured"), max_length=500)
    budget = models.DecimalField(_("budget"), max_digits=14, decimal_places=2)
    reference_price = models.DecimalField(
        _("reference price"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    method = models.CharField(
        _("procurement method"), max_length=16, choices=ProcurementMethod.choices
    )
    bidders = models.TextField(
        _("bidders and prices offered"),
        help_text=_("One bidder per line with the price offered, e.g. “Company A 45,000.00”."),
    )
    winner = models.CharField(_("selected bidder"), max_length=255)
    agreed_price = models.DecimalField(_("agreed price"), max_digits=14, decimal_places=2)
    reason = models.TextField(
        _("reason for the selection"), help_text=_("In short, e.g. the lowest price.")
    )
    contract_number = models.CharField(_("contract or agreement number"), max_length=100)
    contract_date = models.DateField(_("contract or agreement date"))

    panels = [
        FieldPanel("item"),
        FieldRowPanel([FieldPanel("budget"), FieldPanel("reference_price"), FieldPanel("method")]),
        FieldPanel("bidders"),
        FieldRowPanel([FieldPanel("winner"), FieldPanel("agreed_price")]),
        FieldPanel("reason"),
        FieldRowPanel([FieldPanel("contract_number"), FieldPanel("contract_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("procurement")
        verbose_name_plural = _("procurements")


class ReportKind(models.TextChoices):
    QUARTERLY = "quarterly", _("Quarterly plan-result report")
    ANALYSIS = "analysis", _("Analysis of the fiscal year's procurement")


class ProcurementReportPage(ProcurementRecordPage):
    """A quarterly report of results against the plan, split into investment and operating
    budgets; or the analysis of a whole fiscal year, published in the next one (MOIT3, MOIT4)."""

    kind = models.CharField(_("kind"), max_length=16, choices=ReportKind.choices)
    fiscal_year = fiscal_year_field()
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        null=True,
        blank=True,
        choices=[
            (1, Round.Q1.label),
            (2, Round.Q2.label),
            (3, Round.Q3.label),
            (4, Round.Q4.label),
        ],
        help_text=_("Quarterly reports only."),
    )
    investment_document = document_field(
        _("investment budget report"),
        _("Quarterly reports: the results of the investment budget (งบลงทุน)."),
        required=False,
    )
    operating_document = document_field(
        _("operating budget report"),
        _("Quarterly reports: the results of the operating budget (งบดำเนินงาน)."),
        required=False,
    )
    document = document_field(
        _("report"),
        _("The analysis report; for a quarterly report, an optional summary."),
        required=False,
    )

    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("fiscal_year"), FieldPanel("quarter")]),
            MultiFieldPanel(
                [
                    FieldPanel("investment_document"),
                    FieldPanel("operating_document"),
                    FieldPanel("document"),
                ],
                heading=_("Documents"),
            ),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    class Meta:
        verbose_name = _("procurement report")
        verbose_name_plural = _("procurement reports")

    def clean(self):
        super().clean()
        errors = {}
        if self.kind == ReportKind.QUARTERLY:
            if not self.quarter:
                errors["quarter"] = _("Say which quarter the report covers.")
            for name in ("investment_document", "operating_document"):
                if not getattr(self, f"{name}_id"):
                    errors[name] = _("A quarterly report covers both budgets.")
        elif self.kind == ReportKind.ANALYSIS:
            if self.quarter:
                errors["quarter"] = _("An analysis covers the whole fiscal year.")
            if not self.document_id:
                errors["document"] = _("Attach the analysis report.")
        if errors:
            raise ValidationError(errors)


class ProcurementSection(StructuralPage):
    """Procurement (การจัดซื้อจัดจ้าง): a fixed page under public information listing, per fiscal
    year, the plan, the twelve monthly summaries, the quarterly reports, the analysis of the
    year before and the winner announcements (news of that kind)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short text shown above the records."),
    )

    content_panels = StructuralPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["unitsites.PublicInformationSection"]
    subpage_types = [
        "unitsites.ProcurementPlanPage",
        "unitsites.ProcurementSummaryPage",
        "unitsites.ProcurementReportPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("procurement page")
        verbose_name_plural = _("procurement pages")

    def get_context(self, request, *args, **kwargs):
        from unitsites.procurement_year import year_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(year_overview(self, request))
        return context
