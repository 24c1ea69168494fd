"""Hooks of notice and takedown: the handling views and their menu item, log entries and the
retention purge."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from network.access import units_reviewed_by
from unitsites.retention import purge
from unitsites.takedown.admin_views import (
    TAKEDOWN_EVIDENCE,
    TAKEDOWN_READ,
    TAKEDOWN_STEP,
    TakedownDetailView,
    TakedownInboxView,
    evidence,
)
from unitsites.takedown.retention import TAKEDOWN_REQUESTS


@hooks.register("register_admin_urls")
def register_takedown_urls():
    return [
        path("takedown/", TakedownInboxView.as_view(), name="takedown_requests"),
        path("takedown/<int:pk>/", TakedownDetailView.as_view(), name="takedown_request"),
        path("takedown/<int:pk>/evidence/", evidence, name="takedown_evidence"),
    ]


class TakedownMenuItem(MenuItem):
    def is_shown(self, request):
        return units_reviewed_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_takedown_menu_item():
    return TakedownMenuItem(
        _("Notice-and-takedown requests"),
        reverse("takedown_requests"),
        name="takedown-requests",
        icon_name="warning",
        order=720,
    )


@hooks.register("register_log_actions")
def register_takedown_log_actions(actions):
    actions.register_action(
        TAKEDOWN_READ, _("Read a notice-and-takedown request"), _("Read the request")
    )
    actions.register_action(
        TAKEDOWN_STEP,
        _("Handle a notice-and-takedown request"),
        _("Recorded the next step of the request"),
    )
    actions.register_action(
        TAKEDOWN_EVIDENCE,
        _("Download the evidence of a notice-and-takedown request"),
        _("Downloaded the evidence"),
    )


@hooks.register("register_scheduler_job")
def purge_takedown_requests(now):
    """Anonymise decided notice-and-takedown requests past their page's retention period (P-06)."""
    return purge(TAKEDOWN_REQUESTS, now)
