from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from network.accounts import is_central_admin
from network.twofactor import confirmed_devices
from network.views.traffic import TrafficExportView
from network.views.units import unit_viewset


@hooks.register("register_admin_viewset")
def register_unit_viewset():
    return unit_viewset


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
