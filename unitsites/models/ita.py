from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail.url_routing import RouteResult

from unitsites import ita_sheet, thaidates
from unitsites.blocks import TransparencyEvidenceBlock
from unitsites.references import UnitPageForm
from unitsites.view_restrictions import public

from .base import UnitPage
from .ita_template import ItaTemplate
from .publication import PublicationRequestMixin
from .section import SectionPage


class TransparencySection(SectionPage):
    """Transparency (ITA): ศูนย์รวมหลักฐานการประเมินคุณธรรมและความโปร่งใส."""

    subpage_types = ["unitsites.TransparencyYearPage", "unitsites.ContentPage"]

    class Meta:
        verbose_name = _("Transparency (ITA) section")
        verbose_name_plural = _("Transparency (ITA) sections")

    # Its own addresses are only those no live child page has (unitsites.routing).
    routes_unclaimed_addresses_only = True

    def route(self, request, path_components):
        # A year with a template is public here even before (or without) its own year page.
        if len(path_components) == 1 and path_components[0].isdigit():
            year = int(path_components[0])
            has_page = self.get_children().live().filter(slug=path_components[0]).exists()
            if not has_page and ItaTemplate.objects.filter(fiscal_year=year).exists():
                return RouteResult(self, kwargs={"fiscal_year": year})
        return super().route(request, path_components)

    def serve(self, request, *args, fiscal_year=None, **kwargs):
        if fiscal_year is None:
            return super().serve(request, *args, **kwargs)
        context = self.get_context(request, *args, **kwargs)
        context.update(year_context(self, request, fiscal_year))
        return TemplateResponse(request, "unitsites/transparency_year_page.html", context)

    def get_context(self, request, *args, **kwargs):
        """Every fiscal year, from its year page or else from its template, newest first."""
        context = super().get_context(request, *args, **kwargs)
        items = list(context["items"])
        years = {
            page.fiscal_year: (page.get_url(request), page.title)
            for page in items
            if isinstance(page, TransparencyYearPage)
        }
        base = self.get_url(request)
        for year in ita_sheet.template_years():
            years.setdefault(year, (f"{base}{year}/", ita_year_title(year)))
        context["years"] = [(year, *years[year]) for year in sorted(years, reverse=True)]
        context["other_items"] = [p for p in items if not isinstance(p, TransparencyYearPage)]
        return context

    def listed_items(self, request):
        """Fiscal years newest first, then any other pages."""
        return (
            public(self.get_children().live())
            .specific()
            .order_by(
                F("transparencyyearpage__fiscal_year").desc(nulls_last=True),
                "-first_published_at",
            )
        )


def ita_year_title(year):
    return _("Integrity and Transparency Assessment (ITA), fiscal year %(year)s B.E.") % {
        "year": year
    }


FISCAL_YEAR_TAKEN = _("This fiscal year already has its page in this section.")


def fiscal_year_taken(parent, fiscal_year, page=None):
    pages = TransparencyYearPage.objects.child_of(parent).filter(fiscal_year=fiscal_year)
    return pages.exclude(pk=page.pk).exists() if page and page.pk else pages.exists()


class TransparencyYearPageForm(UnitPageForm):
    """Refuses a second page for the same year in the form, before the slug (the year) clashes."""

    def clean(self):
        cleaned_data = super().clean()
        year = cleaned_data.get("fiscal_year")
        if year and fiscal_year_taken(self.parent_page, year, self.instance):
            self.add_error("fiscal_year", FISCAL_YEAR_TAKEN)
        return cleaned_data


class TransparencyYearPage(PublicationRequestMixin, UnitPage):
    """The ITA evidence of one fiscal year (REQUIREMENTS C-27), at ita/<year>, e.g. ita/2569:
    every MOIT item with links to the pages and documents that answer it. Past years stay
    public, because assessors check the previous year's reports (W-08)."""

    review_interval_days = 365

    evidence_item = True

    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        validators=[MinValueValidator(2550), MaxValueValidator(2700)],
        help_text=_(
            "The Buddhist Era fiscal year, e.g. 2569 for 1 October 2568 to 30 September 2569. "
            "It is also the page's address: ita/2569."
        ),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short text shown above the items."),
    )
    body = StreamField(
        TransparencyEvidenceBlock(),
        verbose_name=_("items and evidence"),
        blank=True,
        help_text=_("One entry per MOIT item, with links to its evidence."),
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("body"),
        index.FilterField("fiscal_year"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [FieldPanel("fiscal_year"), FieldPanel("intro"), FieldPanel("body")]
        + PublicationRequestMixin.publication_request_panels
    )
    base_form_class = TransparencyYearPageForm
    parent_page_types = ["unitsites.TransparencySection"]
    subpage_types = []

    class Meta:
        verbose_name = _("ITA fiscal year page")
        verbose_name_plural = _("ITA fiscal year pages")

    def full_clean(self, *args, **kwargs):
        # The year is the address (DESIGN.md: ita/2569), whatever the slug field says.
        if self.fiscal_year:
            self.slug = str(self.fiscal_year)
        super().full_clean(*args, **kwargs)

    def clean(self):
        # Pages made in code are checked here; the admin form checks before the page has a path.
        if (
            self.path
            and self.fiscal_year
            and fiscal_year_taken(self.get_parent(), self.fiscal_year, self)
        ):
            raise ValidationError({"fiscal_year": FISCAL_YEAR_TAKEN})
        super().clean()

    @property
    def period(self):
        """(first day, last day) of the fiscal year."""
        return thaidates.fiscal_year_bounds(self.fiscal_year)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(year_context(self, request, self.fiscal_year))
        return context


def year_context(page, request, fiscal_year):
    """What the year's evidence page shows: its period and the template's slots for the unit."""
    unit = page.unit
    staff = unit is not None and ita_sheet.is_unit_staff(request.user, unit)
    return {
        "fiscal_year": fiscal_year,
        "year_title": ita_year_title(fiscal_year),
        "period": thaidates.fiscal_year_bounds(fiscal_year),
        "sheet": ita_sheet.sheet(unit, fiscal_year, request, staff, page.locale) if unit else [],
        "sees_gaps": staff,
        "ita_unit": unit,
    }
