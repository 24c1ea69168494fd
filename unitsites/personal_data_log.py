"""Who listed or exported citizens' personal data, in Wagtail's audit log (P-07 access logging),
beside the entry that opening one e-service submission writes: the user, the page the data were
sent on (or the unit, for its survey), list or export, the file format and how many rows.

Listings log the rows on the page shown; exports log every row in the file.
"""

from collections import Counter

from wagtail.log_actions import log

LISTED = "unitsites.personal_data.list"
EXPORTED = "unitsites.personal_data.export"


def log_access(user, instance, rows, export_format=""):
    action = EXPORTED if export_format else LISTED
    return log(instance, action, user=user, data={"rows": rows, "format": export_format})


def log_access_per_page(user, items, page_of, export_format=""):
    """One entry per page the `items` were sent on, with that page's row count."""
    for page, rows in Counter(page_of(item) for item in items).items():
        log_access(user, page, rows, export_format)


class LoggedListingMixin:
    """For Wagtail's listing views with a spreadsheet export: each listing and export is logged.
    `log_listing(rows, export_format)` says against what."""

    def render_to_response(self, context, **response_kwargs):
        rows = context["object_list"]
        export_format = self.request.GET.get("export") if self.is_export else ""
        self.log_listing(rows, export_format)
        return super().render_to_response(context, **response_kwargs)
