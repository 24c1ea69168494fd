from django.core.management import call_command
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter

from network.accounts import is_central_admin
from network.isolation import scope_pages, sees_whole_network
from network.models import StaffProfile
from network.oversight.review import send_review_digests
from network.publication.expiry import send_expiry_reminders
from network.publication.forms import StaffProfileForm
from network.publication.urgent import (
    VERBAL_APPROVAL,
    VERBAL_APPROVAL_CONFIRMED,
    can_publish_urgently,
)
from network.traffic import purge_traffic_log, seal_traffic_log
from network.twofactor import confirmed_devices
from network.users import BELOW_MINIMUM
from network.views import publication
from network.views.oversight import ComplianceDashboardView, UnitOversightPanel, oversees_network
from network.views.traffic import TrafficExportView
from network.views.units import unit_viewset


@hooks.register("register_admin_viewset")
def register_unit_viewset():
    return unit_viewset


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_own_unit(pages, request):
    return scope_pages(pages, request.user)


@hooks.register("construct_reports_menu")
def hide_network_wide_reports(request, menu_items):
    """Page types usage is closed to unit staff (network.isolation.NetworkPageTypesUsageView)."""
    if not sees_whole_network(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


@hooks.register("register_admin_urls")
def register_publication_urls():
    return [
        path(
            "network/pages/<int:page_id>/publish-now/",
            publication.UrgentPublishView.as_view(),
            name="network_urgent_publish",
        ),
        path(
            "network/verbal-approvals/<int:pk>/confirm/",
            publication.confirm_verbal_approval_view,
            name="network_confirm_verbal_approval",
        ),
        path(
            "network/pages/<int:page_id>/publication-record/",
            publication.page_publication_record,
            name="network_page_publication_record",
        ),
        path(
            "network/publication-records/<int:pk>/",
            publication.publication_record,
            name="network_publication_record",
        ),
    ]


class UrgentPublishMenuItem(ActionMenuItem):
    """The page editor's "publish now under a verbal approval" action (seed §2.2)."""

    name = "action-urgent-publish"
    label = _("Publish now (verbal approval)")
    icon_name = "warning"

    def is_shown(self, context):
        return (
            context["view"] == "edit"
            and not context["locked_for_user"]
            and can_publish_urgently(context["request"].user, context["page"])
        )

    def get_url(self, context):
        return reverse("network_urgent_publish", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_urgent_publish_menu_item():
    return UrgentPublishMenuItem(order=70)


class PublicationRecordButton(PageMenuItem):
    label = _("Request-to-publish form")
    icon_name = "doc-full"
    url_name = "network_page_publication_record"

    def is_shown(self, user):
        return hasattr(self.page.specific_class, "publication_request_errors") and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def page_header_record_button(page, user, view_name, next_url=None):
    yield PublicationRecordButton(page=page, priority=66)


@hooks.register("register_page_listing_more_buttons")
def page_listing_record_button(page, user, next_url=None):
    yield PublicationRecordButton(page=page, priority=55)


@hooks.register("construct_homepage_panels")
def add_unconfirmed_verbal_approvals_panel(request, panels):
    panels.append(publication.UnconfirmedVerbalApprovalsPanel(request.user))


class StaffProfileSettingsPanel(BaseSettingsPanel):
    """Account settings: the name and position printed on publication records."""

    name = "staff_profile"
    title = _("Name and position on official forms")
    order = 150
    form_class = StaffProfileForm

    def get_form(self):
        profile = StaffProfile.objects.filter(user=self.user).first()
        instance = profile or StaffProfile(user=self.user)
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)


@hooks.register("register_account_settings_panel")
def register_staff_profile_panel(request, user, profile):
    return StaffProfileSettingsPanel(request, user, profile)


@hooks.register("register_log_actions")
def register_publication_log_actions(actions):
    @actions.register_action(VERBAL_APPROVAL)
    class VerbalApprovalFormatter(LogFormatter):
        label = _("Publish under a verbal approval")

        def format_message(self, log_entry):
            approver = log_entry.data.get("approver", {})
            return _("Published at once under a verbal approval by %(name)s (%(position)s)") % {
                "name": approver.get("name", ""),
                "position": approver.get("position", ""),
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")

    @actions.register_action(VERBAL_APPROVAL_CONFIRMED)
    class VerbalApprovalConfirmedFormatter(LogFormatter):
        label = _("Confirm a verbal approval")

        def format_message(self, log_entry):
            approver = log_entry.data.get("approver", {})
            return _("Verbal approval by %(name)s confirmed in the system") % {
                "name": approver.get("name", "")
            }

    @actions.register_action(BELOW_MINIMUM)
    class BelowMinimumFormatter(LogFormatter):
        label = _("Leave a unit short of site administrators")

        def format_message(self, log_entry):
            return _("Saved although %(units)s now has fewer than two site administrators") % {
                "units": ", ".join(log_entry.data.get("units", []))
            }


@hooks.register("register_scheduler_job", order=-10)
def publish_scheduled_pages(now):
    """Wagtail's publish_scheduled: go-live and expiry (W-07)."""
    call_command("publish_scheduled")


@hooks.register("register_scheduler_job")
def expiry_reminders(now):
    return send_expiry_reminders(now)


@hooks.register("register_scheduler_job")
def seal_and_purge_traffic_log(now):
    """Chain the new traffic records, then drop those past retention (S-02, S-03)."""
    sealed = seal_traffic_log()
    purged = purge_traffic_log(now)
    return f"traffic log: {sealed} sealed, {purged} purged"


@hooks.register("register_admin_urls")
def register_security_urls():
    return [
        path("two-factor/", include("network.twofactor.urls")),
        path("traffic/", TrafficExportView.as_view(), name="network_traffic_export"),
    ]


class CentralAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_central_admin(request.user)


@hooks.register("register_settings_menu_item")
def register_traffic_menu_item():
    return CentralAdminMenuItem(
        _("Traffic log"), reverse("network_traffic_export"), icon_name="download", order=900
    )


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    if confirmed_devices(request.user).exists():
        return None
    return {
        "url": reverse("network_twofactor_setup"),
        "label": _("Set up two-step verification"),
        "help_text": _("Ask for a code from your phone each time you sign in."),
    }


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
        )
    ]


class OversightMenuItem(MenuItem):
    def is_shown(self, request):
        return oversees_network(request.user)


@hooks.register("register_admin_menu_item")
def register_compliance_menu_item():
    return OversightMenuItem(
        _("Compliance"), reverse("network_compliance_dashboard"), icon_name="tasks", order=250
    )


@hooks.register("construct_homepage_panels")
def add_unit_oversight_panel(request, panels):
    panels.append(UnitOversightPanel(request.user))
