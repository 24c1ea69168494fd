"""Hooks of security: the traffic log (its job, export and menu item) and two-step
verification."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from network.access import is_central_admin
from network.traffic import purge_traffic_log, seal_traffic_log
from network.twofactor import confirmed_devices
from network.twofactor.enrolment import LINK_ISSUED
from network.views.traffic import TrafficExportView


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


@hooks.register("register_settings_menu_item")
def register_enrolment_links_menu_item():
    return CentralAdminMenuItem(
        _("Two-step verification links"),
        reverse("network_twofactor_links"),
        icon_name="key",
        order=910,
    )


@hooks.register("register_log_actions")
def register_two_factor_log_actions(actions):
    @actions.register_action(LINK_ISSUED)
    class LinkIssuedFormatter(LogFormatter):
        label = _("Issue a two-step verification enrolment link")

        def format_message(self, log_entry):
            return _("Issued an enrolment link for this account")


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    if confirmed_devices(request.user).exists():
        return None
    return {
        "url": reverse("network_twofactor_setup"),
        "label": _("Set up two-step verification"),
        "help_text": _("Ask for a code from your phone each time you sign in."),
    }
