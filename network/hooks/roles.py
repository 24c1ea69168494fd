"""Hooks of roles: the audit log entries of roles above the unit (network.role_changes) and of
a unit's own roles (network.unit_people)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from network import unit_people
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

    @actions.register_action(unit_people.UNIT_ROLE_CHANGED)
    class UnitRoleChangedFormatter(LogFormatter):
        label = _("Change a role in a unit")

        def format_message(self, log_entry):
            return unit_people.describe_logged_change(log_entry.data)

    @actions.register_action(unit_people.UNIT_ROLE_CHANGE_REFUSED)
    class UnitRoleChangeRefusedFormatter(LogFormatter):
        label = _("Refused change of a role in a unit")

        def format_message(self, log_entry):
            return _("Refused: %(change)s") % {
                "change": unit_people.describe_logged_change(log_entry.data)
            }
