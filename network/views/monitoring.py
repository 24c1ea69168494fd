"""The yearly monitoring report of a unit's website in the admin (MOIT 1, REQUIREMENTS W-12):
shown, printed in Thai for the head of the unit to sign, and downloaded as CSV or XLSX. A unit's
editors and approvers read their own unit's, moderators and central administrators any unit's."""

from django.http import HttpResponse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from network.access import units_reported_to
from network.oversight.monitoring import (
    CSV_HEADER,
    export_html,
    monitoring_report,
    printed_sections,
    report_rows,
)
from network.views.records import UnitYearView
from web.spreadsheets import csv_response, xlsx_response


class MonitoringReportView(UnitYearView):
    template_name = "network/monitoring_report_admin.html"
    page_title = _("Yearly monitoring report")
    header_icon = "list-ul"

    def units_for(self, user):
        return units_reported_to(user)

    def respond(self, form, unit, year, export):
        report = monitoring_report(unit, year)
        filename = f"monitoring-report-{unit.code}-{year}"
        if export == "csv":
            return csv_response(f"{filename}.csv", CSV_HEADER, report_rows(report))
        if export == "xlsx":
            title = f"ปีงบประมาณ {year}"
            return xlsx_response(f"{filename}.xlsx", title, CSV_HEADER, report_rows(report))
        if export == "print":
            return HttpResponse(export_html(report))
        query = urlencode({"unit": unit.code, "year": year})
        return self.render_to_response(
            self.get_context_data(
                form=form, report=report, sections=printed_sections(report), query=query
            )
        )
