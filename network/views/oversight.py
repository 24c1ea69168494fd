"""The provincial dashboard (every unit by every check) and each unit's own panel on the admin
home (DESIGN.md, Oversight)."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import oversees_network, units_run_by
from network.models import Unit, UnitKind
from network.oversight.checks import CHECKS
from network.oversight.evaluators import overdue_for_review
from network.oversight.export import grid_rows, header
from network.oversight.onboarding import checklists
from network.oversight.report import PEOPLE_CHECK, Status, compliance_reports, fix_url_for
from web.spreadsheets import csv_response, xlsx_response

EXPIRING_DAYS = 14  # the unit panel lists pages ending within this many days


class ComplianceDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/compliance_dashboard.html"
    page_title = _("Compliance of unit sites")
    header_icon = "tasks"
    sort_choices = {"code": _("Unit code"), "score": _("Score, lowest first")}

    def dispatch(self, request, *args, **kwargs):
        if not oversees_network(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def units(self):
        units = Unit.objects.filter(is_active=True)
        if district := self.request.GET.get("district"):
            units = units.filter(district=district)
        if kind := self.request.GET.get("kind"):
            units = units.filter(kind=kind)
        return units

    def reports(self):
        reports = compliance_reports(self.units())
        if self.request.GET.get("sort") == "score":
            reports.sort(key=lambda report: (report.score, report.unit.code))
        return reports

    def get(self, request, *args, **kwargs):
        reports = self.reports()
        export = request.GET.get("export")
        if export == "csv":
            return csv_response("compliance.csv", header(), grid_rows(reports))
        if export == "xlsx":
            return xlsx_response("compliance.xlsx", "compliance", header(), grid_rows(reports))
        return self.render_to_response(self.get_context_data(reports=reports))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("export", None)
        context.update(
            checks=CHECKS,
            rows=[
                (report, [report.results_by_check.get(check.id) for check in CHECKS])
                for report in kwargs["reports"]
            ],
            districts=Unit.objects.filter(is_active=True)
            .exclude(district="")
            .values_list("district", flat=True)
            .distinct()
            .order_by("district"),
            kinds=UnitKind.choices,
            sort_choices=self.sort_choices.items(),
            selected=self.request.GET,
            query=query.urlencode(),
        )
        return context


class UnitOversightPanel(Component):
    """Admin home of a unit's editors and approvers: their checks, what ends soon, what awaits
    approval and what is overdue for review, for their own units only."""

    name = "unit_oversight"
    template_name = "network/panels/unit_oversight.html"
    order = 90

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        soon = now + timedelta(days=EXPIRING_DAYS)
        context["units"] = [
            {
                "report": report,
                "problems": [
                    (result, fix_url_for(result, self.user))
                    for result in report.results
                    if result.status != Status.PASS
                ],
                "expiring": sorted(
                    (
                        row
                        for row in report.facts.content
                        if row.expire_at and now < row.expire_at <= soon
                    ),
                    key=lambda row: row.expire_at,
                ),
                "pending": sorted(report.facts.pending, key=lambda item: item[2]),
                "overdue": overdue_for_review(report.facts, now),
            }
            for report in compliance_reports(units_run_by(self.user), now)
        ]
        return context


class OnboardingPanel(Component):
    """Admin home of a new unit's editors and approvers: the first steps still to take, ticked
    as they are met; gone once all are."""

    name = "unit_onboarding"
    template_name = "network/panels/onboarding.html"
    order = 80  # above the unit's compliance panel

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "checklists": checklists(units_run_by(self.user), self.user),
            "people_check": PEOPLE_CHECK,
        }
