"""Hooks of documents and images: the history entry of a replaced file (network.replaced_files)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from network.replaced_files import FILE_REPLACED


@hooks.register("register_log_actions")
def register_file_log_actions(actions):
    @actions.register_action(FILE_REPLACED)
    class FileReplacedFormatter(LogFormatter):
        label = _("Replace the file")

        def format_message(self, log_entry):
            return _("File replaced; the previous file is kept in storage as %(old_file)s") % {
                "old_file": log_entry.data.get("old_file", "")
            }
