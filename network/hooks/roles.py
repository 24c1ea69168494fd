"""Hooks of roles above the unit: their audit log entries (network.role_changes)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from network.role_changes import ROLE_CHANGE_REFUSED, ROLE_CHANGED, describe_logged_change


@hooks.register("register_log_actions")
def register_role_log_actions(actions):
    @actions.register_action(ROLE_CHANGED)
    class RoleChangedFormatter(LogFormatter):
        label = _("Change a role above the unit")

        def format_message(self, log_entry):
            return describe_logged_change(log_entry.data)

    @actions.register_action(ROLE_CHANGE_REFUSED)
    class RoleChangeRefusedFormatter(LogFormatter):
        label = _("Refused change of a role above the unit")

        def format_message(self, log_entry):
            return _("Refused: %(change)s") % {"change": describe_logged_change(log_entry.data)}
