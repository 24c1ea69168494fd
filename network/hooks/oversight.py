"""Hooks of oversight: the compliance dashboard, the yearly monitoring report, the onboarding
checklist and the unit panel on the admin home page, and the weekly review digest."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from network.access import oversees_network, units_reported_to
from network.oversight.review import send_review_digests
from network.views.monitoring import MonitoringReportView
from network.views.oversight import ComplianceDashboardView, OnboardingPanel, UnitOversightPanel


@hooks.register("register_scheduler_job")
def review_digests(now):
    """The weekly digest of pages overdue for review (seed §3)."""
    return f"review digests: {send_review_digests(now)} sent"


@hooks.register("register_admin_urls")
def register_oversight_urls():
    return [
        path(
            "network/compliance/",
            ComplianceDashboardView.as_view(),
            name="network_compliance_dashboard",
        ),
        path(
            "network/monitoring-report/",
            MonitoringReportView.as_view(),
            name="network_monitoring_report",
        ),
    ]


class OversightMenuItem(MenuItem):
    def is_shown(self, request):
        return oversees_network(request.user)


@hooks.register("register_admin_menu_item")
def register_compliance_menu_item():
    return OversightMenuItem(
        _("Compliance"), reverse("network_compliance_dashboard"), icon_name="tasks", order=250
    )


class MonitoringReportMenuItem(MenuItem):
    def is_shown(self, request):
        return units_reported_to(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_monitoring_report_menu_item():
    return MonitoringReportMenuItem(
        _("Yearly monitoring report"),
        reverse("network_monitoring_report"),
        icon_name="list-ul",
        order=255,
    )


@hooks.register("construct_homepage_panels")
def add_onboarding_panel(request, panels):
    panels.append(OnboardingPanel(request.user))


@hooks.register("construct_homepage_panels")
def add_unit_oversight_panel(request, panels):
    panels.append(UnitOversightPanel(request.user))
