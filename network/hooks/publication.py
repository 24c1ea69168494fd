"""Hooks of the publication flow: urgent publishing, request-to-publish records, the
account's name and position, the log entries of verbal approvals and the scheduled jobs."""

from django.core.management import call_command
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.account import BaseSettingsPanel
from wagtail.log_actions import LogFormatter

from network.access import units_reviewed_by
from network.models import StaffProfile, missing_signatory_details
from network.models.approval import carries_publication_request, unit_of_page
from network.publication.admin_api import NetworkPagesAdminAPIViewSet
from network.publication.expiry import send_expiry_reminders
from network.publication.forms import StaffProfileForm
from network.publication.guard import NOT_APPROVED, revoke_unapproved_schedules
from network.publication.urgent import (
    VERBAL_APPROVAL,
    VERBAL_APPROVAL_CONFIRMED,
    can_publish_urgently,
)
from network.views import publication
from network.views.records import PublicationRegisterView


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
        path(
            "network/publication-records/",
            PublicationRegisterView.as_view(),
            name="network_publication_register",
        ),
    ]


class PublicationRegisterMenuItem(MenuItem):
    def is_shown(self, request):
        return units_reviewed_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_publication_register_menu_item():
    return PublicationRegisterMenuItem(
        _("Publication records"),
        reverse("network_publication_register"),
        icon_name="doc-full",
        order=260,
    )


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


@hooks.register("construct_page_action_menu")
def approval_is_the_way_to_publish(menu_items, request, context):
    """Unit pages go live through approval: Wagtail's own Publish item is not offered (the
    guard in network.publication.guard refuses it anyway)."""
    page = context.get("parent_page") if context["view"] == "create" else context.get("page")
    if page is not None and unit_of_page(page) is not None:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("construct_admin_api")
def all_or_nothing_api_publishing(router):
    router.register_endpoint("pages", NetworkPagesAdminAPIViewSet)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(unit_of_page(page) is not None for page in objects):
        messages.error(request, NOT_APPROVED)
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_explore_root")


@hooks.register("before_copy_page")
def refuse_publishing_copies(request, page):
    if request.method == "POST" and request.POST.get("publish_copies") and unit_of_page(page):
        messages.error(
            request,
            _(
                "A copy starts as a draft: untick “Publish copies”, then submit the copy for "
                "approval."
            ),
        )
        return redirect("wagtailadmin_pages:copy", page.pk)


class PublicationRecordButton(PageMenuItem):
    label = _("Request-to-publish form")
    icon_name = "doc-full"
    url_name = "network_page_publication_record"

    def is_shown(self, user):
        return carries_publication_request(self.page.specific_class) and (
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


@hooks.register("construct_homepage_panels")
def add_missing_signatory_details_panel(request, panels):
    if missing := missing_signatory_details(request.user):
        panels.append(publication.MissingSignatoryDetailsPanel(missing))


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


@hooks.register("register_scheduler_job", order=-10)
def publish_scheduled_pages(now):
    """Wagtail's publish_scheduled: go-live and expiry (W-07). A schedule no approval covers
    (one set before the guard existed) is revoked first, so it cannot block the others."""
    revoke_unapproved_schedules(now)
    call_command("publish_scheduled")


@hooks.register("register_scheduler_job")
def expiry_reminders(now):
    return send_expiry_reminders(now)
