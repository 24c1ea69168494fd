"""The admin pages where a unit's editors and approvers (and the moderators) read the answers of
their unit's satisfaction survey and download them as CSV (issue #7 item 6, P-07); each listing
and download is written to the audit log against the unit.

Access follows Wagtail page permissions: whoever may edit or publish a unit's pages may read its
answers; nobody else, the central administrators included.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import units_in_care_of
from network.models import Unit
from unitsites import thaidates
from unitsites.models import SurveyResponse
from unitsites.personal_data_log import log_access
from unitsites.statistics.figures import FiscalYear
from web.spreadsheets import csv_response

CSV_COLUMNS = ("submitted_at", "rating", "comment", "language")
PER_PAGE = 50


class FiscalYearForm(forms.Form):
    fiscal_year = forms.TypedChoiceField(label=_("Fiscal year"), coerce=int, required=False)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fiscal_year"].choices = [(year, year) for year in years]


class UnitSurveyMixin:
    """The unit named in the URL, when the user may read its answers, and the fiscal year."""

    def dispatch(self, request, *args, **kwargs):
        self.unit = get_object_or_404(Unit, pk=kwargs["unit_id"], site__isnull=False)
        if not units_in_care_of(request.user).filter(pk=self.unit.pk).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def answers(self):
        return SurveyResponse.objects.filter(site_id=self.unit.site_id).select_related(
            "page__locale"
        )

    @cached_property
    def years(self):
        current = thaidates.fiscal_year(timezone.now())
        first = self.answers.order_by("submitted_at").values_list("submitted_at", flat=True)
        oldest = thaidates.fiscal_year(first[0]) if first else current
        return list(range(current, oldest - 1, -1))

    @cached_property
    def year_form(self):
        form = FiscalYearForm(self.request.GET or None, years=self.years)
        form.is_valid()
        return form

    @cached_property
    def fiscal_year(self):
        chosen = getattr(self.year_form, "cleaned_data", {}).get("fiscal_year")
        return FiscalYear.numbered(chosen or self.years[0])

    def answers_of_year(self):
        start, end = self.fiscal_year.moments()
        return self.answers.filter(submitted_at__gte=start, submitted_at__lt=end)


class SurveyUnitsView(WagtailAdminTemplateMixin, TemplateView):
    """The units whose answers the user may read; straight to the answers when only one."""

    template_name = "unitsites/admin/survey_units.html"
    page_title = _("Satisfaction survey")
    header_icon = "form"

    def get(self, request, *args, **kwargs):
        units = list(units_in_care_of(request.user))
        if not units:
            raise PermissionDenied
        if len(units) == 1:
            return redirect("unitsites_survey_responses", unit_id=units[0].pk)
        return self.render_to_response(self.get_context_data(units=units))


class SurveyResponsesView(UnitSurveyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "unitsites/admin/survey_responses.html"
    header_icon = "form"

    def get_page_title(self):
        return _("Satisfaction survey")

    def get_page_subtitle(self):
        return self.unit.name_th

    def get_context_data(self, **kwargs):
        answers = Paginator(self.answers_of_year(), PER_PAGE).get_page(self.request.GET.get("p"))
        log_access(self.request.user, self.unit, len(answers))
        return super().get_context_data(
            unit=self.unit,
            year_form=self.year_form,
            fiscal_year=self.fiscal_year,
            answers=answers,
            **kwargs,
        )


class SurveyExportView(UnitSurveyMixin, TemplateView):
    def get(self, request, *args, **kwargs):
        answers = self.answers_of_year().order_by("submitted_at")
        log_access(request.user, self.unit, len(answers), "csv")
        rows = (
            [
                timezone.localtime(answer.submitted_at).isoformat(timespec="seconds"),
                answer.rating,
                answer.comment,
                answer.page.locale.language_code,
            ]
            for answer in answers
        )
        filename = f"survey-{self.unit.code}-{self.fiscal_year.number}.csv"
        return csv_response(filename, CSV_COLUMNS, rows)
