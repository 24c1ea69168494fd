"""Hooks of the personal-data access log: its entries' labels and messages."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from unitsites.personal_data_log import EXPORTED, LISTED


@hooks.register("register_log_actions")
def register_personal_data_log_actions(actions):
    @actions.register_action(LISTED)
    class ListedFormatter(LogFormatter):
        label = _("List personal data")

        def format_message(self, log_entry):
            return _("Listed %(rows)s rows of personal data") % {"rows": log_entry.data["rows"]}

    @actions.register_action(EXPORTED)
    class ExportedFormatter(LogFormatter):
        label = _("Export personal data")

        def format_message(self, log_entry):
            return _("Exported %(rows)s rows of personal data as %(format)s") % {
                "rows": log_entry.data["rows"],
                "format": log_entry.data["format"].upper(),
            }
