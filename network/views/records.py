"""The register of a unit's publication records per Thai fiscal year, in the admin: listed, and
downloaded as CSV, XLSX or a printable page (REQUIREMENTS W-03, L-03). Approvers see the units
they approve for, moderators every unit."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import units_reviewed_by
from network.publication.records import (
    CSV_HEADER,
    export_html,
    records_for,
    register_rows,
)
from unitsites.thaidates import fiscal_year
from web.spreadsheets import csv_response, xlsx_response

FIRST_FISCAL_YEAR = 2560  # older than any record the portal can hold


class RegisterForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=None,
        to_field_name="code",
        error_messages={"invalid_choice": _("Choose one of your units.")},
    )
    year = forms.TypedChoiceField(
        label=_("Fiscal year (B.E.)"),
        coerce=int,
        error_messages={"invalid_choice": _("Choose a fiscal year from the list.")},
    )

    def __init__(self, units, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["unit"].label_from_instance = lambda unit: f"{unit.name_th} ({unit.code})"
        current = fiscal_year(timezone.now())
        self.fields["year"].choices = [
            (year, year) for year in range(current, FIRST_FISCAL_YEAR - 1, -1)
        ]


class UnitYearView(WagtailAdminTemplateMixin, TemplateView):
    """An admin screen about one unit and one fiscal year, both chosen in a form, for the units
    `units_for` gives the user; the subclass answers with `respond`."""

    def units_for(self, user):
        raise NotImplementedError

    def respond(self, form, unit, year, export):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        self.units = self.units_for(request.user).order_by("code")
        if not self.units.exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        data = {"unit": self.units.first().code, "year": fiscal_year(timezone.now())}
        data.update(request.GET.dict())
        if not self.units.filter(code=data["unit"]).exists():
            raise PermissionDenied  # another unit's, or no such unit
        form = RegisterForm(self.units, data)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        unit, year = form.cleaned_data["unit"], form.cleaned_data["year"]
        return self.respond(form, unit, year, request.GET.get("export"))


class PublicationRegisterView(UnitYearView):
    template_name = "network/publication_register_admin.html"
    page_title = _("Publication records")
    header_icon = "doc-full"

    def units_for(self, user):
        return units_reviewed_by(user)

    def respond(self, form, unit, year, export):
        records = records_for(unit, year)
        filename = f"publication-records-{unit.code}-{year}"
        if export == "csv":
            return csv_response(f"{filename}.csv", CSV_HEADER, register_rows(records))
        if export == "xlsx":
            return xlsx_response(
                f"{filename}.xlsx", f"ปีงบประมาณ {year}", CSV_HEADER, register_rows(records)
            )
        if export == "print":
            return HttpResponse(export_html(unit, year, records))
        return self.render_to_response(
            self.get_context_data(
                form=form,
                unit=unit,
                year=year,
                records=records,
                query=urlencode({"unit": unit.code, "year": year}),
            )
        )
